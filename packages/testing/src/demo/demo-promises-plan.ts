import type { TPromiseRule } from '@customeric/domain';
import type { TDemoDepartmentKey } from './demo-departments.ts';

/** One promise of Acme's Bill of Rights: its words, its owner, where it sits, its rule. */
export interface TDemoPromise {
  wording: string;
  name: string;
  /** A department, or the manager of the promise's value chain (value-chain-led). */
  owner: TDemoDepartmentKey | 'value_chain_manager';
  chain: 0 | 1;
  stage: string;
  target: number;
  rule: TPromiseRule;
}

const order = { kind: 'attribute', attribute: 'order' } as const;
const kase = { kind: 'attribute', attribute: 'case' } as const;
const project = { kind: 'attribute', attribute: 'project' } as const;

/** Acme Widgets' Customer Bill of Rights over its two value chains (seed 000). */
export const DEMO_PROMISES: readonly TDemoPromise[] = [
  {
    wording: 'Your order is confirmed with a delivery date within 4 business hours.',
    name: 'Order confirmed with a date',
    owner: 'sales',
    chain: 0,
    stage: 'Buy',
    target: 0.98,
    rule: {
      kind: 'within',
      start: { type: 'order.placed' },
      end: { type: 'delivery.promised' },
      subject: order,
      duration: { amount: 4, unit: 'business_hours' },
    },
  },
  {
    wording: 'Your widgets arrive by the date we promised.',
    name: 'Delivered by the promised date',
    owner: 'delivery',
    chain: 0,
    stage: 'Receive',
    target: 0.92,
    rule: {
      kind: 'by_time',
      start: { type: 'delivery.promised' },
      end: { type: 'delivery.completed' },
      subject: order,
      deadlineAttribute: 'promisedFor',
    },
  },
  {
    wording: 'Your invoice equals your order.',
    name: 'Invoice equals the order',
    owner: 'billing',
    chain: 0,
    stage: 'Pay',
    target: 0.97,
    rule: {
      kind: 'match',
      start: { type: 'order.placed' },
      end: { type: 'invoice.issued' },
      subject: order,
      startValue: 'amount',
      endValue: 'amount',
      tolerance: { absolute: 0.01 },
    },
  },
  {
    wording: 'No billing goof-ups: an invoice we send is never corrected afterwards.',
    name: 'No billing goof-ups',
    owner: 'billing',
    chain: 0,
    stage: 'Pay',
    target: 0.97,
    rule: {
      kind: 'never',
      scope: { type: 'invoice.issued' },
      event: { type: 'invoice.corrected' },
      subject: { kind: 'attribute', attribute: 'invoice' },
      duration: { amount: 30, unit: 'days' },
    },
  },
  {
    wording: 'You get your invoice within 3 days of delivery.',
    name: 'Invoice within 3 days of delivery',
    owner: 'billing',
    chain: 0,
    stage: 'Pay',
    target: 0.95,
    rule: {
      kind: 'within',
      start: { type: 'delivery.completed' },
      end: { type: 'invoice.issued' },
      subject: order,
      duration: { amount: 3, unit: 'days' },
    },
  },
  {
    wording: 'You get a first answer to any complaint within 4 business hours.',
    name: 'First answer within 4 business hours',
    owner: 'service',
    chain: 0,
    stage: 'Get help',
    target: 0.9,
    rule: {
      kind: 'within',
      start: { type: 'case.opened' },
      end: { type: 'case.answered' },
      subject: kase,
      duration: { amount: 4, unit: 'business_hours' },
    },
  },
  {
    wording: 'Your problem is never passed on more than twice.',
    name: 'Passed on at most twice',
    owner: 'service',
    chain: 0,
    stage: 'Get help',
    target: 0.95,
    rule: {
      kind: 'at_most',
      scope: { type: 'case.opened' },
      event: { type: 'case.passed_on' },
      subject: kase,
      max: 2,
    },
  },
  {
    wording: 'Your problem is solved within 5 business days.',
    name: 'Solved within 5 business days',
    owner: 'value_chain_manager',
    chain: 0,
    stage: 'Get help',
    target: 0.85,
    rule: {
      kind: 'within',
      start: { type: 'case.opened' },
      end: { type: 'case.resolved' },
      subject: kase,
      duration: { amount: 5, unit: 'business_days' },
    },
  },
  {
    wording: 'Once the design is agreed, a fixed quote within 15 business days.',
    name: 'Quote within 15 business days of the design',
    owner: 'value_chain_manager',
    chain: 1,
    stage: 'Quote',
    target: 0.9,
    rule: {
      kind: 'within',
      start: { type: 'project.designed' },
      end: { type: 'project.quoted' },
      subject: project,
      duration: { amount: 15, unit: 'business_days' },
    },
  },
  {
    wording: 'Your widgets are installed within 15 business days of being built.',
    name: 'Installed within 15 business days',
    owner: 'value_chain_manager',
    chain: 1,
    stage: 'Install',
    target: 0.9,
    rule: {
      kind: 'within',
      start: { type: 'project.built' },
      end: { type: 'project.installed' },
      subject: project,
      duration: { amount: 15, unit: 'business_days' },
    },
  },
];

/** Acme's office hours, London; bank holidays at Christmas and New Year. */
export function demoCalendar(today: Date) {
  const years = [today.getUTCFullYear() - 1, today.getUTCFullYear()];
  return {
    name: 'Acme office hours',
    timeZone: 'Europe/London',
    week: ([1, 2, 3, 4, 5] as const).map((day) => ({ day, open: '08:30', close: '17:30' })),
    holidays: years.flatMap((year) => [`${year}-01-01`, `${year}-12-25`, `${year}-12-26`]),
  };
}
