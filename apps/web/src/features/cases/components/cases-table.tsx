import type { TCase } from '@customeric/contracts';
import { CASE_CATEGORY_LABELS, CASE_PRIORITY_LABELS } from '@customeric/domain';
import { Link } from 'react-router';
import { formatAge, formatDay, PRIORITY_CLASS, STATUS_CLASS } from '../case-labels.ts';

interface TCasesTableProps {
  cases: readonly TCase[];
  selected: ReadonlySet<string>;
  cursor: number;
  onToggle: (caseId: string) => void;
  onToggleAll: () => void;
}

function HeldBy({ item }: { item: TCase }) {
  if (!item.departmentName) return <span className="muted">Not placed yet</span>;
  const open = item.statusCategory === 'open' || item.statusCategory === 'waiting';
  return (
    <>
      {item.departmentName}
      {open && item.departmentSince ? (
        <span className="cell-sub">for {formatAge(item.departmentSince)}</span>
      ) : null}
    </>
  );
}

/** The case list; the row under the keyboard cursor is marked, selected rows are checked. */
export function CasesTable({ cases, selected, cursor, onToggle, onToggleAll }: TCasesTableProps) {
  const allSelected = cases.length > 0 && cases.every((item) => selected.has(item.id));
  return (
    <div className="table-wrap">
      <table className="table cases-table">
        <thead>
          <tr>
            <th scope="col" className="cases-table__check">
              <input
                type="checkbox"
                aria-label="Select every case shown"
                checked={allSelected}
                onChange={onToggleAll}
              />
            </th>
            <th scope="col">Case</th>
            <th scope="col">Status</th>
            <th scope="col">Priority</th>
            <th scope="col">Held by</th>
            <th scope="col">Owner</th>
            <th scope="col">Handoffs</th>
            <th scope="col">Opened</th>
          </tr>
        </thead>
        <tbody>
          {cases.map((item, index) => (
            <tr
              key={item.id}
              data-case-id={item.id}
              className={index === cursor ? 'cases-table__row--cursor' : undefined}
              aria-current={index === cursor ? 'true' : undefined}
            >
              <td className="cases-table__check">
                <input
                  type="checkbox"
                  aria-label={`Select “${item.subject}”`}
                  checked={selected.has(item.id)}
                  onChange={() => onToggle(item.id)}
                />
              </td>
              <th scope="row">
                <Link to={`/cases/${item.id}`}>{item.subject}</Link>
                <span className="cell-sub">
                  {item.customerName} · {CASE_CATEGORY_LABELS[item.category]}
                </span>
              </th>
              <td>
                <span className={STATUS_CLASS[item.statusCategory]}>{item.statusName}</span>
              </td>
              <td>
                <span className={PRIORITY_CLASS[item.priority]}>
                  {CASE_PRIORITY_LABELS[item.priority]}
                </span>
              </td>
              <td>
                <HeldBy item={item} />
              </td>
              <td>
                {item.ownerName ?? <span className="muted">Unassigned</span>}
                {item.frontOwnerName && item.frontOwnerName !== item.ownerName ? (
                  <span className="cell-sub">customer contact: {item.frontOwnerName}</span>
                ) : null}
              </td>
              <td>
                {item.handoffCount}
                {item.bounceCount > 0 ? (
                  <span className="cell-sub cell-sub--warning">{item.bounceCount} bounced</span>
                ) : null}
              </td>
              <td>{formatDay(item.openedAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
