import { useState } from 'react';
import { Link, useLocation } from 'react-router';
import { EmptyState } from '../../../components/ui/empty-state.tsx';
import { LoadMore } from '../../../components/ui/load-more.tsx';
import { Loading } from '../../../components/ui/loading.tsx';
import { PageHeader } from '../../../components/ui/page-header.tsx';
import { ProblemAlert } from '../../../components/ui/problem-alert.tsx';
import { useCan } from '../../../lib/permissions.ts';
import { useDebouncedValue } from '../../../lib/use-debounced-value.ts';
import { usePromises } from '../api/get-promises.ts';
import { EvaluationProgress } from './evaluation-progress.tsx';
import { PromisesTable } from './promises-table.tsx';

/** After a save the editor comes back here and says which re-evaluation to follow. */
interface TSavedState {
  savedPromiseId?: string;
  evaluationId?: string | null;
  savedName?: string;
}

function SavedNotice({ state }: { state: TSavedState }) {
  if (!state.savedPromiseId) return null;
  return (
    <div className="alert alert--success" role="status">
      <p className="alert__title">“{state.savedName}” is saved.</p>
      {state.evaluationId ? (
        <EvaluationProgress promiseId={state.savedPromiseId} evaluationId={state.evaluationId} />
      ) : null}
    </div>
  );
}

export function BillOfRightsPage() {
  const canWrite = useCan('promises.write');
  const location = useLocation();
  const [search, setSearch] = useState('');
  const [activeOnly, setActiveOnly] = useState(false);
  const q = useDebouncedValue(search.trim());
  const promises = usePromises({ q: q || undefined, active: activeOnly ? 'true' : undefined });
  const items = promises.data?.pages.flatMap((page) => page.items) ?? [];
  const filtered = Boolean(q || activeOnly);
  const newButton = canWrite ? (
    <Link className="button button--primary" to="/promises/new">
      New promise
    </Link>
  ) : null;

  return (
    <>
      <PageHeader
        title="Bill of Rights"
        description="What the company promises its customers, in their words, and how often it keeps each promise — measured on live events."
        actions={newButton}
      />
      <SavedNotice state={(location.state ?? {}) as TSavedState} />
      {items.length > 0 || filtered ? (
        <search className="toolbar">
          <label className="toolbar__field">
            <span className="toolbar__label">Search</span>
            <input
              className="input"
              type="search"
              placeholder="Words of the promise or its internal name"
              value={search}
              onChange={(event) => setSearch(event.target.value)}
            />
          </label>
          <label className="checkbox toolbar__check">
            <input
              type="checkbox"
              checked={activeOnly}
              onChange={(event) => setActiveOnly(event.target.checked)}
            />
            <span>Active promises only</span>
          </label>
        </search>
      ) : null}
      {promises.isPending ? <Loading label="Loading the Bill of Rights…" /> : null}
      <ProblemAlert error={promises.error} title="The promises could not be loaded" />
      {promises.isSuccess && items.length === 0 ? (
        <EmptyState
          title={filtered ? 'No promise matches' : 'No promises yet'}
          action={filtered ? null : newButton}
        >
          {filtered ? (
            <p>Try other words, or show the inactive promises too.</p>
          ) : (
            <p>
              {canWrite
                ? 'Write your first promise: the words your customers read (“You will get a first answer to any complaint within 4 business hours”) and a rule over your events that measures it.'
                : 'Nobody has written a promise yet. The Chief Customer Officer or a Value Chain Manager can write the first one.'}
            </p>
          )}
        </EmptyState>
      ) : null}
      {items.length > 0 ? (
        <>
          <PromisesTable promises={items} canWrite={canWrite} />
          <LoadMore
            hasNextPage={promises.hasNextPage}
            isFetchingNextPage={promises.isFetchingNextPage}
            onLoadMore={() => promises.fetchNextPage()}
            shown={items.length}
            nouns={['promise', 'promises']}
          />
        </>
      ) : null}
    </>
  );
}
