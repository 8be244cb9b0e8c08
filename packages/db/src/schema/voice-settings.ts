import { pgTable, smallint, text, timestamp } from 'drizzle-orm/pg-core';

/** The organisation's recontact rule and link validity; the defaults apply until saved. */
export const voiceSettings = pgTable('voice_settings', {
  orgId: text('org_id').primaryKey(),
  recontactDays: smallint('recontact_days').notNull().default(30),
  linkValidDays: smallint('link_valid_days').notNull().default(30),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
