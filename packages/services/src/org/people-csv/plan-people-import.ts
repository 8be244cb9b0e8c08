import { createHash } from 'node:crypto';
import type { TPeopleImportRow } from '@customeric/contracts';
import { describeChanges } from './describe-changes.ts';
import { findImportCycles } from './import-cycles.ts';
import type {
  TCreateOperation,
  TImportPlan,
  TImportState,
  TUpdateOperation,
} from './import-types.ts';
import type { TParsedPeopleCsv } from './parse-people-csv.ts';
import { buildImportIndex, planRow } from './plan-row.ts';
import { readPersonRow, type TPersonRow, type TRowIssue } from './read-person-row.ts';

/** Rows whose e-mail appeared earlier in the file: "appears twice" on each later one. */
function findDuplicateEmails(people: TPersonRow[]): TRowIssue[] {
  const firstRow = new Map<string, number>();
  const issues: TRowIssue[] = [];
  for (const person of people) {
    if (!person.email) continue;
    const first = firstRow.get(person.email);
    if (first === undefined) firstRow.set(person.email, person.row);
    else
      issues.push({
        row: person.row,
        column: 'email',
        message: `${person.email} appears twice in the file (also row ${first})`,
      });
  }
  return issues;
}

/** Over what would be written and what the preview showed (each change's "from" too). */
function hashPlan(
  creates: TCreateOperation[],
  updates: TUpdateOperation[],
  rows: TPeopleImportRow[],
): string {
  return createHash('sha256').update(JSON.stringify({ creates, updates, rows })).digest('hex');
}

/**
 * What importing this file would do to these people, row by row: create, update, leave
 * unchanged, or refuse with issues naming row and column. Writes nothing.
 */
export function planPeopleImport(parsed: TParsedPeopleCsv, state: TImportState): TImportPlan {
  const read = parsed.rows.map(readPersonRow);
  const people = read.map((entry) => entry.person);
  const issues = [...read.flatMap((entry) => entry.issues), ...findDuplicateEmails(people)];
  const index = buildImportIndex(state);
  const inFile = new Set(people.map((person) => person.email));
  const planned = people.map((person) => planRow(person, index, inFile));
  issues.push(...planned.flatMap((entry) => entry.issues));
  issues.push(...findImportCycles(planned, index));
  const badRows = new Set(issues.map((issue) => issue.row));
  const creates = planned.flatMap((entry) => (entry.create ? [entry.create] : []));
  const updates = planned.flatMap((entry) => (entry.update ? [entry.update] : []));
  const rows: TPeopleImportRow[] = people.map((person, position) => {
    const entry = planned[position];
    const action = badRows.has(person.row)
      ? 'error'
      : entry?.create
        ? 'create'
        : entry?.update
          ? 'update'
          : 'unchanged';
    const changes = entry?.update ? describeChanges(entry.update, index) : {};
    return { row: person.row, email: person.email, name: person.name, action, changes };
  });
  // In the order a person reads the file: by row, then left to right.
  const columnOrder = (column: string | null) =>
    column === null ? -1 : parsed.columns.indexOf(column as (typeof parsed.columns)[number]);
  issues.sort((a, b) => a.row - b.row || columnOrder(a.column) - columnOrder(b.column));
  return {
    columns: parsed.columns,
    ignoredColumns: parsed.ignoredColumns,
    rows,
    issues,
    creates,
    updates,
    unchanged: rows.filter((row) => row.action === 'unchanged').length,
    hash: hashPlan(creates, updates, rows),
  };
}
