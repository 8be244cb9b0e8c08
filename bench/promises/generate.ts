import type { TPromiseRule } from '@customeric/domain';

const START = Date.UTC(2025, 0, 6, 8);
const MINUTE = 60_000;
const DAY = 86_400_000;

/**
 * Event number `index` of a believable stream: each run of ten is one customer's order
 * (placed, promised, delivered, invoiced, sometimes corrected) and one case (opened,
 * answered, passed on, resolved), with a call in between. Late and wrong ones come in a
 * fixed rhythm, so every promise has kept, broken and open outcomes.
 */
export function generateEvent(customerIds: readonly string[], index: number) {
  const unit = Math.floor(index / 10);
  const step = index % 10;
  const customer = customerIds[(unit * 7) % customerIds.length] as string;
  const base = START + unit * 2 * MINUTE;
  const order = `SO-${unit}`;
  const kase = `CASE-${unit}`;
  const amount = 100 + (unit % 900);
  const late = unit % 9 === 0;
  const wrong = unit % 13 === 0;
  const plan: [string, number, number | null, Record<string, unknown>][] = [
    ['order.placed', 0, amount, { order }],
    [
      'delivery.promised',
      2 * 60,
      null,
      { order, promisedFor: new Date(base + 5 * DAY).toISOString().slice(0, 10) },
    ],
    ['delivery.completed', (late ? 7 : 4) * 24 * 60, null, { order }],
    [
      'invoice.issued',
      5 * 24 * 60,
      wrong ? amount * 1.2 : amount,
      { invoice: `INV-${unit}`, order },
    ],
    [
      wrong ? 'invoice.corrected' : 'usage',
      9 * 24 * 60,
      wrong ? amount : null,
      wrong ? { invoice: `INV-${unit}`, order } : { active: 3 },
    ],
    ['case.opened', 30, null, { case: kase, topic: 'where is my delivery' }],
    ['case.answered', unit % 7 === 0 ? 600 : 90, null, { case: kase }],
    ['case.passed_on', 300, null, { case: kase, count: 1 }],
    [unit % 11 === 0 ? 'case.passed_on' : 'call.completed', 400, null, { case: kase, count: 2 }],
    ['case.resolved', (unit % 5 === 0 ? 9 : 2) * 24 * 60, null, { case: kase }],
  ];
  const [type, minutes, value, attributes] = plan[step] as (typeof plan)[number];
  return {
    source: 'bench',
    externalId: `ev-${index}`,
    customer,
    type,
    occurredAt: new Date(base + minutes * MINUTE).toISOString(),
    amount: value,
    attributes,
  };
}

const order = { kind: 'attribute', attribute: 'order' } as const;
const kase = { kind: 'attribute', attribute: 'case' } as const;
const invoice = { kind: 'attribute', attribute: 'invoice' } as const;

/** Twenty promises over the stream: every rule kind, clock and business time, several subjects. */
export const BENCH_RULES: TPromiseRule[] = [
  ...[2, 4, 8].map(
    (amount): TPromiseRule => ({
      kind: 'within',
      start: { type: 'order.placed' },
      end: { type: 'delivery.promised' },
      subject: order,
      duration: { amount, unit: 'business_hours' },
    }),
  ),
  ...[3, 5].map(
    (amount): TPromiseRule => ({
      kind: 'within',
      start: { type: 'order.placed' },
      end: { type: 'delivery.completed' },
      subject: order,
      duration: { amount, unit: 'days' },
    }),
  ),
  {
    kind: 'by_time',
    start: { type: 'delivery.promised' },
    end: { type: 'delivery.completed' },
    subject: order,
    deadlineAttribute: 'promisedFor',
  },
  {
    kind: 'match',
    start: { type: 'order.placed' },
    end: { type: 'invoice.issued' },
    subject: order,
    startValue: 'amount',
    endValue: 'amount',
  },
  {
    kind: 'match',
    start: { type: 'order.placed' },
    end: { type: 'invoice.issued' },
    subject: order,
    startValue: 'amount',
    endValue: 'amount',
    tolerance: { relative: 0.1 },
    duration: { amount: 10, unit: 'days' },
  },
  {
    kind: 'never',
    scope: { type: 'invoice.issued' },
    event: { type: 'invoice.corrected' },
    subject: invoice,
  },
  {
    kind: 'never',
    scope: { type: 'invoice.issued' },
    event: { type: 'invoice.corrected' },
    subject: invoice,
    duration: { amount: 30, unit: 'days' },
  },
  {
    kind: 'within',
    start: { type: 'delivery.completed' },
    end: { type: 'invoice.issued' },
    subject: order,
    duration: { amount: 3, unit: 'days' },
  },
  ...[1, 4].map(
    (amount): TPromiseRule => ({
      kind: 'within',
      start: { type: 'case.opened' },
      end: { type: 'case.answered' },
      subject: kase,
      duration: { amount, unit: 'business_hours' },
    }),
  ),
  {
    kind: 'within',
    start: { type: 'case.opened' },
    end: { type: 'case.answered' },
    subject: kase,
    duration: { amount: 2, unit: 'hours' },
  },
  ...[1, 2].map(
    (max): TPromiseRule => ({
      kind: 'at_most',
      scope: { type: 'case.opened' },
      event: { type: 'case.passed_on' },
      subject: kase,
      max,
    }),
  ),
  {
    kind: 'within',
    start: { type: 'case.opened' },
    end: { type: 'case.resolved' },
    subject: kase,
    duration: { amount: 5, unit: 'business_days' },
  },
  {
    kind: 'within',
    start: { type: 'case.opened' },
    end: { type: 'case.resolved', where: [{ attribute: 'case', op: 'exists' }] },
    subject: kase,
    duration: { amount: 7, unit: 'days' },
  },
  {
    kind: 'at_most',
    scope: { type: 'order.placed' },
    event: { type: 'invoice.corrected' },
    subject: order,
    max: 0,
    duration: { amount: 60, unit: 'days' },
  },
  {
    kind: 'within',
    start: { type: 'invoice.issued' },
    end: { type: 'invoice.corrected' },
    subject: invoice,
    duration: { amount: 20, unit: 'business_days' },
  },
];

export const BENCH_CALENDAR = {
  timeZone: 'Europe/London',
  week: ([1, 2, 3, 4, 5] as const).map((day) => ({ day, open: '08:30', close: '17:30' })),
  holidays: ['2025-12-25', '2025-12-26', '2026-01-01'],
};
