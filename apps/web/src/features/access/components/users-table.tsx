import type { TUser } from '@customeric/contracts';
import { UserRow } from './user-row.tsx';

interface TUsersTableProps {
  users: readonly TUser[];
  canWrite: boolean;
}

export function UsersTable({ users, canWrite }: TUsersTableProps) {
  return (
    <div className="table-wrap">
      <table className="table">
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">E-mail</th>
            <th scope="col">Role</th>
            <th scope="col">Executive</th>
            <th scope="col">Active</th>
            {canWrite ? (
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {users.map((user) => (
            <UserRow key={user.id} user={user} canWrite={canWrite} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
