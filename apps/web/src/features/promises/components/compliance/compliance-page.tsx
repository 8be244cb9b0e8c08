import {
  COMPLIANCE_GROUPS,
  COMPLIANCE_PERIODS,
  type TComplianceReport,
} from '@customeric/contracts';
import { useSearchParams } from 'react-router';
import { EmptyState } from '../../../../components/ui/empty-state.tsx';
import { Loading } from '../../../../components/ui/loading.tsx';
import { PageHeader } from '../../../../components/ui/page-header.tsx';
import { ProblemAlert } from '../../../../components/ui/problem-alert.tsx';
import { type TComplianceFilters, useCompliance } from '../../api/get-compliance.ts';
import { usePromises } from '../../api/get-promises.ts';
import { buildExportUrl, PROMISE_PATHS } from '../../api/paths.ts';
import { formatCount, formatRate } from '../../format.ts';
import { OutcomeBars } from '../charts/outcome-bars.tsx';
import { RateLineChart } from '../charts/rate-line-chart.tsx';
import { ComplianceTable, TREND_WORDS } from './compliance-table.tsx';

const GROUP_LABELS: Record<(typeof COMPLIANCE_GROUPS)[number], string> = {
  promise: 'Promise',
  department: 'Department',
  value_chain: 'Value chain',
  stage: 'Stage',
  segment: 'Segment',
  customer: 'Customer',
};

function readFilters(params: URLSearchParams): TComplianceFilters {
  const groupBy = params.get('groupBy');
  const period = params.get('period');
  return {
    groupBy: COMPLIANCE_GROUPS.find((value) => value === groupBy) ?? 'promise',
    period: COMPLIANCE_PERIODS.find((value) => value === period) ?? 'week',
    from: params.get('from') || undefined,
    to: params.get('to') || undefined,
    promiseId: params.get('promiseId') || undefined,
  };
}

function Totals({ report, target }: { report: TComplianceReport; target: number | null }) {
  const { kept, broken, open, rate } = report.totals;
  return (
    <div className="stat-grid">
      <div className="stat">
        <div className="stat__value">{formatRate(rate)}</div>
        <div className="stat__label">
          kept{target === null ? '' : ` · target ${formatRate(target)}`} ·{' '}
          {TREND_WORDS[report.trend.direction]}
        </div>
      </div>
      <div className="stat">
        <div className="stat__value">{formatCount(kept)}</div>
        <div className="stat__label">kept</div>
      </div>
      <div className="stat">
        <div className="stat__value">{formatCount(broken)}</div>
        <div className="stat__label">broken</div>
      </div>
      <div className="stat">
        <div className="stat__value">{formatCount(open)}</div>
        <div className="stat__label">open</div>
      </div>
    </div>
  );
}

export function CompliancePage() {
  const [params, setParams] = useSearchParams();
  const filters = readFilters(params);
  const report = useCompliance(filters);
  const promises = usePromises();
  const promiseItems = promises.data?.pages.flatMap((page) => page.items) ?? [];
  const chosen = promiseItems.find((promise) => promise.id === filters.promiseId);
  const target = chosen?.targetRate ?? null;
  const period = filters.period ?? 'week';
  const set = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  // The outcomes behind the figures, for a spreadsheet: the same promise and dates.
  const csv = buildExportUrl(PROMISE_PATHS.outcomesCsv, {
    promiseId: filters.promiseId,
    from: filters.from,
    to: filters.to,
  });
  return (
    <>
      <PageHeader
        title="Compliance"
        description="Kept, broken and open outcomes, counted in the period each chance to keep a promise began."
        actions={
          <a className="button" href={csv} download>
            Export outcomes (CSV)
          </a>
        }
      />
      <search className="toolbar">
        <label className="toolbar__field">
          <span className="toolbar__label">Promise</span>
          <select
            className="input"
            value={filters.promiseId ?? ''}
            onChange={(e) => set('promiseId', e.target.value)}
          >
            <option value="">All promises</option>
            {promiseItems.map((promise) => (
              <option key={promise.id} value={promise.id}>
                {promise.internalName}
              </option>
            ))}
          </select>
        </label>
        <label className="toolbar__field toolbar__field--small">
          <span className="toolbar__label">Group by</span>
          <select
            className="input"
            value={filters.groupBy}
            onChange={(e) => set('groupBy', e.target.value)}
          >
            {COMPLIANCE_GROUPS.map((group) => (
              <option key={group} value={group}>
                {GROUP_LABELS[group]}
              </option>
            ))}
          </select>
        </label>
        <label className="toolbar__field toolbar__field--small">
          <span className="toolbar__label">By</span>
          <select className="input" value={period} onChange={(e) => set('period', e.target.value)}>
            <option value="week">week</option>
            <option value="month">month</option>
          </select>
        </label>
        <label className="toolbar__field toolbar__field--small">
          <span className="toolbar__label">From</span>
          <input
            className="input"
            type="date"
            value={filters.from ?? ''}
            onChange={(e) => set('from', e.target.value)}
          />
        </label>
        <label className="toolbar__field toolbar__field--small">
          <span className="toolbar__label">To</span>
          <input
            className="input"
            type="date"
            value={filters.to ?? ''}
            onChange={(e) => set('to', e.target.value)}
          />
        </label>
      </search>
      {report.isPending ? <Loading label="Counting outcomes…" /> : null}
      <ProblemAlert error={report.error} title="The compliance could not be loaded" />
      {report.data &&
      report.data.totals.kept + report.data.totals.broken + report.data.totals.open === 0 ? (
        <EmptyState title="No outcomes in these dates">
          <p>
            Promises are measured as events come in. Widen the dates, or write a promise on the Bill
            of Rights.
          </p>
        </EmptyState>
      ) : null}
      {report.data && report.data.series.length > 0 ? (
        <>
          <Totals report={report.data} target={target} />
          <div className="chart-pair">
            <section aria-labelledby="rate-chart-title">
              <h2 id="rate-chart-title">Compliance per {period}</h2>
              <RateLineChart
                series={report.data.series}
                period={period}
                target={target}
                title={`Compliance rate per ${period}${target === null ? '' : ` against the target of ${formatRate(target)}`}`}
              />
              {target === null ? (
                <p className="muted chart__note">Pick one promise to see its target line.</p>
              ) : null}
            </section>
            <section aria-labelledby="bars-chart-title">
              <h2 id="bars-chart-title">Outcomes per {period}</h2>
              <OutcomeBars
                series={report.data.series}
                period={period}
                title={`Kept, broken and open outcomes per ${period}`}
              />
            </section>
          </div>
          <ComplianceTable report={report.data} label={GROUP_LABELS[report.data.groupBy]} />
        </>
      ) : null}
    </>
  );
}
