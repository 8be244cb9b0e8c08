import type { TPerson } from '@customeric/contracts';
import type { TRole } from '@customeric/domain';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { EmptyState } from '../../../components/ui/empty-state.tsx';
import { LoadMore } from '../../../components/ui/load-more.tsx';
import { Loading } from '../../../components/ui/loading.tsx';
import { ProblemAlert } from '../../../components/ui/problem-alert.tsx';
import { useCan } from '../../../lib/permissions.ts';
import { useDebouncedValue } from '../../../lib/use-debounced-value.ts';
import { useDepartmentDirectory } from '../api/get-departments.ts';
import { useOrgChart } from '../api/get-org-chart.ts';
import { useOrgSettings } from '../api/get-org-settings.ts';
import { getPeopleExportUrl, usePeople } from '../api/get-people.ts';
import { usePersonEditScope } from '../use-person-edit-scope.ts';
import { PeopleTable } from './people-table.tsx';
import { PEOPLE_SORTS, PeopleToolbar, type TPeopleSort } from './people-toolbar.tsx';
import { PersonForm } from './person-form.tsx';

function useFilters() {
  const [params, setParams] = useSearchParams();
  const sort = params.get('sort') ?? 'name';
  return {
    departmentId: params.get('departmentId') ?? '',
    role: params.get('role') ?? '',
    sort: (sort in PEOPLE_SORTS ? sort : 'name') as TPeopleSort,
    set: (name: string, value: string) =>
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          if (value) next.set(name, value);
          else next.delete(name);
          return next;
        },
        { replace: true },
      ),
  };
}

export function PeoplePage() {
  const filters = useFilters();
  const [search, setSearch] = useState('');
  const [editing, setEditing] = useState<TPerson | null>(null);
  const q = useDebouncedValue(search.trim());
  const query = {
    q: q || undefined,
    departmentId: filters.departmentId || undefined,
    role: (filters.role || undefined) as TRole | undefined,
    sort: filters.sort,
  };
  const people = usePeople(query);
  const departments = useDepartmentDirectory();
  const chart = useOrgChart();
  const settings = useOrgSettings();
  const scope = usePersonEditScope(departments.data);
  const canImport = useCan('org.people.import');
  const items = people.data?.pages.flatMap((page) => page.items) ?? [];
  const departmentName = (id: string | null) =>
    (id && departments.data?.find((d) => d.id === id)?.name) || '—';
  const personName = (id: string | null) =>
    (id && chart.data?.people.find((p) => p.id === id)?.name) || '—';

  return (
    <section aria-labelledby="people-title">
      <title>People · Org · Customeric</title>
      <div className="section-heading">
        <h2 id="people-title">People</h2>
        <span className="row-actions">
          <a className="button" href={getPeopleExportUrl(query)} download>
            Export CSV
          </a>
          {canImport ? (
            <Link className="button button--primary" to="/org/people/import">
              Import CSV
            </Link>
          ) : null}
        </span>
      </div>
      <p className="muted">
        Everyone with their department, manager, the share of time they commit to customer work and
        their skills.
        {scope.isDepartmentHead
          ? ' As a department head you edit the people of your own department.'
          : ''}
      </p>
      {editing ? (
        <PersonForm
          key={editing.id}
          person={editing}
          departments={departments.data ?? []}
          people={chart.data?.people ?? []}
          band={settings.data?.targetBand}
          limited={scope.isDepartmentHead}
          onClose={() => setEditing(null)}
        />
      ) : null}
      <PeopleToolbar
        search={search}
        onSearch={setSearch}
        departmentId={filters.departmentId}
        role={filters.role}
        sort={filters.sort}
        departments={departments.data ?? []}
        onFilter={filters.set}
      />
      {people.isPending ? <Loading label="Loading people…" /> : null}
      <ProblemAlert error={people.error} title="The people could not be loaded" />
      {people.isSuccess && items.length === 0 ? (
        <EmptyState title="Nobody matches">
          <p>Try another spelling, “All departments” or “All roles”.</p>
        </EmptyState>
      ) : null}
      {items.length > 0 ? (
        <>
          <PeopleTable
            people={items}
            departmentName={departmentName}
            personName={personName}
            band={settings.data?.targetBand}
            bandApplies={(person) =>
              departments.data?.find((d) => d.id === person.departmentId)?.customerFacing ?? true
            }
            canEdit={scope.canEdit}
            onEdit={(person) => {
              setEditing(person);
              window.scrollTo({ top: 0, behavior: 'smooth' });
            }}
          />
          <LoadMore
            hasNextPage={people.hasNextPage}
            isFetchingNextPage={people.isFetchingNextPage}
            onLoadMore={() => people.fetchNextPage()}
            shown={items.length}
            nouns={['person', 'people']}
          />
        </>
      ) : null}
    </section>
  );
}
