import type { TRandom } from '@customeric/domain';
import { DEMO_CALL_TOPICS, DEMO_ORDERS_PER_YEAR } from './demo-customer-plan.ts';
import type { TDemoCustomer } from './demo-customers.ts';
import { demoCorrectionRate, getDemoStory, type TDemoStory } from './demo-story.ts';

/** One generated event before it is placed: the rules give it department and stage. */
export interface TDemoEvent {
  source: 'erp' | 'crm' | 'product';
  type: string;
  at: number;
  customerId: string;
  amount: number | null;
  attributes: Record<string, unknown>;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

interface TPlanContext {
  random: TRandom;
  from: number;
  to: number;
  story: TDemoStory;
  /** Numbers the customer's cases, so later events (answers, handoffs) can name their case. */
  caseNumber: () => number;
  push: (event: Omit<TDemoEvent, 'customerId'>) => void;
}

/** Working hours on a weekday-ish spread, so the timeline reads like a real one. */
function moment(random: TRandom, from: number, to: number): number {
  const at = from + random.next() * Math.max(1, to - from);
  const midnight = at - (at % DAY);
  return midnight + random.int(8, 17) * HOUR + random.int(0, 59) * 60_000;
}

function planOrder(context: TPlanContext, customer: TDemoCustomer, number: number) {
  const { random, push } = context;
  const bad = customer.poorService;
  const at = moment(random, context.from, context.to - 12 * DAY);
  const [low, high] = customer.segment.order;
  const amount = Math.round((low + random.next() * (high - low)) * 100) / 100;
  const order = `SO-${number}`;
  push({
    source: 'erp',
    type: 'order.placed',
    at,
    amount,
    attributes: { order, items: random.int(1, 40) },
  });
  const promisedFor = at + random.int(3, 10) * DAY;
  push({
    source: 'erp',
    type: 'delivery.promised',
    at: at + 2 * HOUR,
    amount: null,
    attributes: { order, promisedFor: new Date(promisedFor).toISOString().slice(0, 10) },
  });
  const late = random.chance(bad ? 0.4 : 0.1);
  const deliveredAt = promisedFor - (late ? -random.int(1, 8) : random.int(0, 1)) * DAY;
  push({
    source: 'erp',
    type: 'delivery.completed',
    at: deliveredAt,
    amount: null,
    attributes: { order, late, promisedFor: new Date(promisedFor).toISOString().slice(0, 10) },
  });
  const invoice = `INV-${number}`;
  const invoicedAt = deliveredAt + random.int(0, 2) * DAY + HOUR;
  // The story segment's invoices follow demo-story.ts: wrong far more often in the trouble
  // quarter, less often once the billing programme runs.
  const storyRate = demoCorrectionRate(context.story, customer.segment.name, invoicedAt);
  const rate = storyRate === null ? (bad ? 0.3 : 0.05) : Math.max(storyRate, bad ? 0.3 : 0);
  const wrong = random.chance(rate);
  // A wrong invoice charges more than the order ("the invoice equals the order" breaks); its
  // correction brings it back to the order's amount.
  const issued = wrong ? Math.round((amount / (0.7 + random.next() * 0.25)) * 100) / 100 : amount;
  push({
    source: 'erp',
    type: 'invoice.issued',
    at: invoicedAt,
    amount: issued,
    attributes: { invoice, order },
  });
  if (wrong)
    push({
      source: 'erp',
      type: 'invoice.corrected',
      at: invoicedAt + random.int(4, 20) * DAY,
      amount,
      attributes: { invoice, order, reason: 'the invoice did not equal the order' },
    });
}

function planContacts(context: TPlanContext, customer: TDemoCustomer) {
  const { random, push, from, to } = context;
  const calls = random.int(1, customer.poorService ? 10 : 5);
  for (let index = 0; index < calls; index++) {
    const topic = random.pick(DEMO_CALL_TOPICS);
    push({
      source: 'crm',
      type: 'call.completed',
      at: moment(random, from, to),
      amount: null,
      attributes: { topic, minutes: random.int(2, 35) },
    });
    if (topic.startsWith('complaint') || (customer.poorService && random.chance(0.4)))
      push({
        source: 'crm',
        type: 'case.opened',
        at: moment(random, from, to),
        amount: null,
        attributes: { subject: topic, case: `CASE-${context.caseNumber()}` },
      });
  }
  for (let index = random.int(2, 8); index > 0; index--)
    push({
      source: 'crm',
      type: 'email.sent',
      at: moment(random, from, to),
      amount: null,
      attributes: {
        campaign: random.pick([
          'spring catalogue',
          'new widgets',
          'renewal reminder',
          'service survey',
        ]),
      },
    });
  if (customer.level !== 'transactional') {
    for (let index = random.int(1, 4); index > 0; index--)
      push({
        source: 'crm',
        type: 'visit',
        at: moment(random, from, to),
        amount: null,
        attributes: { purpose: random.pick(['quarterly review', 'renewal', 'site survey']) },
      });
    for (let month = from + 20 * DAY; month < to; month += 30 * DAY)
      push({
        source: 'product',
        type: 'usage',
        at: moment(random, month, month + DAY),
        amount: null,
        attributes: { activeUsers: random.int(3, 250) },
      });
  }
}

const PROJECT_STEPS = [
  'project.enquired',
  'project.designed',
  'project.quoted',
  'project.built',
  'project.installed',
];

function planProject(context: TPlanContext, number: number) {
  const { random, push } = context;
  let at = moment(random, context.from, context.to - 120 * DAY);
  for (const type of PROJECT_STEPS) {
    push({
      source: 'crm',
      type,
      at,
      amount: type === 'project.quoted' ? random.int(20, 200) * 1_000 : null,
      attributes: { project: `PRJ-${number}` },
    });
    at += random.int(7, 25) * DAY;
  }
}

/** A year of one customer's interactions with every department, until it churned. */
export function planCustomerEvents(
  random: TRandom,
  customer: TDemoCustomer,
  today: Date,
  counter: { next: number; cases?: number },
): TDemoEvent[] {
  const events: TDemoEvent[] = [];
  const from = Math.max(today.getTime() - 365 * DAY, customer.startedOn.getTime());
  const to = customer.churnedOn ? customer.churnedOn.getTime() : today.getTime() - HOUR;
  if (to - from < 20 * DAY) return events;
  const context: TPlanContext = {
    random,
    from,
    to,
    story: getDemoStory(today),
    caseNumber: () => {
      counter.cases = (counter.cases ?? 0) + 1;
      return counter.cases;
    },
    push: (event) => events.push({ ...event, customerId: customer.id }),
  };
  if (customer.prospect) {
    for (let index = random.int(2, 6); index > 0; index--)
      context.push({
        source: 'crm',
        type: 'email.sent',
        at: moment(random, from, to),
        amount: null,
        attributes: { campaign: 'new widgets' },
      });
    context.push({
      source: 'crm',
      type: 'visit',
      at: moment(random, from, to),
      amount: null,
      attributes: { purpose: 'first meeting' },
    });
    return events;
  }
  const [low, high] = DEMO_ORDERS_PER_YEAR[customer.level];
  const orders = Math.round(random.int(low, high) * ((to - from) / (365 * DAY)));
  for (let index = 0; index < orders; index++) planOrder(context, customer, counter.next++);
  planContacts(context, customer);
  if (customer.level === 'partnership' && random.chance(0.5)) planProject(context, counter.next++);
  return events.filter((event) => event.at < today.getTime());
}
