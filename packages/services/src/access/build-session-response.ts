import type { TSessionResponse } from '@customeric/contracts';
import type { schema } from '@customeric/db';
import { permissionsOfRole, type TRole } from '@customeric/domain';
import { toOrganization, toUser } from './mappers.ts';

export function buildSessionResponse(input: {
  user: typeof schema.users.$inferSelect;
  organization: typeof schema.organizations.$inferSelect;
  csrfToken: string;
  expiresAt: Date;
}): TSessionResponse {
  return {
    user: toUser(input.user),
    organization: toOrganization(input.organization),
    permissions: permissionsOfRole(input.user.role as TRole),
    csrfToken: input.csrfToken,
    expiresAt: input.expiresAt.toISOString(),
  };
}
