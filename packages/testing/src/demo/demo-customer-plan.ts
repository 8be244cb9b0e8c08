import type { TDemoDepartmentKey } from './demo-departments.ts';

export const DEMO_CUSTOMER_COUNT = 2_000;

/** Segment and how much a typical order of it is worth. */
export const DEMO_SEGMENTS = [
  { name: 'Enterprise', share: 0.12, order: [8_000, 60_000] },
  { name: 'Mid-market', share: 0.33, order: [1_500, 12_000] },
  { name: 'Small business', share: 0.45, order: [200, 2_500] },
  { name: 'Public sector', share: 0.1, order: [3_000, 25_000] },
] as const;

/** Orders a year by relationship level: from a few services to a long-term collaboration (seed 001). */
export const DEMO_ORDERS_PER_YEAR = {
  transactional: [2, 6],
  solution: [6, 12],
  partnership: [10, 20],
} as const;

/** Why churned customers left: two thirds over poor service (seed 004). */
export const DEMO_CHURN_REASONS = [
  ['poor service', 8],
  ['price', 1],
  ['product fit', 1],
  ['moved to a competitor', 1],
  ['went out of business', 1],
] as const;

/** The rules that place Acme's event types: department and value-chain stage by name. */
export const DEMO_MAPPINGS: readonly {
  typePattern: string;
  department: TDemoDepartmentKey;
  stage: readonly [chain: 0 | 1, stage: string] | null;
}[] = [
  { typePattern: 'email.*', department: 'marketing', stage: [0, 'Discover'] },
  { typePattern: 'order.*', department: 'sales', stage: [0, 'Buy'] },
  { typePattern: 'visit', department: 'sales', stage: [0, 'Renew'] },
  { typePattern: 'delivery.*', department: 'delivery', stage: [0, 'Receive'] },
  { typePattern: 'invoice.*', department: 'billing', stage: [0, 'Pay'] },
  { typePattern: 'call.*', department: 'service', stage: [0, 'Get help'] },
  { typePattern: 'case.*', department: 'service', stage: [0, 'Get help'] },
  { typePattern: 'usage', department: 'product', stage: null },
  { typePattern: 'project.enquired', department: 'sales', stage: [1, 'Enquire'] },
  { typePattern: 'project.designed', department: 'product', stage: [1, 'Design'] },
  { typePattern: 'project.quoted', department: 'sales', stage: [1, 'Quote'] },
  { typePattern: 'project.built', department: 'product', stage: [1, 'Build'] },
  { typePattern: 'project.installed', department: 'delivery', stage: [1, 'Install'] },
];

export const DEMO_CALL_TOPICS = [
  'where is my delivery',
  'invoice question',
  'wrong quantity delivered',
  'how to reorder',
  'technical question',
  'complaint about a late delivery',
] as const;
