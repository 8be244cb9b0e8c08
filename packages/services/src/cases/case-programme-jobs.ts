import { ZId } from '@customeric/contracts';
import { listOrganizationIds, type TDatabase } from '@customeric/db';
import { z } from 'zod';
import { defineJob, type TJobContext } from '../jobs/define-job.ts';
import { mailerFromEnvironment, type TMailer } from '../mail/create-mailer.ts';
import { checkCaseClocks } from './clocks/check-case-clocks.ts';
import { openFollowUpCases } from './closed-loop/open-follow-up-cases.ts';
import { remindOverdueAssignments } from './programme/remind-overdue-assignments.ts';
import { runProgrammeAssignment } from './programme/run-programme-assignment.ts';

const ZSweep = z.object({
  orgId: ZId('org').optional().meta({ description: 'One organisation; every one when left out' }),
  now: z.iso
    .datetime({ offset: true })
    .optional()
    .meta({ description: 'Tests only: the moment to act at' }),
});
type TSweep = z.infer<typeof ZSweep>;

type TWork = (
  database: TDatabase,
  orgId: string,
  now: Date | undefined,
  mailer: TMailer | null,
) => Promise<unknown>;

/**
 * A sweep: the organisation named, or every one in turn (the scheduled run), each on its own;
 * one that fails is logged and the others still run. E-mails go out through the SMTP settings
 * of the environment, as the case notifications' do.
 */
function sweep(name: string, work: TWork) {
  return async (data: TSweep, context: TJobContext) => {
    const orgIds = data.orgId ? [data.orgId] : await listOrganizationIds(context.database);
    const now = data.now ? new Date(data.now) : undefined;
    const mailer = mailerFromEnvironment(process.env);
    let failed: unknown = null;
    try {
      for (const orgId of orgIds) {
        try {
          await work(context.database, orgId, now, mailer);
        } catch (error) {
          context.log(`${name} failed for ${orgId}: ${(error as Error).message}`, { orgId });
          failed = error;
        }
      }
    } finally {
      mailer?.close();
    }
    // A job for one organisation is retried; a sweep tries again at its next minute.
    if (failed && data.orgId) throw failed;
  };
}

const at = (now: Date | undefined) => (now ? { now } : {});

/** Every minute: warnings, breaches and escalations of case clocks, raised once each. */
export const checkCaseClocksJob = defineJob({
  name: 'cases.check-clocks',
  cron: '* * * * *',
  schema: ZSweep,
  handler: sweep('cases.check-clocks', (database, orgId, now, mailer) =>
    checkCaseClocks(database, { orgId, ...at(now) }, mailer),
  ),
});

/** Every minute: a follow-up case for each new detractor's survey answer (the closed loop). */
export const followUpDetractorsJob = defineJob({
  name: 'cases.follow-up-detractors',
  cron: '* * * * *',
  schema: ZSweep,
  handler: sweep('cases.follow-up-detractors', (database, orgId, now) =>
    openFollowUpCases(database, { orgId, ...at(now) }),
  ),
});

/** On the first of each month at 06:00 UTC: the executive programme's assignments. */
export const assignProgrammeJob = defineJob({
  name: 'cases.assign-programme',
  cron: '0 6 1 * *',
  schema: ZSweep,
  handler: sweep('cases.assign-programme', (database, orgId, now, mailer) =>
    runProgrammeAssignment(database, { orgId, ...at(now) }, mailer),
  ),
});

/** Every day at 07:00 UTC: one reminder per executive with overdue complaints. */
export const remindProgrammeJob = defineJob({
  name: 'cases.remind-programme',
  cron: '0 7 * * *',
  schema: ZSweep,
  handler: sweep('cases.remind-programme', (database, orgId, now, mailer) =>
    remindOverdueAssignments(database, { orgId, ...at(now) }, mailer),
  ),
});

export const CASE_PROGRAMME_JOBS = [
  checkCaseClocksJob,
  followUpDetractorsJob,
  assignProgrammeJob,
  remindProgrammeJob,
];
