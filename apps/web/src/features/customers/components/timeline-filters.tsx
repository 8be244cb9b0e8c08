import type { TTimelineSummary } from '@customeric/contracts';
import type { TTimelineFilters } from '../api/get-timeline.ts';

interface TTimelineFiltersProps {
  summary: TTimelineSummary | undefined;
  filters: TTimelineFilters;
  onChange: (filters: TTimelineFilters) => void;
}

type TKey = keyof TTimelineFilters;

/** Filter choices come from what the customer's timeline holds, so none of them is ever empty. */
export function TimelineFilters({ summary, filters, onChange }: TTimelineFiltersProps) {
  const set = (key: TKey, value: string) => onChange({ ...filters, [key]: value || undefined });
  const select = (key: TKey, label: string, options: { value: string; label: string }[]) => (
    <label className="toolbar__field">
      <span className="toolbar__label">{label}</span>
      <select
        className="input"
        value={filters[key] ?? ''}
        onChange={(event) => set(key, event.target.value)}
      >
        <option value="">All</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );
  const counted = (rows: { id: string; name: string | null; count: number }[]) =>
    rows.map((row) => ({ value: row.id, label: `${row.name ?? row.id} (${row.count})` }));
  return (
    <search className="toolbar" aria-label="Filter the timeline">
      {select('department', 'Department', counted(summary?.departments ?? []))}
      {select('valueChain', 'Value chain', counted(summary?.valueChains ?? []))}
      {select('stage', 'Stage', counted(summary?.stages ?? []))}
      {select(
        'type',
        'Type',
        (summary?.types ?? []).map((row) => ({
          value: row.type,
          label: `${row.type} (${row.count})`,
        })),
      )}
      <label className="toolbar__field">
        <span className="toolbar__label">From</span>
        <input
          className="input"
          type="date"
          value={filters.from ?? ''}
          onChange={(event) => set('from', event.target.value)}
        />
      </label>
      <label className="toolbar__field">
        <span className="toolbar__label">To</span>
        <input
          className="input"
          type="date"
          value={filters.to ?? ''}
          onChange={(event) => set('to', event.target.value)}
        />
      </label>
      {Object.values(filters).some(Boolean) ? (
        <button type="button" className="button button--ghost" onClick={() => onChange({})}>
          Clear filters
        </button>
      ) : null}
    </search>
  );
}
