import type { TPermission } from '@customeric/domain';
import type { ReactNode } from 'react';
import { EmptyState } from '../../../components/ui/empty-state.tsx';
import { describePermission, useCan } from '../../../lib/permissions.ts';

interface TRequirePermissionProps {
  permission: TPermission;
  children: ReactNode;
}

/** For a tab opened by its address by someone whose role does not include it. */
export function RequirePermission({ permission, children }: TRequirePermissionProps) {
  if (useCan(permission)) return children;
  return (
    <EmptyState title="Your role does not include this">
      <p>
        This page needs the permission “{describePermission(permission)}”. Ask an administrator if
        you need it.
      </p>
    </EmptyState>
  );
}
