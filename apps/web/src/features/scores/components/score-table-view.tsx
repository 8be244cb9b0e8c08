import type { TScoreCell, TScoreTable } from '@customeric/contracts';
import { useEffect, useRef } from 'react';
import { formatChange, formatPValue, formatScore, isRunning } from '../format.ts';

function ChangeMark({ table, cell }: { table: TScoreTable; cell: TScoreCell }) {
  const { change } = cell;
  if (!change) return null;
  const direction = change.delta > 0 ? 'up' : change.delta < 0 ? 'down' : 'flat';
  const text = `${formatChange(table.kind, change.delta)} (95 % interval ${formatChange(table.kind, change.low)} to ${formatChange(table.kind, change.high)}; ${formatPValue(change.pValue)})`;
  return (
    <span
      className={
        change.real ? `score-change score-change--${direction} score-change--real` : 'score-change'
      }
      title={change.real ? `A real change: ${text}` : `Within noise: ${text}`}
    >
      {formatChange(table.kind, change.delta)}
      {change.real ? ' •' : ''}
    </span>
  );
}

function Cell({ table, cell }: { table: TScoreTable; cell: TScoreCell }) {
  if (cell.value === null || cell.low === null || cell.high === null)
    return <td className="score-cell score-cell--empty">no answers</td>;
  return (
    <td className={cell.smallSample ? 'score-cell score-cell--small' : 'score-cell'}>
      <strong>{formatScore(table.kind, cell.value)}</strong>
      <span className="score-cell__interval">
        {formatScore(table.kind, cell.low)} to {formatScore(table.kind, cell.high)}
      </span>
      <span className="score-cell__n">
        n = {cell.n}
        {cell.smallSample ? (
          <abbr title={`Fewer than ${table.smallSampleBelow} answers: read with care`}> small</abbr>
        ) : null}
      </span>
      <ChangeMark table={table} cell={cell} />
    </td>
  );
}

/** Rows: all answers, then each group; columns: periods, newest last. */
export function ScoreTableView({ table }: { table: TScoreTable }) {
  const rows = [table.total, ...table.groups];
  const wrap = useRef<HTMLDivElement>(null);
  // The newest periods matter most: where the table is wider than the screen, start there.
  const newest = table.periods.at(-1)?.label;
  useEffect(() => {
    if (wrap.current && newest) wrap.current.scrollLeft = wrap.current.scrollWidth;
  }, [newest]);
  return (
    <div className="table-wrap" ref={wrap}>
      <table className="table score-table">
        <caption className="visually-hidden">
          {table.kind.toUpperCase()} by period{table.by ? ` and ${table.by.replace('_', ' ')}` : ''}
          , with 95 % intervals
        </caption>
        <thead>
          <tr>
            <th scope="col">{table.by ? 'Group' : ''}</th>
            {table.periods.map((period) => (
              <th key={period.label} scope="col" className="table__nowrap">
                {period.label}
                {isRunning(period) ? <span className="score-table__running">so far</span> : null}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((series) => (
            <tr key={series.key ?? series.label}>
              <th scope="row">{series.label}</th>
              {series.cells.map((cell) => (
                <Cell key={cell.period} table={table} cell={cell} />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
