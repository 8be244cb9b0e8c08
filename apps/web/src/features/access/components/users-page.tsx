import { ROLE_LABELS, ROLES, type TRole } from '@customeric/domain';
import { useState } from 'react';
import { EmptyState } from '../../../components/ui/empty-state.tsx';
import { LoadMore } from '../../../components/ui/load-more.tsx';
import { Loading } from '../../../components/ui/loading.tsx';
import { ProblemAlert } from '../../../components/ui/problem-alert.tsx';
import { useCan } from '../../../lib/permissions.ts';
import { useDebouncedValue } from '../../../lib/use-debounced-value.ts';
import { useUsers } from '../api/get-users.ts';
import { NewUserForm } from './new-user-form.tsx';
import { UsersTable } from './users-table.tsx';

export function UsersPage() {
  const canWrite = useCan('access.users.write');
  const [search, setSearch] = useState('');
  const [role, setRole] = useState<TRole | ''>('');
  const [creating, setCreating] = useState(false);
  const q = useDebouncedValue(search.trim());
  const users = useUsers({ q: q || undefined, role: role || undefined });
  const items = users.data?.pages.flatMap((page) => page.items) ?? [];
  const filtered = Boolean(q || role);

  return (
    <section aria-labelledby="users-title">
      <title>Users · Access · Customeric</title>
      <div className="section-heading">
        <h2 id="users-title">Users</h2>
        {canWrite && !creating ? (
          <button
            type="button"
            className="button button--primary"
            onClick={() => setCreating(true)}
          >
            New user
          </button>
        ) : null}
      </div>
      {creating ? <NewUserForm onClose={() => setCreating(false)} /> : null}
      <search className="toolbar">
        <label className="toolbar__field">
          <span className="toolbar__label">Search</span>
          <input
            className="input"
            type="search"
            name="q"
            placeholder="Name or e-mail"
            value={search}
            onChange={(event) => setSearch(event.target.value)}
          />
        </label>
        <label className="toolbar__field">
          <span className="toolbar__label">Role</span>
          <select
            className="input"
            name="role"
            value={role}
            onChange={(event) => setRole(event.target.value as TRole | '')}
          >
            <option value="">All roles</option>
            {ROLES.map((value) => (
              <option key={value} value={value}>
                {ROLE_LABELS[value]}
              </option>
            ))}
          </select>
        </label>
        {users.isFetching && !users.isFetchingNextPage ? <Loading label="Searching…" /> : null}
      </search>
      {users.isPending ? <Loading label="Loading users…" /> : null}
      <ProblemAlert error={users.error} title="The users could not be loaded" />
      {users.isSuccess && items.length === 0 ? (
        filtered ? (
          <EmptyState title="No user matches">
            <p>Try another spelling, part of the e-mail address, or “All roles”.</p>
          </EmptyState>
        ) : (
          <EmptyState title="No users yet">
            <p>{canWrite ? 'Add the first one with “New user”.' : 'An administrator adds them.'}</p>
          </EmptyState>
        )
      ) : null}
      {items.length > 0 ? (
        <>
          <UsersTable users={items} canWrite={canWrite} />
          <LoadMore
            hasNextPage={users.hasNextPage}
            isFetchingNextPage={users.isFetchingNextPage}
            onLoadMore={() => users.fetchNextPage()}
            shown={items.length}
            nouns={['user', 'users']}
          />
        </>
      ) : null}
    </section>
  );
}
