import { bigint, boolean, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * The themes of each answer. A theme holds when `applies`; a row that does not apply is a
 * theme taken off by hand, kept so that running the rules again does not put it back.
 */
export const answerThemes = pgTable(
  'answer_themes',
  {
    orgId: text('org_id').notNull(),
    answerId: bigint('answer_id', { mode: 'bigint' }).notNull(),
    themeId: text('theme_id').notNull(),
    origin: text('origin').notNull(),
    applies: boolean('applies').notNull().default(true),
    taggedBy: text('tagged_by'),
    taggedAt: timestamp('tagged_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.orgId, table.answerId, table.themeId] })],
);
