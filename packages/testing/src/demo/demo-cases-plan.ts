import type { TRandom } from '@customeric/domain';
import type { TDemoDepartmentKey } from './demo-departments.ts';

/**
 * Where a demo case comes from: a case.opened event, or an invoice the customer called about
 * and Billing corrected later (opened by hand by Service; `resolveBy` is the correction).
 */
export interface TDemoCaseSource {
  eventId: string | null;
  resolveBy: number | null;
  customerId: string;
  openedAt: number;
  topic: string;
  /** The customer is in the story's segment and the case falls in the trouble quarter. */
  inTrouble: boolean;
}

interface TDemoStep {
  to: TDemoDepartmentKey;
  at: number;
  reason: string;
}

/** One case's life: where it went, why, and how it ended (null: still being worked). */
export interface TDemoCasePlan {
  subject: string;
  category: 'billing' | 'delivery' | 'product' | 'service';
  priority: 'low' | 'normal' | 'high' | 'urgent';
  steps: TDemoStep[];
  resolvedAt: number | null;
  rootCause: string | null;
  waiting: boolean;
}

const HOUR = 3_600_000;

/** Hours a department takes before it passes the case on or solves it. */
const HOLD: Record<TDemoDepartmentKey, [number, number]> = {
  service: [1, 8],
  billing: [4, 40],
  delivery: [8, 90],
  product: [24, 120],
  sales: [4, 30],
  marketing: [4, 30],
  research: [4, 30],
  finance: [4, 30],
};

/** Per topic: category, where Service sends it, what it was, and the root causes found. */
const TOPICS: Record<
  string,
  {
    category: TDemoCasePlan['category'];
    to: TDemoDepartmentKey | null;
    reason: string;
    causes: string[];
  }
> = {
  'invoice question': {
    category: 'billing',
    to: 'billing',
    reason: 'The invoice does not match the order',
    causes: [
      'Invoice did not equal the order: a manual price override',
      'Invoice did not equal the order: a discount was not applied',
      'Order was changed by phone and never updated',
    ],
  },
  'invoice does not match the order': {
    category: 'billing',
    to: 'billing',
    reason: 'The customer was invoiced more than the order',
    causes: [
      'Invoice did not equal the order: a manual price override',
      'Invoice did not equal the order: quantities keyed in twice',
    ],
  },
  'where is my delivery': {
    category: 'delivery',
    to: 'delivery',
    reason: 'Only logistics can trace the shipment',
    causes: ['Carrier lost track of the pallet', 'Shipped late from the warehouse'],
  },
  'wrong quantity delivered': {
    category: 'delivery',
    to: 'delivery',
    reason: 'The customer counted fewer items than ordered',
    causes: ['Picking error in the warehouse', 'Order entered with the wrong quantity'],
  },
  'complaint about a late delivery': {
    category: 'delivery',
    to: 'delivery',
    reason: 'The delivery missed the promised date',
    causes: ['Promised date set without checking stock', 'Carrier capacity short in peak week'],
  },
  'technical question': {
    category: 'product',
    to: 'product',
    reason: 'Needs an engineer’s answer',
    causes: ['Documentation missing for this model', 'Firmware defect, fixed in the next release'],
  },
  'how to reorder': {
    category: 'service',
    to: null,
    reason: '',
    causes: ['Customer did not find the reorder page'],
  },
};

const BOUNCE_BACK = 'Not a billing error: the order itself was wrong, Service must confirm it';
const RETURN_AGAIN = 'Order confirmed with the customer; the invoice must be corrected';

function hold(random: TRandom, key: TDemoDepartmentKey, trouble: boolean): number {
  const [low, high] = HOLD[key];
  const hours = low + random.next() * (high - low);
  return Math.round((trouble && key === 'billing' ? hours * 1.8 : hours) * HOUR);
}

/** Service → Billing, and in the trouble quarter often back and forth again (seed 004). */
function billingSteps(
  random: TRandom,
  source: TDemoCaseSource,
  start: number,
  reason: string,
): TDemoStep[] {
  const steps: TDemoStep[] = [{ to: 'billing', at: start, reason }];
  if (random.chance(source.inTrouble ? 0.6 : 0.2)) {
    let at = start + hold(random, 'billing', source.inTrouble);
    steps.push({ to: 'service', at, reason: BOUNCE_BACK });
    // A corrected invoice goes back to Billing; otherwise Service often settles it itself.
    if (source.resolveBy !== null || random.chance(0.5)) {
      at += hold(random, 'service', false);
      steps.push({ to: 'billing', at, reason: RETURN_AGAIN });
    }
  }
  return steps;
}

function deliverySteps(random: TRandom, topic: string, start: number): TDemoStep[] {
  const steps: TDemoStep[] = [{ to: 'delivery', at: start, reason: TOPICS[topic]?.reason ?? '' }];
  if (topic === 'wrong quantity delivered' && random.chance(0.3)) {
    const at = start + hold(random, 'delivery', false);
    steps.push({ to: 'sales', at, reason: 'Quantity matches the order: Sales entered it wrong' });
  }
  return steps;
}

/** The life of one demo case, ending before `today` or still open when it is recent. */
export function planDemoCase(
  random: TRandom,
  source: TDemoCaseSource,
  today: number,
): TDemoCasePlan {
  const topic = TOPICS[source.topic] ?? TOPICS['how to reorder'];
  const definition = topic as (typeof TOPICS)[string];
  const start = source.openedAt + hold(random, 'service', false);
  const steps =
    definition.to === 'billing'
      ? billingSteps(random, source, start, definition.reason)
      : definition.to === 'delivery'
        ? deliverySteps(random, source.topic, start)
        : definition.to
          ? [{ to: definition.to, at: start, reason: definition.reason }]
          : [];
  const last = steps.at(-1);
  const resolvedAt =
    (last?.at ?? source.openedAt) + hold(random, last?.to ?? 'service', source.inTrouble);
  const open =
    resolvedAt > today || (today - source.openedAt < 10 * 24 * HOUR && random.chance(0.5));
  const late = source.topic === 'complaint about a late delivery';
  return {
    subject: source.topic.charAt(0).toUpperCase() + source.topic.slice(1),
    category: definition.category,
    priority: late
      ? 'high'
      : random.chance(0.08)
        ? 'urgent'
        : random.chance(0.2)
          ? 'low'
          : 'normal',
    steps: steps.filter((step) => step.at < today),
    resolvedAt: open ? null : resolvedAt,
    rootCause: open ? null : random.pick(definition.causes),
    waiting: open && random.chance(0.3),
  };
}
