import type { TEvidenceLink, TWhyDriver } from '@customeric/contracts';
import type { TTransaction } from '@customeric/db';
import type { TScoreKind, TScorePeriod } from '@customeric/domain';
import { sql } from 'drizzle-orm';
import { lastDayOf, utcMidnight } from './why-periods.ts';

/** One yes/no driver an answer may have; its bit in the answer's driver mask is its index. */
export interface TDriverDefinition {
  key: string;
  kind: TWhyDriver['kind'];
  label: string;
  /** The noun phrase the summary uses: "customers with a broken …". */
  subject: string;
  evidence: TEvidenceLink[];
}

export const CASE_DRIVERS = ['open', 'resolved', 'passed_on', 'bounced'] as const;

/** At most this many promises and themes each: the drivers must fit a 63-bit mask. */
const MAX_EACH = 25;

interface TCatalogRequest {
  kind: TScoreKind;
  periods: [TScorePeriod, TScorePeriod];
  windowDays: number;
}

function range(periods: [TScorePeriod, TScorePeriod]) {
  return { from: periods[0].start, to: lastDayOf(periods[1]) };
}

/** A wording quoted inside a sentence loses its own full stop: ‘Your invoice equals your order’. */
function sentenceless(wording: string): string {
  return wording.trim().replace(/[.!]+$/, '');
}

async function promiseDrivers(
  tx: TTransaction,
  request: TCatalogRequest,
): Promise<TDriverDefinition[]> {
  const [first, second] = request.periods;
  const result = await tx.execute<{ id: string; wording: string }>(sql`
    SELECT p.id, p.customer_wording AS wording FROM (
      SELECT promise_id, count(*) AS breaches FROM promise_breaches
      WHERE withdrawn_at IS NULL AND broken_at < ${utcMidnight(second.end)}::timestamptz
        AND broken_at >= ${utcMidnight(first.start)}::timestamptz - make_interval(days => ${request.windowDays})
      GROUP BY promise_id) b JOIN promises p ON p.id = b.promise_id
    ORDER BY b.breaches DESC, p.id LIMIT ${MAX_EACH}`);
  const days = request.windowDays;
  return result.rows.map((row) => ({
    key: `promise:${row.id}`,
    kind: 'promise',
    label: `Broken: ${row.wording}`,
    subject: `customers with a broken ‘${sentenceless(row.wording)}’ promise in the ${days} days before answering`,
    evidence: [
      {
        kind: 'breaches',
        label: 'The breaches',
        query: { promiseId: row.id, ...range(request.periods) },
      },
    ],
  }));
}

async function themeDrivers(
  tx: TTransaction,
  request: TCatalogRequest,
): Promise<TDriverDefinition[]> {
  // The organisation's most used themes (all time, counted on the theme index): counting only
  // the compared periods would cost a join with every answer in them, and a theme's use moves
  // slowly. Themes that did not occur in the periods drop out as drivers with no answers.
  const result = await tx.execute<{ id: string; name: string }>(sql`
    SELECT t.id, t.name FROM themes t
    ORDER BY (SELECT count(*) FROM answer_themes x WHERE x.theme_id = t.id AND x.applies) DESC, t.id
    LIMIT ${MAX_EACH}`);
  return result.rows.map((row) => ({
    key: `theme:${row.id}`,
    kind: 'theme',
    label: `Theme: ${row.name}`,
    subject: `answers whose comment is about ‘${row.name}’`,
    evidence: [
      {
        kind: 'answers',
        label: 'The answers',
        query: { kind: request.kind, themeId: row.id, ...range(request.periods) },
      },
    ],
  }));
}

function caseDrivers(days: number): TDriverDefinition[] {
  const phrases: Record<(typeof CASE_DRIVERS)[number], [string, string, Record<string, string>]> = {
    open: [
      'A case still open when they answered',
      `customers with a case (opened in the ${days} days before) still open when they answered`,
      { statusCategory: 'active' },
    ],
    resolved: [
      'A case resolved before they answered',
      `customers whose case (opened in the ${days} days before) was resolved before they answered`,
      { statusCategory: 'resolved' },
    ],
    passed_on: [
      'A case passed on three times or more',
      `customers whose case was passed between departments three times or more before they answered`,
      {},
    ],
    bounced: [
      'A case that bounced back',
      `customers whose case bounced back to a department it had already left`,
      { bounced: 'true' },
    ],
  };
  return CASE_DRIVERS.map((feature) => {
    const [label, subject, query] = phrases[feature];
    return {
      key: `case:${feature}`,
      kind: 'case',
      label,
      subject,
      evidence: [{ kind: 'cases', label: 'The cases', query }],
    };
  });
}

/** The drivers of this comparison: promises broken and themes seen around the periods, and the case facts. */
export async function loadDriverCatalog(
  tx: TTransaction,
  request: TCatalogRequest,
): Promise<TDriverDefinition[]> {
  return [
    ...(await promiseDrivers(tx, request)),
    ...(await themeDrivers(tx, request)),
    ...caseDrivers(request.windowDays),
  ];
}
