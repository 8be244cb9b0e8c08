import { type TSkill, ZPersonEmail, ZSkill } from '@customeric/contracts';
import { ROLE_LABELS, ROLES, type TRole } from '@customeric/domain';
import type { TCsvRow, TPeopleColumn } from './parse-people-csv.ts';

export interface TRowIssue {
  row: number;
  column: TPeopleColumn | null;
  message: string;
}

/** What a row says, typed; a field is undefined when its column is not in the file. */
export interface TPersonRow {
  row: number;
  email: string;
  name: string;
  title?: string | null;
  departmentName?: string | null;
  managerEmail?: string | null;
  role?: TRole | null;
  isExecutive?: boolean | null;
  customerWorkShare?: number | null;
  skills?: TSkill[];
}

const ZEmail = ZPersonEmail;
const YES = new Set(['yes', 'y', 'true', '1', 'x']);
const NO = new Set(['no', 'n', 'false', '0']);

function findRole(text: string): TRole | undefined {
  const wanted = text.toLowerCase().replace(/[\s-]+/g, '_');
  return ROLES.find(
    (role) => role === wanted || ROLE_LABELS[role].toLowerCase().replace(/\s+/g, '_') === wanted,
  );
}

type TReader<T> = (text: string) => T | { problem: string };

const readers: { [K in TPeopleColumn]?: TReader<unknown> } = {
  role: (text) =>
    findRole(text) ?? { problem: `“${text}” is not a role; use one of ${ROLES.join(', ')}` },
  executive: (text) => {
    const lower = text.toLowerCase();
    if (YES.has(lower)) return true;
    return NO.has(lower) ? false : { problem: `“${text}” is not yes or no` };
  },
  customer_work_share: (text) => {
    const share = Number(text.replace(/\s*%$/, ''));
    return Number.isInteger(share) && share >= 0 && share <= 100
      ? share
      : { problem: `“${text}” is not a whole percentage from 0 to 100` };
  },
  skills: (text) => readSkills(text),
  manager_email: (text) =>
    ZEmail.safeParse(text.toLowerCase()).success
      ? text.toLowerCase()
      : { problem: `“${text}” is not an e-mail address` },
  title: (text) => (text.length <= 200 ? text : { problem: 'is longer than 200 characters' }),
  department: (text) => text,
};

/** "crm:4; negotiation:3" → skills; each tag once, level 1 to 5. */
function readSkills(text: string): TSkill[] | { problem: string } {
  const skills: TSkill[] = [];
  for (const part of text
    .split(/[;,]/)
    .map((item) => item.trim())
    .filter(Boolean)) {
    const [tag = '', level = ''] = part.split(':').map((item) => item.trim());
    const parsed = ZSkill.safeParse({ tag, level: Number(level) });
    if (!parsed.success || level === '')
      return { problem: `“${part}” is not tag:level with a level from 1 to 5` };
    if (skills.some((skill) => skill.tag === parsed.data.tag))
      return { problem: `names the skill “${parsed.data.tag}” twice` };
    skills.push(parsed.data);
  }
  return skills;
}

const FIELD_OF: Partial<Record<TPeopleColumn, keyof TPersonRow>> = {
  title: 'title',
  department: 'departmentName',
  manager_email: 'managerEmail',
  role: 'role',
  executive: 'isExecutive',
  customer_work_share: 'customerWorkShare',
  skills: 'skills',
};

/** Reads one row; an empty optional cell means "clear it" (null), skills become []. */
export function readPersonRow(csvRow: TCsvRow): { person: TPersonRow; issues: TRowIssue[] } {
  const { row, cells } = csvRow;
  const issues: TRowIssue[] = [];
  const email = (cells.email ?? '').toLowerCase();
  const name = cells.name ?? '';
  if (!email) issues.push({ row, column: 'email', message: 'is empty' });
  else if (!ZEmail.safeParse(email).success || email.length > 254)
    issues.push({ row, column: 'email', message: `“${cells.email}” is not an e-mail address` });
  if (!name) issues.push({ row, column: 'name', message: 'is empty' });
  else if (name.length > 200)
    issues.push({ row, column: 'name', message: 'is longer than 200 characters' });
  const person: TPersonRow = { row, email, name };
  for (const [column, field] of Object.entries(FIELD_OF) as [TPeopleColumn, keyof TPersonRow][]) {
    const text = cells[column];
    if (text === undefined) continue;
    if (text === '') {
      Object.assign(person, { [field]: column === 'skills' ? [] : null });
      continue;
    }
    const value = (readers[column] as TReader<unknown>)(text);
    if (value && typeof value === 'object' && 'problem' in value)
      issues.push({ row, column, message: String(value.problem) });
    else Object.assign(person, { [field]: value });
  }
  return { person, issues };
}
