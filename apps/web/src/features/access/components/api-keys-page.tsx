import type { TCreateApiKeyResponse } from '@customeric/contracts';
import { useState } from 'react';
import { EmptyState } from '../../../components/ui/empty-state.tsx';
import { LoadMore } from '../../../components/ui/load-more.tsx';
import { Loading } from '../../../components/ui/loading.tsx';
import { ProblemAlert } from '../../../components/ui/problem-alert.tsx';
import { useCan } from '../../../lib/permissions.ts';
import { useApiKeys } from '../api/get-api-keys.ts';
import { ApiKeysTable } from './api-keys-table.tsx';
import { NewApiKeyForm } from './new-api-key-form.tsx';
import { SecretBox } from './secret-box.tsx';

export function ApiKeysPage() {
  const canWrite = useCan('access.keys.write');
  const apiKeys = useApiKeys();
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<TCreateApiKeyResponse | null>(null);
  const items = apiKeys.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <section aria-labelledby="api-keys-title">
      <title>API keys · Access · Customeric</title>
      <div className="section-heading">
        <h2 id="api-keys-title">API keys</h2>
        {canWrite && !creating && !created ? (
          <button
            type="button"
            className="button button--primary"
            onClick={() => setCreating(true)}
          >
            New API key
          </button>
        ) : null}
      </div>
      <p className="muted">
        Other systems use API keys to push events, customers and survey answers in. A key can do
        only what its scopes allow, and it never manages users or keys.
      </p>
      {created ? (
        <SecretBox
          name={created.apiKey.name}
          secret={created.secret}
          onDone={() => setCreated(null)}
        />
      ) : null}
      {creating ? (
        <NewApiKeyForm
          onCancel={() => setCreating(false)}
          onCreated={(response) => {
            setCreating(false);
            setCreated(response);
          }}
        />
      ) : null}
      {apiKeys.isPending ? <Loading label="Loading API keys…" /> : null}
      <ProblemAlert error={apiKeys.error} title="The API keys could not be loaded" />
      {apiKeys.isSuccess && items.length === 0 ? (
        <EmptyState title="No API keys yet">
          <p>
            {canWrite
              ? 'Create one with “New API key” when another system needs to talk to Customeric.'
              : 'An administrator creates them when another system needs to talk to Customeric.'}
          </p>
        </EmptyState>
      ) : null}
      {items.length > 0 ? (
        <>
          <ApiKeysTable apiKeys={items} canWrite={canWrite} />
          <LoadMore
            hasNextPage={apiKeys.hasNextPage}
            isFetchingNextPage={apiKeys.isFetchingNextPage}
            onLoadMore={() => apiKeys.fetchNextPage()}
            shown={items.length}
            nouns={['key', 'keys']}
          />
        </>
      ) : null}
    </section>
  );
}
