import type { TCustomerDepartmentLine } from '@customeric/domain';
import type { TDemoDepartmentKey } from './demo-departments.ts';

/** How each Acme silo answers to the Customer Department (seed 003). */
export const DEMO_LINES: Record<TDemoDepartmentKey, TCustomerDepartmentLine> = {
  service: 'direct',
  research: 'direct',
  sales: 'indirect',
  billing: 'indirect',
  delivery: 'indirect',
  marketing: 'indirect',
  product: 'indirect',
  finance: 'none',
};

/** Whom each department's head reports to, by the e-mail of a named log-in. */
export const DEMO_HEAD_MANAGERS: Record<TDemoDepartmentKey, string> = {
  service: 'cco@acme.example',
  research: 'cco@acme.example',
  sales: 'ceo@acme.example',
  marketing: 'ceo@acme.example',
  delivery: 'ceo@acme.example',
  product: 'ceo@acme.example',
  billing: 'cfo@acme.example',
  finance: 'cfo@acme.example',
};

/** The named log-ins: title, manager (by e-mail) and share of customer work. */
export const DEMO_LOGIN_PROFILES: Record<
  string,
  { title: string; manager: string | null; share: number | null }
> = {
  'ceo@acme.example': { title: 'Chief Executive Officer', manager: null, share: 30 },
  'cco@acme.example': { title: 'Chief Customer Officer', manager: 'ceo@acme.example', share: 70 },
  'admin@acme.example': { title: 'Systems Administrator', manager: 'cfo@acme.example', share: 10 },
  'vcm@acme.example': {
    title: 'Value Chain Manager, Widgets',
    manager: 'ceo@acme.example',
    share: 55,
  },
  'head.billing@acme.example': { title: 'Head of Billing', manager: 'cfo@acme.example', share: 35 },
  'cfo@acme.example': { title: 'Chief Financial Officer', manager: 'ceo@acme.example', share: 15 },
  'agent@acme.example': { title: 'Customer Service Agent', manager: null, share: 60 },
  'board@acme.example': { title: 'Board Member', manager: null, share: null },
};

/** Typical share of customer work per silo: the people spread around it (seed 004). */
export const DEMO_TYPICAL_SHARE: Record<TDemoDepartmentKey, number> = {
  service: 45,
  sales: 40,
  delivery: 35,
  billing: 30,
  marketing: 30,
  research: 30,
  product: 25,
  finance: 5,
};

export const DEMO_TITLES: Record<TDemoDepartmentKey, readonly string[]> = {
  marketing: ['Marketing Specialist', 'Content Marketer', 'Campaign Manager'],
  sales: ['Account Executive', 'Sales Representative', 'Key Account Manager'],
  delivery: ['Logistics Coordinator', 'Dispatcher', 'Delivery Planner'],
  billing: ['Billing Specialist', 'Accounts Receivable Clerk'],
  service: ['Customer Service Agent', 'Senior Service Agent', 'Complaints Specialist'],
  product: ['Product Engineer', 'Product Designer', 'Product Manager'],
  research: ['Market Research Analyst', 'Insights Analyst'],
  finance: ['Tax Accountant', 'Treasury Analyst', 'Leave Administrator'],
};

export const DEMO_SKILLS: Record<TDemoDepartmentKey, readonly string[]> = {
  marketing: ['campaigns', 'copywriting', 'segmentation', 'analytics'],
  sales: ['negotiation', 'crm', 'product knowledge', 'key accounts'],
  delivery: ['route planning', 'warehouse systems', 'customs', 'scheduling'],
  billing: ['invoicing', 'dunning', 'erp', 'dispute resolution'],
  service: ['complaint handling', 'de-escalation', 'product knowledge', 'crm'],
  product: ['cad', 'prototyping', 'user research', 'quality assurance'],
  research: ['surveys', 'statistics', 'interviews', 'competitor analysis'],
  finance: ['tax', 'treasury', 'payroll', 'reporting'],
};

interface TDemoStage {
  name: string;
  description: string;
  owners: readonly TDemoDepartmentKey[];
}

export interface TDemoValueChain {
  name: string;
  description: string;
  /** The e-mail of a named log-in, or 'product-staff' for the chain's own manager. */
  manager: 'vcm@acme.example' | 'product-staff';
  stages: readonly TDemoStage[];
}

/** Acme's two end-to-end flows (seed 002), each stage owned by the silos that serve it (004). */
export const DEMO_VALUE_CHAINS: readonly TDemoValueChain[] = [
  {
    name: 'Widgets: make, sell, deliver, bill, support',
    description: 'Standard widgets from the catalogue, from the first look to the repeat order.',
    manager: 'vcm@acme.example',
    stages: [
      { name: 'Discover', description: 'Finds Acme and its widgets.', owners: ['marketing'] },
      { name: 'Buy', description: 'Chooses, gets a quote and orders.', owners: ['sales'] },
      {
        name: 'Receive',
        description: 'Gets the widgets on the promised date.',
        owners: ['delivery'],
      },
      { name: 'Pay', description: 'Gets an invoice that equals the order.', owners: ['billing'] },
      { name: 'Get help', description: 'Asks a question or complains.', owners: ['service'] },
      { name: 'Renew', description: 'Orders again.', owners: ['sales', 'service'] },
    ],
  },
  {
    name: 'Custom widget projects',
    description: 'Widgets designed for one customer, installed on site.',
    manager: 'product-staff',
    stages: [
      { name: 'Enquire', description: 'Describes what they need.', owners: ['sales'] },
      { name: 'Design', description: 'Agrees a design.', owners: ['product', 'sales'] },
      {
        name: 'Quote',
        description: 'Gets a fixed price and a date.',
        owners: ['sales', 'billing'],
      },
      { name: 'Build', description: 'Waits while the widgets are made.', owners: ['product'] },
      { name: 'Install', description: 'Has them installed on site.', owners: ['delivery'] },
      { name: 'Support', description: 'Gets help for as long as they run.', owners: ['service'] },
    ],
  },
];
