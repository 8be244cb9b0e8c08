import { Link, Outlet, useParams, useSearchParams } from 'react-router';
import { EmptyState } from '../../../../components/ui/empty-state.tsx';
import { LoadMore } from '../../../../components/ui/load-more.tsx';
import { Loading } from '../../../../components/ui/loading.tsx';
import { PageHeader } from '../../../../components/ui/page-header.tsx';
import { ProblemAlert } from '../../../../components/ui/problem-alert.tsx';
import { useBreaches } from '../../api/get-breaches.ts';
import { buildExportUrl, PROMISE_PATHS } from '../../api/paths.ts';
import { readBreachFilters } from './breach-filters.ts';
import { BreachesTable } from './breaches-table.tsx';
import { BreachesToolbar } from './breaches-toolbar.tsx';

/** Every broken promise with its evidence; a breach opens in a drawer over the list. */
export function BreachesPage() {
  const [params, setParams] = useSearchParams();
  const { breachId } = useParams();
  const filters = readBreachFilters(params);
  const breaches = useBreaches(filters);
  const items = breaches.data?.pages.flatMap((page) => page.items) ?? [];
  const filtered = Boolean(
    filters.promiseId ||
      filters.departmentId ||
      filters.customerId ||
      filters.segment ||
      filters.from ||
      filters.to,
  );
  const set = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  const csv = buildExportUrl(PROMISE_PATHS.breachesCsv, { ...filters });
  return (
    <>
      <PageHeader
        title="Breaches"
        description="Each broken promise with the events that prove it, the department and person who answer for it, and when it was due."
        actions={
          <a className="button" href={csv} download>
            Export CSV
          </a>
        }
      />
      <BreachesToolbar filters={filters} onChange={set} />
      {breaches.isPending ? <Loading label="Loading breaches…" /> : null}
      <ProblemAlert error={breaches.error} title="The breaches could not be loaded" />
      {breaches.isSuccess && items.length === 0 ? (
        <EmptyState
          title={filtered || filters.state !== 'active' ? 'No breach matches' : 'No breaches'}
          action={
            filtered ? (
              <Link className="button" to="/promises/breaches">
                Clear the filters
              </Link>
            ) : null
          }
        >
          <p>
            {filtered
              ? 'Widen the dates or clear a filter.'
              : 'Every promise measured so far has been kept. Breaches appear here the moment a deadline passes.'}
          </p>
        </EmptyState>
      ) : null}
      {items.length > 0 ? (
        <>
          <BreachesTable
            breaches={items}
            selectedId={breachId}
            search={params.toString()}
            onFilter={set}
          />
          <LoadMore
            hasNextPage={breaches.hasNextPage}
            isFetchingNextPage={breaches.isFetchingNextPage}
            onLoadMore={() => breaches.fetchNextPage()}
            shown={items.length}
            nouns={['breach', 'breaches']}
          />
        </>
      ) : null}
      <Outlet />
    </>
  );
}
