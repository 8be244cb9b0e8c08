/**
 * How close the company is to a customer (seed 001): from a few services bought now and
 * then to an intimate, long-term collaboration.
 */
export const RELATIONSHIP_LEVELS = ['transactional', 'solution', 'partnership'] as const;
export type TRelationshipLevel = (typeof RELATIONSHIP_LEVELS)[number];

export const RELATIONSHIP_LEVEL_LABELS: Record<TRelationshipLevel, string> = {
  transactional: 'Transactional — a few services',
  solution: 'Solution — a bundle that solves a problem',
  partnership: 'Partnership — an intimate long-term collaboration',
};

export const CUSTOMER_STATUSES = ['prospect', 'active', 'churned'] as const;
export type TCustomerStatus = (typeof CUSTOMER_STATUSES)[number];

/** Why customers leave (seed 004: two thirds over poor service), for the churn reason field. */
export const CHURN_REASONS = [
  'poor service',
  'price',
  'product fit',
  'went out of business',
  'moved to a competitor',
  'other',
] as const;
