import type { TEventStats } from '@customeric/contracts';
import { formatDateTime } from '../../../lib/format.ts';

function Stat({ value, label }: { value: string; label: string }) {
  return (
    <div className="stat">
      <div className="stat__value">{value}</div>
      <div className="stat__label">{label}</div>
    </div>
  );
}

export function EventStats({ stats }: { stats: TEventStats }) {
  const week = stats.last7Days;
  const largest = Math.max(1, ...stats.byDepartment.map((row) => row.count));
  return (
    <>
      <div className="stat-grid">
        <Stat value={stats.totalEvents.toLocaleString()} label="events stored" />
        <Stat value={stats.customersWithEvents.toLocaleString()} label="customers with events" />
        <Stat
          value={week.accepted.toLocaleString()}
          label={`accepted in the last 7 days (${week.ingests} ingests)`}
        />
        <Stat value={week.duplicate.toLocaleString()} label="duplicates recognised (7 days)" />
        <Stat value={week.rejected.toLocaleString()} label="rejected with a reason (7 days)" />
        <Stat
          value={stats.lastReceivedAt ? formatDateTime(stats.lastReceivedAt) : 'never'}
          label="last event received"
        />
      </div>
      {stats.byDepartment.length > 0 ? (
        <section aria-labelledby="by-department-title">
          <h2 id="by-department-title">Events by department</h2>
          <ul className="bar-list">
            {stats.byDepartment.map((row) => (
              <li key={row.id ?? 'none'} className="bar-list__row">
                <span>{row.name ?? (row.id ? row.id : 'No department')}</span>
                <span
                  className="bar-list__bar"
                  style={{ width: `${(row.count / largest) * 100}%` }}
                  aria-hidden="true"
                />
                <span className="table__nowrap">{row.count.toLocaleString()}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
