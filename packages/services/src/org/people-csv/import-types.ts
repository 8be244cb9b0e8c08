import type { TPeopleImportRow, TSkill } from '@customeric/contracts';
import type { TRole } from '@customeric/domain';
import type { TRowIssue } from './read-person-row.ts';

/** A person as stored, in the shape the plan compares against. */
export interface TExistingPerson {
  id: string;
  email: string;
  name: string;
  title: string | null;
  role: TRole;
  departmentId: string | null;
  managerId: string | null;
  isExecutive: boolean;
  customerWorkShare: number | null;
  skills: TSkill[];
  active: boolean;
}

export interface TImportState {
  people: TExistingPerson[];
  departments: { id: string; name: string; archived: boolean }[];
}

export interface TPersonValues {
  name: string;
  title: string | null;
  departmentId: string | null;
  role: TRole;
  isExecutive: boolean;
  customerWorkShare: number | null;
}

export interface TCreateOperation {
  row: number;
  email: string;
  values: TPersonValues;
  /** E-mail of the manager, who may be created by the same import. */
  managerEmail: string | null;
  skills: TSkill[];
}

export interface TUpdateOperation {
  row: number;
  id: string;
  email: string;
  values: Partial<TPersonValues>;
  managerEmail?: string | null;
  skills?: TSkill[];
}

export interface TImportPlan {
  columns: string[];
  ignoredColumns: string[];
  rows: TPeopleImportRow[];
  issues: TRowIssue[];
  creates: TCreateOperation[];
  updates: TUpdateOperation[];
  unchanged: number;
  /** Digest of exactly what the import would write. */
  hash: string;
}
