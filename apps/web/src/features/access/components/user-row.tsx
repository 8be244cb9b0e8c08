import type { TUser } from '@customeric/contracts';
import { ROLE_LABELS, ROLES, type TRole } from '@customeric/domain';
import { ConfirmButton } from '../../../components/ui/confirm-button.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { useCurrentSession } from '../../../lib/current-session.ts';
import { useUpdateUser } from '../api/update-user.ts';

interface TUserRowProps {
  user: TUser;
  canWrite: boolean;
}

export function UserRow({ user, canWrite }: TUserRowProps) {
  const { user: me } = useCurrentSession();
  const update = useUpdateUser();
  // Changing one's own role or switching oneself off could lock the last administrator out.
  const isSelf = user.id === me.id;
  const error = isApiError(update.error) ? update.error.problem.detail : update.error?.message;

  return (
    <tr className={user.active ? undefined : 'table__row--muted'}>
      <th scope="row">
        {user.name}
        {isSelf ? <span className="tag">you</span> : null}
      </th>
      <td className="table__nowrap">{user.email}</td>
      <td>
        {canWrite && !isSelf ? (
          <select
            className="input input--compact"
            aria-label={`Role of ${user.name}`}
            value={user.role}
            disabled={update.isPending}
            onChange={(event) =>
              update.mutate({ userId: user.id, changes: { role: event.target.value as TRole } })
            }
          >
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {ROLE_LABELS[role]}
              </option>
            ))}
          </select>
        ) : (
          ROLE_LABELS[user.role]
        )}
        {error ? (
          <p className="field__error" role="alert">
            {error}
          </p>
        ) : null}
      </td>
      <td>{user.isExecutive ? 'Yes' : 'No'}</td>
      <td>
        <span className={user.active ? 'status status--ready' : 'status status--muted'}>
          {user.active ? 'Active' : 'Deactivated'}
        </span>
      </td>
      {canWrite ? (
        <td className="table__actions">
          {isSelf ? null : user.active ? (
            <ConfirmButton
              label="Deactivate"
              question={`Deactivate ${user.name}?`}
              confirmLabel="Deactivate"
              pending={update.isPending}
              onConfirm={() => update.mutate({ userId: user.id, changes: { active: false } })}
            />
          ) : (
            <button
              type="button"
              className="button button--small"
              disabled={update.isPending}
              onClick={() => update.mutate({ userId: user.id, changes: { active: true } })}
            >
              Reactivate
            </button>
          )}
        </td>
      ) : null}
    </tr>
  );
}
