import type { TDepartment } from '@customeric/contracts';
import {
  DEPARTMENT_FUNCTION_LABELS,
  DEPARTMENT_FUNCTIONS,
  type TDepartmentFunction,
} from '@customeric/domain';
import { useState } from 'react';
import { EmptyState } from '../../../components/ui/empty-state.tsx';
import { LoadMore } from '../../../components/ui/load-more.tsx';
import { Loading } from '../../../components/ui/loading.tsx';
import { ProblemAlert } from '../../../components/ui/problem-alert.tsx';
import { useCan } from '../../../lib/permissions.ts';
import { useDebouncedValue } from '../../../lib/use-debounced-value.ts';
import { useDepartments } from '../api/get-departments.ts';
import { DepartmentForm } from './department-form.tsx';
import { DepartmentsTable } from './departments-table.tsx';

type TSort = 'name' | '-name' | 'createdAt' | '-createdAt';

export function DepartmentsPage() {
  const canWrite = useCan('org.departments.write');
  const [search, setSearch] = useState('');
  const [fn, setFn] = useState<TDepartmentFunction | ''>('');
  const [showArchived, setShowArchived] = useState(false);
  const [sort, setSort] = useState<TSort>('name');
  const [editing, setEditing] = useState<TDepartment | 'new' | null>(null);
  const q = useDebouncedValue(search.trim());
  const departments = useDepartments({
    q: q || undefined,
    function: fn || undefined,
    archived: showArchived ? 'include' : 'exclude',
    sort,
  });
  const items = departments.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <section aria-labelledby="departments-title">
      <title>Departments · Org · Customeric</title>
      <div className="section-heading">
        <h2 id="departments-title">Departments</h2>
        {canWrite && !editing ? (
          <button
            type="button"
            className="button button--primary"
            onClick={() => setEditing('new')}
          >
            New department
          </button>
        ) : null}
      </div>
      <p className="muted">
        The silos of the company, whether they do customer work, and how they answer to the Customer
        Department.
      </p>
      {editing ? (
        <DepartmentForm
          key={editing === 'new' ? 'new' : editing.id}
          department={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
        />
      ) : null}
      <search className="toolbar">
        <label className="toolbar__field">
          <span className="toolbar__label">Search</span>
          <input
            className="input"
            type="search"
            value={search}
            placeholder="Name"
            onChange={(e) => setSearch(e.target.value)}
          />
        </label>
        <label className="toolbar__field">
          <span className="toolbar__label">Function</span>
          <select
            className="input"
            value={fn}
            onChange={(e) => setFn(e.target.value as TDepartmentFunction | '')}
          >
            <option value="">All functions</option>
            {DEPARTMENT_FUNCTIONS.map((value) => (
              <option key={value} value={value}>
                {DEPARTMENT_FUNCTION_LABELS[value]}
              </option>
            ))}
          </select>
        </label>
        <label className="toolbar__field">
          <span className="toolbar__label">Sort</span>
          <select className="input" value={sort} onChange={(e) => setSort(e.target.value as TSort)}>
            <option value="name">Name, A to Z</option>
            <option value="-name">Name, Z to A</option>
            <option value="-createdAt">Newest first</option>
            <option value="createdAt">Oldest first</option>
          </select>
        </label>
        <label className="checkbox toolbar__check">
          <input
            type="checkbox"
            checked={showArchived}
            onChange={(e) => setShowArchived(e.target.checked)}
          />
          <span>Show archived</span>
        </label>
      </search>
      {departments.isPending ? <Loading label="Loading departments…" /> : null}
      <ProblemAlert error={departments.error} title="The departments could not be loaded" />
      {departments.isSuccess && items.length === 0 ? (
        <EmptyState title={q || fn ? 'No department matches' : 'No departments yet'}>
          <p>
            {q || fn
              ? 'Try another name or “All functions”.'
              : canWrite
                ? 'Create the first silo with “New department”: marketing, sales, delivery, billing, service…'
                : 'The CEO, the CCO or an administrator adds them.'}
          </p>
        </EmptyState>
      ) : null}
      {items.length > 0 ? (
        <>
          <DepartmentsTable departments={items} canWrite={canWrite} onEdit={setEditing} />
          <LoadMore
            hasNextPage={departments.hasNextPage}
            isFetchingNextPage={departments.isFetchingNextPage}
            onLoadMore={() => departments.fetchNextPage()}
            shown={items.length}
            nouns={['department', 'departments']}
          />
        </>
      ) : null}
    </section>
  );
}
