/** The roles a person can hold in an organisation (PRODUCT.md, "Who uses it"). */
export const ROLES = [
  'admin',
  'ceo',
  'cco',
  'value_chain_manager',
  'department_head',
  'executive',
  'employee',
  'board',
] as const;

export type TRole = (typeof ROLES)[number];

export const ROLE_LABELS: Record<TRole, string> = {
  admin: 'Administrator',
  ceo: 'Chief Executive Officer',
  cco: 'Chief Customer Officer',
  value_chain_manager: 'Value Chain Manager',
  department_head: 'Department head',
  executive: 'Senior executive',
  employee: 'Employee',
  board: 'Board member',
};
