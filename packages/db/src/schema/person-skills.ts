import { pgTable, primaryKey, smallint, text } from 'drizzle-orm/pg-core';

/** A person's skills: free tags (lower case) with a level from 1 to 5. */
export const personSkills = pgTable(
  'person_skills',
  {
    orgId: text('org_id').notNull(),
    userId: text('user_id').notNull(),
    tag: text('tag').notNull(),
    level: smallint('level').notNull(),
  },
  (table) => [primaryKey({ columns: [table.orgId, table.userId, table.tag] })],
);
