import { ZCaseFilters } from '@customeric/contracts';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { EmptyState } from '../../../components/ui/empty-state.tsx';
import { LoadMore } from '../../../components/ui/load-more.tsx';
import { Loading } from '../../../components/ui/loading.tsx';
import { ProblemAlert } from '../../../components/ui/problem-alert.tsx';
import { useCan } from '../../../lib/permissions.ts';
import { useDebouncedValue } from '../../../lib/use-debounced-value.ts';
import { type TCaseListState, useCases } from '../api/get-cases.ts';
import { BulkBar } from './bulk-bar.tsx';
import { CaseFilters } from './case-filters.tsx';
import { CasesTable } from './cases-table.tsx';
import { NewCaseForm } from './new-case-form.tsx';
import { SavedViews } from './saved-views.tsx';
import { ShortcutHelp } from './shortcut-help.tsx';
import { useListKeys } from './use-list-keys.ts';

const START: TCaseListState = { filters: { statusCategory: 'active' }, sort: '-openedAt' };

/**
 * Filters handed over in the address (an evidence link from "why it moved", say
 * /cases?bounced=true) open the list filtered; without them, or with bad ones, the default list.
 */
function startFrom(params: URLSearchParams): TCaseListState {
  if ([...params.keys()].length === 0) return START;
  const parsed = ZCaseFilters.safeParse(Object.fromEntries(params));
  return parsed.success ? { filters: parsed.data, sort: START.sort } : START;
}

/** The case list: filters and saved views, bulk actions, and a keyboard to work it with. */
export function CasesPage() {
  const canWrite = useCan('cases.write');
  const canSaveViews = useCan('cases.views.write');
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [state, setState] = useState<TCaseListState>(() => startFrom(params));
  const [search, setSearch] = useState('');
  const q = useDebouncedValue(search.trim());
  const query = useMemo(
    () => ({ ...state, filters: { ...state.filters, q: q || undefined } }),
    [state, q],
  );
  const cases = useCases(query);
  const items = useMemo(() => cases.data?.pages.flatMap((page) => page.items) ?? [], [cases.data]);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [cursor, setCursor] = useState(0);
  const [help, setHelp] = useState(false);
  const [creating, setCreating] = useState(false);
  const searchRef = useRef<HTMLInputElement>(null);

  useEffect(() => setCursor((at) => Math.min(at, Math.max(0, items.length - 1))), [items.length]);
  const toggle = (id: string) =>
    setSelected((now) => {
      const next = new Set(now);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  useListKeys({
    onMove: (delta) => {
      const next = Math.min(Math.max(0, cursor + delta), items.length - 1);
      setCursor(next);
      document
        .querySelector(`[data-case-id="${items[next]?.id}"]`)
        ?.scrollIntoView({ block: 'nearest' });
    },
    onToggle: () => items[cursor] && toggle(items[cursor].id),
    onOpen: () => items[cursor] && navigate(`/cases/${items[cursor].id}`),
    onSearch: () => searchRef.current?.focus(),
    onHelp: () => setHelp((shown) => !shown),
    onEscape: () => setHelp(false),
  });
  const chosen = items.filter((item) => selected.has(item.id));
  const filtered = Object.values(query.filters).some(Boolean);

  return (
    <>
      <div className="cases-head">
        <SavedViews current={state} onApply={(next) => setState(next)} canSave={canSaveViews} />
        <div className="cases-head__actions">
          <button type="button" className="button button--ghost" onClick={() => setHelp(true)}>
            Shortcuts <kbd>?</kbd>
          </button>
          {canWrite && !creating ? (
            <button
              type="button"
              className="button button--primary"
              onClick={() => setCreating(true)}
            >
              New case
            </button>
          ) : null}
        </div>
      </div>
      {creating ? <NewCaseForm onClose={() => setCreating(false)} /> : null}
      <CaseFilters
        search={search}
        onSearch={setSearch}
        searchRef={searchRef}
        filters={state.filters}
        onChange={(filters) => setState({ ...state, filters })}
        sort={state.sort}
        onSort={(sort) => setState({ ...state, sort })}
      />
      {canWrite && chosen.length > 0 ? (
        <BulkBar selected={chosen} onDone={() => setSelected(new Set())} />
      ) : null}
      {cases.isPending ? <Loading label="Loading cases…" /> : null}
      <ProblemAlert error={cases.error} title="The cases could not be loaded" />
      {cases.isSuccess && items.length === 0 ? (
        <EmptyState title={filtered ? 'No case matches' : 'No cases yet'}>
          <p>
            {filtered
              ? 'Loosen a filter, or pick “All open cases” under View.'
              : 'Open one with “New case” when a customer raises a problem, or send case.opened events from your help desk: each opens a case.'}
          </p>
        </EmptyState>
      ) : null}
      {items.length > 0 ? (
        <>
          <CasesTable
            cases={items}
            selected={selected}
            cursor={cursor}
            onToggle={toggle}
            onToggleAll={() =>
              setSelected(
                items.every((item) => selected.has(item.id))
                  ? new Set()
                  : new Set(items.map((item) => item.id)),
              )
            }
          />
          <LoadMore
            hasNextPage={cases.hasNextPage}
            isFetchingNextPage={cases.isFetchingNextPage}
            onLoadMore={() => cases.fetchNextPage()}
            shown={items.length}
            nouns={['case', 'cases']}
          />
        </>
      ) : null}
      {help ? <ShortcutHelp onClose={() => setHelp(false)} /> : null}
    </>
  );
}
