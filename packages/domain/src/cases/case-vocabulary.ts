/**
 * The fixed words of cases. Statuses are configurable per organisation, but each belongs to
 * one of four groups, and the groups decide what may follow what (see case-transitions.ts).
 */
export const CASE_STATUS_CATEGORIES = ['open', 'waiting', 'resolved', 'closed'] as const;
export type TCaseStatusCategory = (typeof CASE_STATUS_CATEGORIES)[number];

export const CASE_STATUS_CATEGORY_LABELS: Record<TCaseStatusCategory, string> = {
  open: 'Open',
  waiting: 'Waiting',
  resolved: 'Resolved',
  closed: 'Closed',
};

export const CASE_PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const;
export type TCasePriority = (typeof CASE_PRIORITIES)[number];

export const CASE_PRIORITY_LABELS: Record<TCasePriority, string> = {
  low: 'Low',
  normal: 'Normal',
  high: 'High',
  urgent: 'Urgent',
};

/** What the problem is about, as a customer would put it; the owning department is separate. */
export const CASE_CATEGORIES = [
  'billing',
  'delivery',
  'product',
  'service',
  'sales',
  'other',
] as const;
export type TCaseCategory = (typeof CASE_CATEGORIES)[number];

export const CASE_CATEGORY_LABELS: Record<TCaseCategory, string> = {
  billing: 'Billing',
  delivery: 'Delivery',
  product: 'Product',
  service: 'Service',
  sales: 'Sales',
  other: 'Other',
};

/**
 * Where a case came from: opened by hand, from an ingested event, from a broken promise or
 * from a detractor's survey answer. `source_ref` then names the event, breach or answer.
 */
export const CASE_SOURCE_KINDS = ['manual', 'event', 'promise', 'survey'] as const;
export type TCaseSourceKind = (typeof CASE_SOURCE_KINDS)[number];

/** A status as an organisation configured it. `key` is stable; `name` is what people read. */
export interface TCaseStatusDefinition {
  key: string;
  name: string;
  category: TCaseStatusCategory;
  isInitial: boolean;
  archived: boolean;
}

/**
 * The statuses every new organisation starts with (the migration seeds the same list for
 * each organisation, and a trigger for every new one).
 */
export const DEFAULT_CASE_STATUSES: readonly TCaseStatusDefinition[] = [
  { key: 'new', name: 'New', category: 'open', isInitial: true, archived: false },
  { key: 'in_progress', name: 'In progress', category: 'open', isInitial: false, archived: false },
  {
    key: 'waiting_customer',
    name: 'Waiting for the customer',
    category: 'waiting',
    isInitial: false,
    archived: false,
  },
  {
    key: 'waiting_supplier',
    name: 'Waiting for a supplier',
    category: 'waiting',
    isInitial: false,
    archived: false,
  },
  { key: 'resolved', name: 'Resolved', category: 'resolved', isInitial: false, archived: false },
  { key: 'closed', name: 'Closed', category: 'closed', isInitial: false, archived: false },
];
