import {
  boolean,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
} from 'drizzle-orm/pg-core';

/**
 * Which cases run which clocks (first answer, resolution, at most N handoffs), on which
 * business calendar, with the warning threshold and up to four escalation levels. `clocks`
 * and `escalations` are checked by the API's Zod schemas before they are stored.
 */
export const caseClockPolicies = pgTable(
  'case_clock_policies',
  {
    orgId: text('org_id').notNull(),
    id: text('id').notNull(),
    name: text('name').notNull(),
    position: integer('position').notNull().default(0),
    priorities: text('priorities').array().notNull().default([]),
    categories: text('categories').array().notNull().default([]),
    sourceKinds: text('source_kinds').array().notNull().default([]),
    calendarId: text('calendar_id'),
    clocks: jsonb('clocks').$type<unknown[]>().notNull(),
    warnAtPercent: smallint('warn_at_percent').notNull().default(75),
    escalations: jsonb('escalations').$type<unknown[]>().notNull().default([]),
    active: boolean('active').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.orgId, table.id] })],
);
