import { jsonb, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

/** Append-only: the app role may insert and read, never update or delete (see migration). */
export const auditLog = pgTable(
  'audit_log',
  {
    orgId: text('org_id').notNull(),
    id: text('id').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    actorUserId: text('actor_user_id'),
    actorApiKeyId: text('actor_api_key_id'),
    action: text('action').notNull(),
    subjectType: text('subject_type').notNull(),
    subjectId: text('subject_id').notNull(),
    changes: jsonb('changes').$type<Record<string, unknown>>().notNull(),
  },
  (table) => [primaryKey({ columns: [table.orgId, table.id] })],
);
