/** The functions a department (silo) can have, as the issue lists them. */
export const DEPARTMENT_FUNCTIONS = [
  'marketing',
  'sales',
  'delivery',
  'billing',
  'service',
  'product_development',
  'market_research',
  'manufacturing',
  'it',
  'hr',
  'finance',
  'other',
] as const;

export type TDepartmentFunction = (typeof DEPARTMENT_FUNCTIONS)[number];

export const DEPARTMENT_FUNCTION_LABELS: Record<TDepartmentFunction, string> = {
  marketing: 'Marketing',
  sales: 'Sales',
  delivery: 'Delivery',
  billing: 'Billing',
  service: 'Service',
  product_development: 'Product development',
  market_research: 'Market research',
  manufacturing: 'Manufacturing',
  it: 'IT',
  hr: 'HR',
  finance: 'Finance',
  other: 'Other',
};

/**
 * How a department answers to the Customer Department (seed 003): its head reports to the
 * Chief Customer Officer (direct), has a dotted line to them (indirect), or neither.
 */
export const CUSTOMER_DEPARTMENT_LINES = ['direct', 'indirect', 'none'] as const;

export type TCustomerDepartmentLine = (typeof CUSTOMER_DEPARTMENT_LINES)[number];

export const CUSTOMER_DEPARTMENT_LINE_LABELS: Record<TCustomerDepartmentLine, string> = {
  direct: 'Direct line',
  indirect: 'Indirect line',
  none: 'No line',
};

/** Who is accountable by default for promises, cases and goals (seed 002 against 000/003/004). */
export const OPERATING_MODELS = ['cco_led', 'value_chain_led', 'both'] as const;

export type TOperatingModel = (typeof OPERATING_MODELS)[number];

export const OPERATING_MODEL_LABELS: Record<TOperatingModel, string> = {
  cco_led: 'CCO-led Customer Department',
  value_chain_led: 'Value-chain-led',
  both: 'Both',
};

/** The one sentence the org page shows for the chosen model. */
export const OPERATING_MODEL_EXPLANATIONS: Record<TOperatingModel, string> = {
  cco_led:
    'The Chief Customer Officer’s Customer Department is accountable by default for every promise, case and goal, and the other departments answer to it directly or indirectly.',
  value_chain_led:
    'Each Value Chain Manager is accountable by default for the promises, cases and goals of their end-to-end flow, and the departments serve the chains they take part in.',
  both: 'Value Chain Managers are accountable by default for the promises, cases and goals of their flows, and the Customer Department under the Chief Customer Officer owns whatever no value chain covers.',
};

/** Skill levels are free tags with a level from 1 to 5 (seed 001: skills to solve the customer’s problem). */
export const SKILL_LEVEL_LABELS: Record<number, string> = {
  1: 'Learning',
  2: 'Practising',
  3: 'Skilled',
  4: 'Expert',
  5: 'Teaches others',
};

export interface TTargetBand {
  min: number;
  max: number;
}

/** The share of time people commit to customer work, by default (seed 004). */
export const DEFAULT_TARGET_BAND: TTargetBand = { min: 25, max: 50 };
