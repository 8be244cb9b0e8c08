import type { TComplianceReport, TComplianceTrend } from '@customeric/contracts';
import { formatCount, formatRate } from '../../format.ts';
import { ComplianceBar } from '../charts/compliance-bar.tsx';
import { Sparkline } from '../charts/sparkline.tsx';

export const TREND_WORDS: Record<TComplianceTrend['direction'], string> = {
  improving: '↗ improving',
  worsening: '↘ worsening',
  steady: '→ steady',
  unknown: 'trend unknown',
};

/** One row per group, those with most broken first, as the server orders them. */
export function ComplianceTable({ report, label }: { report: TComplianceReport; label: string }) {
  return (
    <section aria-labelledby="groups-title">
      <div className="section-heading">
        <h2 id="groups-title">By {label.toLowerCase()}</h2>
        {report.groupsOmitted > 0 ? (
          <p className="muted">
            {formatCount(report.groupsOmitted)} more with fewer breaches not shown
          </p>
        ) : null}
      </div>
      <div className="table-wrap">
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{label}</th>
              <th scope="col">Kept</th>
              <th scope="col">Broken</th>
              <th scope="col">Open</th>
              <th scope="col">Compliance</th>
              <th scope="col">Trend</th>
            </tr>
          </thead>
          <tbody>
            {report.groups.map((group) => (
              <tr key={group.key ?? 'none'}>
                <th scope="row">{group.name}</th>
                <td>{formatCount(group.kept)}</td>
                <td>{formatCount(group.broken)}</td>
                <td>{formatCount(group.open)}</td>
                <td className="table__nowrap">
                  {group.targetRate === null ? null : (
                    <ComplianceBar rate={group.rate} target={group.targetRate} label={group.name} />
                  )}
                  <span className="cell-sub">
                    {formatRate(group.rate)}
                    {group.targetRate === null ? '' : ` · target ${formatRate(group.targetRate)}`}
                  </span>
                </td>
                <td className="table__nowrap">
                  <Sparkline
                    values={group.series.map((point) => point.rate)}
                    target={group.targetRate}
                    label={`Compliance of ${group.name}`}
                  />
                  <span className="cell-sub">{TREND_WORDS[group.trend.direction]}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
