import type { TRandom } from '@customeric/domain';
import { type TDemoTopic, toneOf, writeDemoComment } from './demo-voice-comments.ts';

/** A customer as the voice demo reads it back, with the events its answers follow from. */
export interface TVoiceCustomer {
  id: string;
  level: 'transactional' | 'solution' | 'partnership';
  startedAt: number;
  churnedAt: number | null;
  poorService: boolean;
  contactId: string;
  language: 'en' | 'de';
  deliveries: { eventId: string; at: number; late: boolean }[];
  invoices: { eventId: string; at: number; correctedAt: number | null }[];
  corrections: number[];
  cases: number[];
}

export type TDemoSurveyKey = 'nps' | 'csat' | 'ces';

export interface TPlannedInvitation {
  survey: TDemoSurveyKey;
  customerId: string;
  contactId: string;
  eventId: string | null;
  sentAt: number;
  answer: { at: number; score: number; comment: string | null; language: 'en' | 'de' } | null;
}

const DAY = 86_400_000;
/** "In the weeks before answering": what a customer remembers when asked. */
const MEMORY = 60 * DAY;

const within = (times: readonly number[], at: number) =>
  times.some((time) => time < at && time >= at - MEMORY);

function pickScore(random: TRandom, detractor: number, promoter: number): number {
  const roll = random.next();
  if (roll < detractor) return random.pick([0, 1, 2, 3, 4, 4, 5, 5, 6, 6, 6]);
  if (roll < 1 - promoter) return random.pick([7, 8, 8]);
  return random.pick([9, 9, 10]);
}

const BASE = {
  transactional: [0.18, 0.45],
  solution: [0.13, 0.52],
  partnership: [0.1, 0.6],
} as const;

/** How the customer feels at `at`, from what happened to it in the weeks before. */
function npsAnswer(random: TRandom, customer: TVoiceCustomer, at: number) {
  let [detractor, promoter] = BASE[customer.level] as readonly [number, number];
  const billing = within(customer.corrections, at);
  const late = within(
    customer.deliveries.filter((d) => d.late).map((d) => d.at),
    at,
  );
  const cases = within(customer.cases, at);
  if (late) [detractor, promoter] = [detractor + 0.1, promoter - 0.1];
  if (cases) [detractor, promoter] = [detractor + 0.06, promoter - 0.05];
  if (customer.poorService && customer.churnedAt && customer.churnedAt - at < 150 * DAY)
    [detractor, promoter] = [detractor + 0.2, promoter - 0.2];
  if (billing) [detractor, promoter] = [Math.max(detractor, 0.8), Math.min(promoter, 0.05)];
  const score = pickScore(random, Math.min(detractor, 0.9), Math.max(promoter, 0.03));
  const topic: TDemoTopic =
    billing && random.chance(0.85)
      ? 'billing'
      : late && random.chance(0.7)
        ? 'delivery'
        : cases && random.chance(0.6)
          ? 'support'
          : random.pick(['price', 'product', 'support', 'delivery', 'product'] as const);
  return { score, topic, commentChance: score <= 6 ? 0.8 : score <= 8 ? 0.45 : 0.5 };
}

function withComment(
  random: TRandom,
  customer: TVoiceCustomer,
  at: number,
  answer: { score: number; topic: TDemoTopic; commentChance: number },
  scale: [number, number],
) {
  const comment = random.chance(answer.commentChance)
    ? writeDemoComment(random, answer.topic, toneOf(answer.score, ...scale), customer.language)
    : null;
  return { at, score: answer.score, comment, language: customer.language };
}

function active(customer: TVoiceCustomer, at: number, today: number) {
  return at >= customer.startedAt && at < (customer.churnedAt ?? today) && at < today;
}

/**
 * A rolling relationship NPS: each primary contact is asked once a quarter, on a day spread
 * over the quarter, so every week has answers; unhappy customers answer more often.
 */
