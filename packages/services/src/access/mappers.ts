import type { TApiKey, TAuditEntry, TOrganization, TUser } from '@customeric/contracts';
import type { schema } from '@customeric/db';
import type { TRole } from '@customeric/domain';

type TUserRow = typeof schema.users.$inferSelect;
type TOrganizationRow = typeof schema.organizations.$inferSelect;
type TApiKeyRow = typeof schema.apiKeys.$inferSelect;
type TAuditRow = typeof schema.auditLog.$inferSelect;

const iso = (value: Date | null): string | null => (value ? value.toISOString() : null);

export function toUser(row: TUserRow): TUser {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role as TRole,
    departmentId: row.departmentId,
    isExecutive: row.isExecutive,
    active: row.active,
    createdAt: row.createdAt.toISOString(),
  };
}

export function toOrganization(row: TOrganizationRow): TOrganization {
  return { id: row.orgId, slug: row.slug, name: row.name, createdAt: row.createdAt.toISOString() };
}

export function toApiKey(row: TApiKeyRow): TApiKey {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    scopes: row.scopes,
    createdAt: row.createdAt.toISOString(),
    lastUsedAt: iso(row.lastUsedAt),
    revokedAt: iso(row.revokedAt),
  };
}

export function toAuditEntry(row: TAuditRow): TAuditEntry {
  return {
    id: row.id,
    at: row.at.toISOString(),
    actorUserId: row.actorUserId,
    actorApiKeyId: row.actorApiKeyId,
    action: row.action,
    subjectType: row.subjectType,
    subjectId: row.subjectId,
    changes: row.changes,
  };
}
