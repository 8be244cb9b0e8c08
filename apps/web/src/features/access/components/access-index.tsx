import { Navigate } from 'react-router';
import { usePermissions } from '../../../lib/permissions.ts';
import { getAllowedTabs } from '../access-tabs.ts';

/** /access opens the first tab the person may use. */
export function AccessIndex() {
  const [first] = getAllowedTabs(usePermissions());
  return first ? <Navigate to={first.path} replace /> : null;
}
