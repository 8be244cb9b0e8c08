import { pgTable, primaryKey, text } from 'drizzle-orm/pg-core';

/** The departments that own a stage: one or more. */
export const valueChainStageOwners = pgTable(
  'value_chain_stage_owners',
  {
    orgId: text('org_id').notNull(),
    stageId: text('stage_id').notNull(),
    departmentId: text('department_id').notNull(),
  },
  (table) => [primaryKey({ columns: [table.orgId, table.stageId, table.departmentId] })],
);
