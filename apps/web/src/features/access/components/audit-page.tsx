import { EmptyState } from '../../../components/ui/empty-state.tsx';
import { LoadMore } from '../../../components/ui/load-more.tsx';
import { Loading } from '../../../components/ui/loading.tsx';
import { ProblemAlert } from '../../../components/ui/problem-alert.tsx';
import { useAuditLog } from '../api/get-audit-log.ts';
import { AuditTable } from './audit-table.tsx';

export function AuditPage() {
  const audit = useAuditLog();
  const items = audit.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <section aria-labelledby="audit-title">
      <title>Audit log · Access · Customeric</title>
      <div className="section-heading">
        <h2 id="audit-title">Audit log</h2>
      </div>
      <p className="muted">Every change to users, roles and API keys, newest first.</p>
      {audit.isPending ? <Loading label="Loading the audit log…" /> : null}
      <ProblemAlert error={audit.error} title="The audit log could not be loaded" />
      {audit.isSuccess && items.length === 0 ? (
        <EmptyState title="Nothing has changed yet">
          <p>
            Entries appear here as soon as someone creates a user, changes a role or manages an API
            key.
          </p>
        </EmptyState>
      ) : null}
      {items.length > 0 ? (
        <>
          <AuditTable entries={items} />
          <LoadMore
            hasNextPage={audit.hasNextPage}
            isFetchingNextPage={audit.isFetchingNextPage}
            onLoadMore={() => audit.fetchNextPage()}
            shown={items.length}
            nouns={['entry', 'entries']}
          />
        </>
      ) : null}
    </section>
  );
}
