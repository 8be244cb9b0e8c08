import type { TApiKey } from '@customeric/contracts';
import { ConfirmButton } from '../../../components/ui/confirm-button.tsx';
import { ProblemAlert } from '../../../components/ui/problem-alert.tsx';
import { formatDateTime } from '../../../lib/format.ts';
import { useRevokeApiKey } from '../api/revoke-api-key.ts';

interface TApiKeysTableProps {
  apiKeys: readonly TApiKey[];
  canWrite: boolean;
}

export function ApiKeysTable({ apiKeys, canWrite }: TApiKeysTableProps) {
  const revoke = useRevokeApiKey();
  return (
    <>
      <ProblemAlert error={revoke.error} title="The key was not revoked" />
      <div className="table-wrap">
        <table className="table">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Prefix</th>
              <th scope="col">Scopes</th>
              <th scope="col">Created</th>
              <th scope="col">Last used</th>
              <th scope="col">Revoked</th>
              {canWrite ? (
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody>
            {apiKeys.map((key) => (
              <tr key={key.id} className={key.revokedAt ? 'table__row--muted' : undefined}>
                <th scope="row">{key.name}</th>
                <td>
                  <code>{key.prefix}</code>
                </td>
                <td>
                  <ul className="chip-list">
                    {key.scopes.map((scope) => (
                      <li key={scope} className="chip">
                        {scope}
                      </li>
                    ))}
                  </ul>
                </td>
                <td className="table__nowrap">{formatDateTime(key.createdAt)}</td>
                <td className="table__nowrap">{formatDateTime(key.lastUsedAt) || 'Never'}</td>
                <td className="table__nowrap">{formatDateTime(key.revokedAt) || 'No'}</td>
                {canWrite ? (
                  <td className="table__actions">
                    {key.revokedAt ? null : (
                      <ConfirmButton
                        label="Revoke"
                        question={`Revoke “${key.name}”? Systems using it stop working.`}
                        confirmLabel="Revoke"
                        pending={revoke.isPending && revoke.variables === key.id}
                        onConfirm={() => revoke.mutate(key.id)}
                      />
                    )}
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
