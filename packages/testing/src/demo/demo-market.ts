import { newId, schema, type TTransaction } from '@customeric/db';
import { createRandom, periodContaining, shiftPeriod } from '@customeric/domain';
import { getDemoStory } from './demo-story.ts';

export const DEMO_COMPETITORS = [
  {
    name: 'Globex Widgets',
    website: 'https://globex.example',
    note: 'Price leader; strong with small businesses.',
  },
  {
    name: 'Initech Components',
    website: 'https://initech.example',
    note: 'Enterprise accounts, long contracts.',
  },
  {
    name: 'Umbrella Parts',
    website: 'https://umbrella.example',
    note: 'Online only; fast delivery.',
  },
] as const;

export interface TDemoMarketQuarter {
  label: string;
  start: string;
  marketSize: number;
  ourShare: number;
  revenue: number;
  profit: number;
  /** In the order of DEMO_COMPETITORS. */
  competitorShares: number[];
}

const QUARTERS = 8;
const round = (value: number, digits: number) => Number(value.toFixed(digits));

/**
 * Eight quarters of the widget market up to the last complete one. The billing story shows
 * in them as it would: profit dips in the trouble quarter (credit notes and rework), and our
 * share slips in the quarter after (small businesses move to Globex) while the billing
 * programme starts. Deterministic for a seed and a day.
 */
export function planDemoMarket(today: Date, seed: number): TDemoMarketQuarter[] {
  const random = createRandom(seed + 13);
  const story = getDemoStory(today);
  const trouble = periodContaining('quarter', story.troubleFrom).start;
  const last = shiftPeriod(periodContaining('quarter', today), -1);
  return Array.from({ length: QUARTERS }, (_, index) => {
    const period = shiftPeriod(last, index - QUARTERS + 1);
    const after = period.start > trouble;
    const marketSize = 38_000_000 * 1.014 ** index * (1 + (random.next() - 0.5) * 0.02);
    const drift = 0.0015 * index + (random.next() - 0.5) * 0.003;
    const ourShare = 0.168 + drift - (after ? 0.011 : 0);
    const margin =
      period.start === trouble ? 0.058 : after ? 0.079 : 0.086 + (random.next() - 0.5) * 0.006;
    const globex = 0.262 + (after ? 0.009 : 0) + (random.next() - 0.5) * 0.004;
    const initech = 0.214 - 0.001 * index + (random.next() - 0.5) * 0.004;
    const umbrella = 0.108 + 0.0012 * index + (random.next() - 0.5) * 0.004;
    const revenue = marketSize * ourShare;
    return {
      label: period.label,
      start: period.start,
      marketSize: round(marketSize, 0),
      ourShare: round(ourShare, 4),
      revenue: round(revenue, 2),
      profit: round(revenue * margin, 2),
      competitorShares: [globex, initech, umbrella].map((share) => round(share, 4)),
    };
  });
}

/** Competitors and eight quarters of market figures for Acme, entered as the CFO would. */
export async function addDemoMarket(
  tx: TTransaction,
  input: { orgId: string; seed: number; today?: Date },
) {
  const { orgId } = input;
  const competitorIds = DEMO_COMPETITORS.map(() => newId('cmp'));
  await tx.insert(schema.competitors).values(
    DEMO_COMPETITORS.map((competitor, index) => ({
      orgId,
      id: competitorIds[index] as string,
      ...competitor,
    })),
  );
  const quarters = planDemoMarket(input.today ?? new Date(), input.seed);
  for (const quarter of quarters) {
    const periodId = newId('mkp');
    await tx.insert(schema.marketPeriods).values({
      orgId,
      id: periodId,
      grain: 'quarter',
      startsOn: quarter.start,
      marketSize: String(quarter.marketSize),
      ourShare: String(quarter.ourShare),
      revenue: String(quarter.revenue),
      profit: String(quarter.profit),
      currency: 'EUR',
      source: 'entered',
    });
    await tx.insert(schema.marketCompetitorShares).values(
      quarter.competitorShares.map((share, index) => ({
        orgId,
        periodId,
        competitorId: competitorIds[index] as string,
        share: String(share),
      })),
    );
  }
  return { competitors: DEMO_COMPETITORS.length, quarters: quarters.length };
}
