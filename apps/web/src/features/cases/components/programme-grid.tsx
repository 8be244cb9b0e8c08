import type { TProgrammeOverview } from '@customeric/contracts';
import { formatMonth } from '../programme-labels.ts';

type TCell = TProgrammeOverview['executives'][number]['cells'][number];

function cellClass(cell: TCell, quota: number): string {
  if (cell.overdue > 0) return 'programme-grid__cell programme-grid__cell--overdue';
  if (cell.assigned > 0 && cell.handled >= Math.min(cell.assigned, quota))
    return 'programme-grid__cell programme-grid__cell--done';
  return 'programme-grid__cell';
}

function Cell({ cell, quota }: { cell: TCell; quota: number }) {
  if (cell.assigned === 0 && cell.calls === 0)
    return <td className="programme-grid__cell programme-grid__cell--empty">—</td>;
  const share = cell.assigned === 0 ? 0 : cell.handled / cell.assigned;
  return (
    <td className={cellClass(cell, quota)}>
      {cell.assigned > 0 ? (
        <>
          <span className="programme-grid__count">
            {cell.handled}/{cell.assigned}
          </span>
          <span className="programme-grid__bar" aria-hidden="true">
            <span style={{ width: `${share * 100}%` }} />
          </span>
        </>
      ) : (
        <span className="programme-grid__count programme-grid__count--none">no complaints</span>
      )}
      <span className="programme-grid__meta">
        {cell.overdue > 0 ? `${cell.overdue} overdue` : ''}
        {cell.overdue > 0 && cell.calls > 0 ? ' · ' : ''}
        {cell.calls > 0 ? `${cell.calls} call${cell.calls === 1 ? '' : 's'}` : ''}
      </span>
    </td>
  );
}

/** Completion per executive and month: complaints handled of those assigned, and calls. */
export function ProgrammeGrid({ data }: { data: TProgrammeOverview }) {
  return (
    <div className="table-wrap">
      <table className="table programme-grid">
        <caption className="programme-grid__caption">
          Each month: complaints handled of those assigned, and calls listened to. Red: past its
          date and not handled.
        </caption>
        <thead>
          <tr>
            <th scope="col">Executive</th>
            {data.months.map((month) => (
              <th key={month} scope="col">
                {formatMonth(month, true)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {data.executives.map((row) => (
            <tr key={row.userId}>
              <th scope="row">
                {row.name}
                {row.departmentName ? <span className="muted"> · {row.departmentName}</span> : null}
              </th>
              {row.cells.map((cell) => (
                <Cell key={cell.month} cell={cell} quota={data.quota} />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
