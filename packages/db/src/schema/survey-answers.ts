import { bigint, jsonb, pgTable, primaryKey, smallint, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * One row per answer, with a snapshot at answer time of where it happened and who answered,
 * so the scores can be grouped by department, stage, value chain, touchpoint, segment and
 * relationship level without a join. The app role may insert and read, never change one.
 */
export const surveyAnswers = pgTable(
  'survey_answers',
  {
    orgId: text('org_id').notNull(),
    id: bigint('id', { mode: 'bigint' }).generatedAlwaysAsIdentity(),
    surveyId: text('survey_id').notNull(),
    kind: text('kind').notNull(),
    score: smallint('score').notNull(),
    answeredAt: timestamp('answered_at', { withTimezone: true }).notNull(),
    customerId: text('customer_id').notNull(),
    contactId: text('contact_id'),
    invitationId: text('invitation_id'),
    eventId: bigint('event_id', { mode: 'bigint' }),
    touchpointType: text('touchpoint_type'),
    departmentId: text('department_id'),
    valueChainId: text('value_chain_id'),
    stageId: text('stage_id'),
    segment: text('segment'),
    relationshipLevel: text('relationship_level').notNull(),
    comment: text('comment'),
    language: text('language'),
    extra: jsonb('extra').$type<Record<string, string | number>>().notNull().default({}),
    via: text('via').notNull(),
    source: text('source').notNull(),
    externalId: text('external_id').notNull(),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.orgId, table.id] })],
);
