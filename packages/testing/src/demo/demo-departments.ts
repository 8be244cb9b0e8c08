/** Acme Widgets' silos. Finance does tax and treasury: needed, but not customer work (seed 000). */
export const DEMO_DEPARTMENTS = [
  { key: 'marketing', name: 'Marketing', function: 'marketing', customerFacing: true, staff: 6 },
  { key: 'sales', name: 'Sales', function: 'sales', customerFacing: true, staff: 9 },
  {
    key: 'delivery',
    name: 'Delivery & Logistics',
    function: 'delivery',
    customerFacing: true,
    staff: 8,
  },
  { key: 'billing', name: 'Billing', function: 'billing', customerFacing: true, staff: 5 },
  {
    key: 'service',
    name: 'Customer Service',
    function: 'service',
    customerFacing: true,
    staff: 10,
  },
  {
    key: 'product',
    name: 'Product Development',
    function: 'product_development',
    customerFacing: true,
    staff: 7,
  },
  {
    key: 'research',
    name: 'Market Research',
    function: 'market_research',
    customerFacing: true,
    staff: 3,
  },
  {
    key: 'finance',
    name: 'Finance (tax & treasury)',
    function: 'finance',
    customerFacing: false,
    staff: 4,
  },
] as const;

export type TDemoDepartmentKey = (typeof DEMO_DEPARTMENTS)[number]['key'];

/**
 * The people a visitor can sign in as, one per role, with the department they sit in.
 * E-mails are fixed so the README and the start banner can name them.
 */
export const DEMO_LOGINS = [
  {
    role: 'ceo',
    email: 'ceo@acme.example',
    name: 'Margaret Okafor',
    department: null,
    executive: true,
  },
  {
    role: 'cco',
    email: 'cco@acme.example',
    name: 'Daniel Reyes',
    department: 'service',
    executive: true,
  },
  {
    role: 'admin',
    email: 'admin@acme.example',
    name: 'Priya Natarajan',
    department: null,
    executive: false,
  },
  {
    role: 'value_chain_manager',
    email: 'vcm@acme.example',
    name: 'Tomasz Nowak',
    department: 'delivery',
    executive: false,
  },
  {
    role: 'department_head',
    email: 'head.billing@acme.example',
    name: 'Amara Lindqvist',
    department: 'billing',
    executive: false,
  },
  {
    role: 'executive',
    email: 'cfo@acme.example',
    name: 'Henrik Brandt',
    department: 'finance',
    executive: true,
  },
  {
    role: 'employee',
    email: 'agent@acme.example',
    name: 'Sofia Moretti',
    department: 'service',
    executive: false,
  },
  {
    role: 'board',
    email: 'board@acme.example',
    name: 'Eleanor Whitfield',
    department: null,
    executive: false,
  },
] as const;

export const DEMO_PASSWORD = 'acme-widgets-demo';
export const DEMO_SLUG = 'acme';
