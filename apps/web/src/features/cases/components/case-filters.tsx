import type { TCaseFilters } from '@customeric/contracts';
import {
  CASE_CATEGORIES,
  CASE_CATEGORY_LABELS,
  CASE_PRIORITIES,
  CASE_PRIORITY_LABELS,
  CASE_STATUS_CATEGORY_LABELS,
} from '@customeric/domain';
import type { RefObject } from 'react';
import { useDepartments } from '../api/lookups.ts';

const SORTS: [string, string][] = [
  ['-openedAt', 'Newest first'],
  ['openedAt', 'Oldest first'],
  ['-priority', 'Most urgent first'],
  ['-updatedAt', 'Recently changed'],
  ['subject', 'Subject A–Z'],
];

interface TCaseFiltersProps {
  search: string;
  onSearch: (text: string) => void;
  searchRef: RefObject<HTMLInputElement | null>;
  filters: TCaseFilters;
  onChange: (filters: TCaseFilters) => void;
  sort: string;
  onSort: (sort: string) => void;
}

type TKey = Exclude<keyof TCaseFilters, 'q'>;

/** The filters of the case list; a saved view stores exactly these and the sort. */
export function CaseFilters(props: TCaseFiltersProps) {
  const { filters, onChange } = props;
  const departments = useDepartments();
  const set = (key: TKey, value: string) => onChange({ ...filters, [key]: value || undefined });
  const select = (key: TKey, label: string, options: [string, string][], all = 'All') => (
    <label className="toolbar__field toolbar__field--narrow">
      <span className="toolbar__label">{label}</span>
      <select
        className="input"
        value={filters[key] ?? ''}
        onChange={(event) => set(key, event.target.value)}
      >
        <option value="">{all}</option>
        {options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <search className="toolbar" aria-label="Filter the cases">
      <label className="toolbar__field">
        <span className="toolbar__label">Search</span>
        <input
          ref={props.searchRef}
          className="input"
          type="search"
          placeholder="Subject, customer or case id (press /)"
          value={props.search}
          onChange={(event) => props.onSearch(event.target.value)}
        />
      </label>
      {select('statusCategory', 'Status', [
        ['active', 'Open or waiting'],
        ...Object.entries(CASE_STATUS_CATEGORY_LABELS),
      ])}
      {select(
        'priority',
        'Priority',
        CASE_PRIORITIES.map((value) => [value, CASE_PRIORITY_LABELS[value]]),
      )}
      {select(
        'category',
        'Category',
        CASE_CATEGORIES.map((value) => [value, CASE_CATEGORY_LABELS[value]]),
      )}
      {select(
        'departmentId',
        'Held by',
        (departments.data ?? []).map((d) => [d.id, d.name]),
        'Any department',
      )}
      {select(
        'ownerUserId',
        'Owner',
        [
          ['me', 'Me'],
          ['none', 'Unassigned'],
        ],
        'Anyone',
      )}
      {select(
        'bounced',
        'Bounced',
        [
          ['true', 'Bounced'],
          ['false', 'Never bounced'],
        ],
        'Either',
      )}
      <label className="toolbar__field toolbar__field--narrow">
        <span className="toolbar__label">Sort</span>
        <select
          className="input"
          value={props.sort}
          onChange={(event) => props.onSort(event.target.value)}
        >
          {SORTS.map(([value, text]) => (
            <option key={value} value={value}>
              {text}
            </option>
          ))}
        </select>
      </label>
    </search>
  );
}
