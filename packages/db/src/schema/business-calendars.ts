import { boolean, date, jsonb, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

export interface TBusinessHoursRow {
  day: number;
  open: string;
  close: string;
}

/** Working hours, time zone and holidays: what "4 business hours" means for a promise. */
export const businessCalendars = pgTable(
  'business_calendars',
  {
    orgId: text('org_id').notNull(),
    id: text('id').notNull(),
    name: text('name').notNull(),
    timeZone: text('time_zone').notNull(),
    week: jsonb('week').$type<TBusinessHoursRow[]>().notNull(),
    holidays: date('holidays', { mode: 'string' }).array().notNull().default([]),
    isDefault: boolean('is_default').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.orgId, table.id] })],
);
