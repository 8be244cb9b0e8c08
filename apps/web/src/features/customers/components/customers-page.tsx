import {
  CUSTOMER_STATUSES,
  RELATIONSHIP_LEVELS,
  type TCustomerStatus,
  type TRelationshipLevel,
} from '@customeric/domain';
import { useState } from 'react';
import { EmptyState } from '../../../components/ui/empty-state.tsx';
import { LoadMore } from '../../../components/ui/load-more.tsx';
import { Loading } from '../../../components/ui/loading.tsx';
import { PageHeader } from '../../../components/ui/page-header.tsx';
import { ProblemAlert } from '../../../components/ui/problem-alert.tsx';
import { useCan } from '../../../lib/permissions.ts';
import { useDebouncedValue } from '../../../lib/use-debounced-value.ts';
import { useCustomers } from '../api/get-customers.ts';
import { CustomerForm } from './customer-form.tsx';
import { LEVEL_LABELS, STATUS_LABELS } from './customer-labels.ts';
import { CustomersTable } from './customers-table.tsx';

export function CustomersPage() {
  const canWrite = useCan('customers.accounts.write');
  const [search, setSearch] = useState('');
  const [status, setStatus] = useState<TCustomerStatus | ''>('');
  const [level, setLevel] = useState<TRelationshipLevel | ''>('');
  const [creating, setCreating] = useState(false);
  const q = useDebouncedValue(search.trim());
  const customers = useCustomers({
    q: q || undefined,
    status: status || undefined,
    relationshipLevel: level || undefined,
  });
  const items = customers.data?.pages.flatMap((page) => page.items) ?? [];
  const filtered = Boolean(q || status || level);

  return (
    <>
      <PageHeader
        title="Customers"
        description="Every account with its contacts, and one timeline of everything that happened with it."
        actions={
          canWrite && !creating ? (
            <button
              type="button"
              className="button button--primary"
              onClick={() => setCreating(true)}
            >
              New customer
            </button>
          ) : null
        }
      />
      {creating ? <CustomerForm customer={null} onClose={() => setCreating(false)} /> : null}
      <search className="toolbar">
        <label className="toolbar__field">
          <span className="toolbar__label">Search</span>
          <input
            className="input"
            type="search"
            placeholder="Name, contact e-mail or external id"
            value={search}
            onChange={(event) => setSearch(event.target.value)}
          />
        </label>
        <label className="toolbar__field">
          <span className="toolbar__label">Status</span>
          <select
            className="input"
            value={status}
            onChange={(event) => setStatus(event.target.value as TCustomerStatus | '')}
          >
            <option value="">All</option>
            {CUSTOMER_STATUSES.map((value) => (
              <option key={value} value={value}>
                {STATUS_LABELS[value]}
              </option>
            ))}
          </select>
        </label>
        <label className="toolbar__field">
          <span className="toolbar__label">Relationship</span>
          <select
            className="input"
            value={level}
            onChange={(event) => setLevel(event.target.value as TRelationshipLevel | '')}
          >
            <option value="">All</option>
            {RELATIONSHIP_LEVELS.map((value) => (
              <option key={value} value={value}>
                {LEVEL_LABELS[value]}
              </option>
            ))}
          </select>
        </label>
        {customers.isFetching && !customers.isFetchingNextPage ? (
          <Loading label="Searching…" />
        ) : null}
      </search>
      {customers.isPending ? <Loading label="Loading customers…" /> : null}
      <ProblemAlert error={customers.error} title="The customers could not be loaded" />
      {customers.isSuccess && items.length === 0 ? (
        <EmptyState title={filtered ? 'No customer matches' : 'No customers yet'}>
          <p>
            {filtered
              ? 'Try part of the name, a contact’s e-mail address or the id another system uses.'
              : 'Add one with “New customer”, or let your CRM create them through the API.'}
          </p>
        </EmptyState>
      ) : null}
      {items.length > 0 ? (
        <>
          <CustomersTable customers={items} />
          <LoadMore
            hasNextPage={customers.hasNextPage}
            isFetchingNextPage={customers.isFetchingNextPage}
            onLoadMore={() => customers.fetchNextPage()}
            shown={items.length}
            nouns={['customer', 'customers']}
          />
        </>
      ) : null}
    </>
  );
}
