import { useState } from 'react';
import { Link } from 'react-router';
import { EmptyState } from '../../../components/ui/empty-state.tsx';
import { LoadMore } from '../../../components/ui/load-more.tsx';
import { Loading } from '../../../components/ui/loading.tsx';
import { ProblemAlert } from '../../../components/ui/problem-alert.tsx';
import { useCan } from '../../../lib/permissions.ts';
import { useDebouncedValue } from '../../../lib/use-debounced-value.ts';
import { useValueChains } from '../api/get-value-chains.ts';
import { NewValueChainForm } from './new-value-chain-form.tsx';

export function ValueChainsPage() {
  const canWrite = useCan('org.value_chains.write');
  const [creating, setCreating] = useState(false);
  const [search, setSearch] = useState('');
  const [showArchived, setShowArchived] = useState(false);
  const q = useDebouncedValue(search.trim());
  const chains = useValueChains({
    q: q || undefined,
    archived: showArchived ? 'include' : 'exclude',
  });
  const items = chains.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <section aria-labelledby="chains-title">
      <title>Value chains · Org · Customeric</title>
      <div className="section-heading">
        <h2 id="chains-title">Value chains</h2>
        {canWrite && !creating ? (
          <button
            type="button"
            className="button button--primary"
            onClick={() => setCreating(true)}
          >
            New value chain
          </button>
        ) : null}
      </div>
      <p className="muted">
        End-to-end flows as the customer lives them, each with its Value Chain Manager, its stages
        and the handoffs where the customer passes from one silo to another.
      </p>
      {creating ? <NewValueChainForm onClose={() => setCreating(false)} /> : null}
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
        <label className="checkbox toolbar__check">
          <input
            type="checkbox"
            checked={showArchived}
            onChange={(e) => setShowArchived(e.target.checked)}
          />
          <span>Show archived</span>
        </label>
      </search>
      {chains.isPending ? <Loading label="Loading value chains…" /> : null}
      <ProblemAlert error={chains.error} title="The value chains could not be loaded" />
      {chains.isSuccess && items.length === 0 ? (
        <EmptyState title={q ? 'No value chain matches' : 'No value chains yet'}>
          <p>
            {canWrite
              ? 'Create one with “New value chain”, for example “Widgets: make, sell, deliver, bill, support”, then give it stages.'
              : 'The CEO, the CCO or a Value Chain Manager draws them.'}
          </p>
        </EmptyState>
      ) : null}
      {items.length > 0 ? (
        <>
          <ul className="chain-grid">
            {items.map((chain) => (
              <li
                key={chain.id}
                className={chain.archivedAt ? 'chain-card chain-card--archived' : 'chain-card'}
              >
                <h3 className="chain-card__title">
                  <Link to={`/org/value-chains/${chain.id}`} className="chain-card__link">
                    {chain.name}
                  </Link>
                  {chain.archivedAt ? <span className="tag">archived</span> : null}
                </h3>
                {chain.description ? <p className="muted">{chain.description}</p> : null}
                <p className="chain-card__facts">
                  {chain.stageCount} {chain.stageCount === 1 ? 'stage' : 'stages'} ·{' '}
                  {chain.handoffCount} {chain.handoffCount === 1 ? 'handoff' : 'handoffs'} · Value
                  Chain Manager: {chain.managerName ?? 'nobody yet'}
                </p>
              </li>
            ))}
          </ul>
          <LoadMore
            hasNextPage={chains.hasNextPage}
            isFetchingNextPage={chains.isFetchingNextPage}
            onLoadMore={() => chains.fetchNextPage()}
            shown={items.length}
            nouns={['value chain', 'value chains']}
          />
        </>
      ) : null}
    </section>
  );
}
