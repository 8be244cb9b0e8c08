import type { TBreachFilters } from '../../api/get-breaches.ts';
import { useDepartmentChoices } from '../../api/get-choices.ts';
import { usePromises } from '../../api/get-promises.ts';

interface TBreachesToolbarProps {
  filters: TBreachFilters;
  onChange: (key: string, value: string) => void;
}

export function BreachesToolbar({ filters, onChange }: TBreachesToolbarProps) {
  const promises = usePromises();
  const departments = useDepartmentChoices();
  return (
    <search className="toolbar">
      <label className="toolbar__field">
        <span className="toolbar__label">Promise</span>
        <select
          className="input"
          value={filters.promiseId ?? ''}
          onChange={(e) => onChange('promiseId', e.target.value)}
        >
          <option value="">All promises</option>
          {(promises.data?.pages.flatMap((page) => page.items) ?? []).map((promise) => (
            <option key={promise.id} value={promise.id}>
              {promise.internalName}
            </option>
          ))}
        </select>
      </label>
      <label className="toolbar__field toolbar__field--small">
        <span className="toolbar__label">Department</span>
        <select
          className="input"
          value={filters.departmentId ?? ''}
          onChange={(e) => onChange('departmentId', e.target.value)}
        >
          <option value="">All</option>
          {(departments.data?.items ?? []).map((department) => (
            <option key={department.id} value={department.id}>
              {department.name}
            </option>
          ))}
        </select>
      </label>
      <label className="toolbar__field toolbar__field--small">
        <span className="toolbar__label">Broken from</span>
        <input
          className="input"
          type="date"
          value={filters.from ?? ''}
          onChange={(e) => onChange('from', e.target.value)}
        />
      </label>
      <label className="toolbar__field toolbar__field--small">
        <span className="toolbar__label">Broken until</span>
        <input
          className="input"
          type="date"
          value={filters.to ?? ''}
          onChange={(e) => onChange('to', e.target.value)}
        />
      </label>
      <label className="toolbar__field toolbar__field--small">
        <span className="toolbar__label">Show</span>
        <select
          className="input"
          value={filters.state ?? 'active'}
          onChange={(e) => onChange('state', e.target.value === 'active' ? '' : e.target.value)}
        >
          <option value="active">counted breaches</option>
          <option value="withdrawn">kept by a late event</option>
          <option value="all">both</option>
        </select>
      </label>
      {filters.customerId ? (
        <p className="toolbar__chip">
          One customer only{' '}
          <button
            type="button"
            className="button button--small"
            onClick={() => onChange('customerId', '')}
          >
            Show all customers
          </button>
        </p>
      ) : null}
      {filters.segment ? (
        <p className="toolbar__chip">
          Segment {filters.segment} only{' '}
          <button
            type="button"
            className="button button--small"
            onClick={() => onChange('segment', '')}
          >
            Show all segments
          </button>
        </p>
      ) : null}
    </search>
  );
}
