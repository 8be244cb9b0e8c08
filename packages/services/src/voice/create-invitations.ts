import type {
  TCreateInvitationsRequest,
  TCreateInvitationsResult,
  TInvited,
  TSkipped,
} from '@customeric/contracts';
import { newId, schema, type TTransaction, withTenant } from '@customeric/db';
import { decideInvitation } from '@customeric/domain';
import { sql } from 'drizzle-orm';
import { recordAudit } from '../access/record-audit.ts';
import { AppError } from '../common/app-error.ts';
import type { TActor, TServiceContext } from '../common/context.ts';
import { loadInvitationTargets, type TTarget } from './invitation-targets.ts';
import { newSurveyToken, surveyLinkPath } from './survey-links.ts';
import { findSurveyRow } from './survey-query.ts';
import { readVoiceSettings } from './voice-settings.ts';

const DAY = 86_400_000;

/** The event a survey asks about must exist and be about the customer invited. */
async function assertEvent(tx: TTransaction, eventId: string | null, targets: TTarget[]) {
  if (!eventId) return null;
  const id = eventId.slice(4);
  const result = await tx.execute<{ customer_id: string }>(
    sql`SELECT customer_id FROM events WHERE id = ${id}::bigint`,
  );
  const customerId = result.rows[0]?.customer_id;
  const problem = !customerId
    ? 'is not an event of this organisation'
    : targets.some((target) => target.customerId !== customerId)
      ? 'is about another customer than the one invited'
      : null;
  if (problem)
    throw new AppError('validation_failed', {
      detail: `The event ${eventId} ${problem}.`,
      errors: [{ pointer: '/eventId', message: problem }],
    });
  return BigInt(id);
}

function decide(targets: TTarget[], now: Date, recontactDays: number) {
  const seen = new Set<string>();
  const invite: (TTarget & { contactId: string; contactName: string })[] = [];
  const skipped: TSkipped[] = [];
  for (const target of targets) {
    const decision = seen.has(target.contactId ?? '')
      ? {
          invite: false as const,
          reason: 'duplicate' as const,
          detail: 'This contact is named twice in this request.',
          until: null,
        }
      : decideInvitation(target, { now, recontactDays });
    if (decision.invite && target.contactId && target.contactName) {
      seen.add(target.contactId);
      invite.push({ ...target, contactId: target.contactId, contactName: target.contactName });
    } else if (!decision.invite)
      skipped.push({
        customerId: target.customerId,
        customerName: target.customerName,
        contactId: target.contactId,
        contactName: target.contactName,
        reason: decision.reason,
        detail: decision.detail,
        until: decision.until?.toISOString() ?? null,
      });
  }
  return { invite, skipped };
}

async function insertInvitations(
  tx: TTransaction,
  actor: TActor,
  surveyId: string,
  targets: ReturnType<typeof decide>['invite'],
  options: { now: Date; expiresAt: Date; eventId: bigint | null },
): Promise<TInvited[]> {
  const made = targets.map((target) => ({
    target,
    id: newId('inv'),
    ...newSurveyToken(actor.orgId),
  }));
  if (made.length === 0) return [];
  await tx.insert(schema.surveyInvitations).values(
    made.map(({ target, id, hash }) => ({
      orgId: actor.orgId,
      id,
      surveyId,
      customerId: target.customerId,
      contactId: target.contactId,
      tokenHash: hash,
      eventId: options.eventId,
      createdBy: actor.userId,
      createdByKey: actor.apiKeyId,
      sentAt: options.now,
      expiresAt: options.expiresAt,
    })),
  );
  return made.map(({ target, id, token }) => ({
    invitationId: id,
    customerId: target.customerId,
    customerName: target.customerName,
    contactId: target.contactId,
    contactName: target.contactName,
    email: target.email,
    link: surveyLinkPath(token),
    expiresAt: options.expiresAt.toISOString(),
  }));
}

/**
 * Makes one unique link per contact, for the customers' primary contacts or the contacts
 * named, refusing by name and reason whoever the recontact rule (or their status) excludes.
 * Invitations of one organisation are made one request at a time, so two requests at once
 * cannot both invite the same contact.
 */
export async function createInvitations(
  context: TServiceContext,
  surveyId: string,
  request: TCreateInvitationsRequest,
  now: Date = new Date(),
): Promise<TCreateInvitationsResult> {
  const { actor } = context;
  return withTenant(context.database, actor.orgId, async (tx) => {
    await tx.execute(
      sql`SELECT pg_advisory_xact_lock(hashtextextended(${`${actor.orgId}/survey-invitations`}, 7311))`,
    );
    const survey = await findSurveyRow(tx, surveyId);
    if (survey.status !== 'active' && !request.dryRun)
      throw new AppError('conflict', {
        detail: `The survey is ${survey.status}: activate it before inviting customers (a dry run works on drafts too).`,
      });
    const settings = await readVoiceSettings(tx);
    const recontactDays = survey.recontactDays ?? settings.recontactDays;
    const targets = await loadInvitationTargets(tx, request);
    const eventId = await assertEvent(tx, request.eventId, targets);
    const { invite, skipped } = decide(targets, now, recontactDays);
    const expiresAt = new Date(now.getTime() + settings.linkValidDays * DAY);
    if (request.dryRun)
      return {
        dryRun: true,
        recontactDays,
        skipped,
        invited: invite.map((target) => ({
          invitationId: null,
          customerId: target.customerId,
          customerName: target.customerName,
          contactId: target.contactId,
          contactName: target.contactName,
          email: target.email,
          link: null,
          expiresAt: expiresAt.toISOString(),
        })),
      };
    const invited = await insertInvitations(tx, actor, surveyId, invite, {
      now,
      expiresAt,
      eventId,
    });
    await recordAudit(tx, actor, {
      action: 'survey.invitations_created',
      subjectType: 'survey',
      subjectId: surveyId,
      changes: { invited: invited.length, skipped: skipped.length },
    });
    return { dryRun: false, recontactDays, invited, skipped };
  });
}
