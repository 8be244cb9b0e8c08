import type { TAuditEntry } from '@customeric/contracts';
import { formatChanges, formatDateTime, shortenId } from '../../../lib/format.ts';
import { useCan } from '../../../lib/permissions.ts';
import { useUsers } from '../api/get-users.ts';

interface TAuditTableProps {
  entries: readonly TAuditEntry[];
}

/**
 * The audit entry names its actor by id only; the first page of users (already cached when
 * the Users tab was open) turns most of them into names.
 */
function useActorNames(): ReadonlyMap<string, string> {
  const canReadUsers = useCan('access.users.read');
  const users = useUsers({}, canReadUsers);
  const names = new Map<string, string>();
  for (const user of users.data?.pages[0]?.items ?? []) names.set(user.id, user.name);
  return names;
}

function describeActor(entry: TAuditEntry, names: ReadonlyMap<string, string>): string {
  if (entry.actorUserId) return names.get(entry.actorUserId) ?? shortenId(entry.actorUserId);
  if (entry.actorApiKeyId) return `API key ${shortenId(entry.actorApiKeyId)}`;
  return 'System';
}

export function AuditTable({ entries }: TAuditTableProps) {
  const names = useActorNames();
  return (
    <div className="table-wrap">
      <table className="table">
        <thead>
          <tr>
            <th scope="col">Time</th>
            <th scope="col">Action</th>
            <th scope="col">Subject</th>
            <th scope="col">Actor</th>
            <th scope="col">Changes</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => {
            const changes = formatChanges(entry.changes);
            return (
              <tr key={entry.id}>
                <td className="table__nowrap">
                  <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>
                </td>
                <td>
                  <code>{entry.action}</code>
                </td>
                <td className="table__nowrap" title={entry.subjectId}>
                  {entry.subjectType} {names.get(entry.subjectId) ?? shortenId(entry.subjectId)}
                </td>
                <td
                  className="table__nowrap"
                  title={entry.actorUserId ?? entry.actorApiKeyId ?? undefined}
                >
                  {describeActor(entry, names)}
                </td>
                <td>
                  {changes.length === 0 ? (
                    '—'
                  ) : (
                    <ul className="changes" title={JSON.stringify(entry.changes, null, 2)}>
                      {changes.map((line) => (
                        <li key={line}>
                          <code>{line}</code>
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
