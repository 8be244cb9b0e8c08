import type { TRandom, TRole } from '@customeric/domain';
import { DEMO_DEPARTMENTS, type TDemoDepartmentKey } from './demo-departments.ts';
import {
  DEMO_HEAD_MANAGERS,
  DEMO_LOGIN_PROFILES,
  DEMO_SKILLS,
  DEMO_TITLES,
  DEMO_TYPICAL_SHARE,
} from './demo-org-plan.ts';

export interface TDemoPerson {
  id: string;
  email: string;
  role: string;
  departmentId: string | null;
}

export interface TDemoProfile {
  title: string;
  managerEmail: string | null;
  share: number | null;
  skills: { tag: string; level: number }[];
  role?: TRole;
}

export type TDepartmentIds = Record<TDemoDepartmentKey, string>;

/** Around the silo's typical share, with about one in eight well outside the band. */
function pickShare(random: TRandom, key: TDemoDepartmentKey): number {
  if (key !== 'finance' && random.chance(0.12)) return random.pick([10, 15, 65, 75]);
  return Math.max(0, Math.min(100, DEMO_TYPICAL_SHARE[key] + random.int(-2, 2) * 5));
}

function pickSkills(random: TRandom, key: TDemoDepartmentKey) {
  const pool = [...DEMO_SKILLS[key]];
  return Array.from({ length: random.int(2, 3) }, () => {
    const [tag] = pool.splice(random.int(0, pool.length - 1), 1);
    return { tag: tag as string, level: random.int(1, 5) };
  });
}

/** Each department's head: its named department-head log-in, else its first department head. */
export function findDemoHeads(people: readonly TDemoPerson[], ids: TDepartmentIds) {
  const heads = {} as Record<TDemoDepartmentKey, TDemoPerson>;
  for (const { key } of DEMO_DEPARTMENTS) {
    const candidates = people.filter(
      (person) => person.departmentId === ids[key] && person.role === 'department_head',
    );
    const named = candidates.find((person) => person.email in DEMO_LOGIN_PROFILES);
    heads[key] = (named ?? candidates[0]) as TDemoPerson;
  }
  return heads;
}

interface TProfileContext {
  random: TRandom;
  heads: Record<TDemoDepartmentKey, TDemoPerson>;
  keyOf: Map<string, TDemoDepartmentKey>;
  /** The custom-projects Value Chain Manager, once chosen. */
  projectManager: { id: string | null };
}

function staffProfile(context: TProfileContext, person: TDemoPerson, key: TDemoDepartmentKey) {
  const { random, heads } = context;
  const name = DEMO_DEPARTMENTS.find((department) => department.key === key)?.name ?? key;
  const base = { share: pickShare(random, key), skills: pickSkills(random, key) };
  if (person.id === heads[key].id)
    return { ...base, title: `Head of ${name}`, managerEmail: DEMO_HEAD_MANAGERS[key] };
  if (key === 'product' && !context.projectManager.id) {
    context.projectManager.id = person.id;
    const title = 'Value Chain Manager, Custom projects';
    return {
      ...base,
      title,
      managerEmail: 'ceo@acme.example',
      role: 'value_chain_manager' as const,
    };
  }
  // A second department head in a silo that already has one leads a team under them.
  const role = person.role === 'department_head' ? ('employee' as const) : undefined;
  const title = role ? `${name} Team Lead` : random.pick(DEMO_TITLES[key]);
  return { ...base, title, managerEmail: heads[key].email, ...(role ? { role } : {}) };
}

/** Title, manager, share of customer work and skills of one person of the demo. */
export function profileOf(context: TProfileContext, person: TDemoPerson): TDemoProfile {
  const key = person.departmentId ? context.keyOf.get(person.departmentId) : undefined;
  const named = DEMO_LOGIN_PROFILES[person.email];
  if (named) {
    const isHead = key !== undefined && context.heads[key].id === person.id;
    const managerEmail = named.manager ?? (key && !isHead ? context.heads[key].email : null);
    return {
      title: named.title,
      managerEmail: isHead && key ? DEMO_HEAD_MANAGERS[key] : managerEmail,
      share: named.share,
      skills: key ? pickSkills(context.random, key) : [],
    };
  }
  if (!key) return { title: 'Staff', managerEmail: 'ceo@acme.example', share: null, skills: [] };
  return staffProfile(context, person, key);
}