function planNps(
  random: TRandom,
  customer: TVoiceCustomer,
  quarters: number[],
  today: number,
): TPlannedInvitation[] {
  return quarters.flatMap((start) => {
    const sentAt = start + random.int(0, 88) * DAY + random.int(8, 16) * 3_600_000;
    if (!active(customer, sentAt, today)) return [];
    const at = sentAt + random.int(1, 240) * 3_600_000;
    const respond = within(customer.corrections, at) ? 0.7 : 0.3;
    const answered = random.chance(respond) && active(customer, at, today);
    const answer = answered
      ? withComment(random, customer, at, npsAnswer(random, customer, at), [0, 10])
      : null;
    return [
      {
        survey: 'nps' as const,
        customerId: customer.id,
        contactId: customer.contactId,
        eventId: null,
        sentAt,
        answer,
      },
    ];
  });
}

const CSAT_LATE = [1, 1, 1, 2, 2, 2, 2, 3, 3, 4];
const CSAT_ON_TIME = [2, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 5];

/** CSAT the day after a quarter of the deliveries: late ones are remembered. */
function planCsat(random: TRandom, customer: TVoiceCustomer, today: number): TPlannedInvitation[] {
  return customer.deliveries.flatMap((delivery) => {
    if (!random.chance(0.25)) return [];
    const sentAt = delivery.at + DAY;
    if (!active(customer, sentAt, today)) return [];
    const at = sentAt + random.int(1, 48) * 3_600_000;
    const answered = random.chance(0.45) && active(customer, at, today);
    const score = random.pick(delivery.late ? CSAT_LATE : CSAT_ON_TIME);
    const topic: TDemoTopic =
      delivery.late || random.chance(0.6) ? 'delivery' : random.pick(['product', 'price'] as const);
    const answer = answered
      ? withComment(random, customer, at, { score, topic, commentChance: 0.5 }, [1, 5])
      : null;
    return [
      {
        survey: 'csat' as const,
        customerId: customer.id,
        contactId: customer.contactId,
        eventId: delivery.eventId,
        sentAt,
        answer,
      },
    ];
  });
}

/** CES some weeks after a fifth of the invoices: one that had to be corrected was hard work. */
function planCes(random: TRandom, customer: TVoiceCustomer, today: number): TPlannedInvitation[] {
  return customer.invoices.flatMap((invoice) => {
    if (!random.chance(0.2)) return [];
    const sentAt = invoice.at + random.int(14, 28) * DAY;
    if (!active(customer, sentAt, today)) return [];
    const at = sentAt + random.int(1, 72) * 3_600_000;
    const answered = random.chance(0.4) && active(customer, at, today);
    const corrected = invoice.correctedAt !== null && invoice.correctedAt < at;
    const score = corrected
      ? random.pick([1, 1, 2, 2, 3, 3, 4])
      : random.pick([4, 5, 5, 6, 6, 6, 7, 7, 7]);
    const topic: TDemoTopic = corrected || random.chance(0.7) ? 'billing' : 'support';
    const answer = answered
      ? withComment(
          random,
          customer,
          at,
          { score, topic, commentChance: corrected ? 0.85 : 0.35 },
          [1, 7],
        )
      : null;
    return [
      {
        survey: 'ces' as const,
        customerId: customer.id,
        contactId: customer.contactId,
        eventId: invoice.eventId,
        sentAt,
        answer,
      },
    ];
  });
}

/** The first day of each calendar quarter that begins in the demo's year. */
function demoQuarters(today: Date): number[] {
  const starts: number[] = [];
  for (let back = 4; back >= 0; back--) {
    const month = Math.floor(today.getUTCMonth() / 3) * 3 - back * 3;
    const start = Date.UTC(today.getUTCFullYear(), month, 1);
    if (start > today.getTime() - 365 * DAY && start < today.getTime()) starts.push(start);
  }
  return starts;
}

/** Every invitation of the demo's year, and the answer when there is one, in time order. */
export function planDemoVoice(
  random: TRandom,
  customers: readonly TVoiceCustomer[],
  today: Date,
): TPlannedInvitation[] {
  const quarters = demoQuarters(today);
  const end = today.getTime();
  return customers
    .flatMap((customer) => [
      ...planNps(random, customer, quarters, end),
      ...planCsat(random, customer, end),
      ...planCes(random, customer, end),
    ])
    .sort((a, b) => a.sentAt - b.sentAt);
}
