import { schema, type TTransaction } from '@customeric/db';
import { mentionsToPlainText } from '@customeric/domain';
import { and, eq, inArray, ne } from 'drizzle-orm';
import type { TActor } from '../common/context.ts';
import { queueMail, type TQueuedMail } from '../mail/queue-mail.ts';

type TCaseNoticeKind = 'case.assigned' | 'case.handed_to_department' | 'case.mentioned';

export interface TCaseNotice {
  kind: TCaseNoticeKind;
  toUserId: string;
  caseId: string;
  caseSubject: string;
  /** The department the case was handed to, or the comment that mentions the person. */
  detail?: string;
}

interface TRecipient {
  id: string;
  name: string;
  email: string;
}

function compose(notice: TCaseNotice, to: TRecipient, by: string): TQueuedMail {
  const subjects: Record<TCaseNoticeKind, string> = {
    'case.assigned': `Case assigned to you: ${notice.caseSubject}`,
    'case.handed_to_department': `Case handed to ${notice.detail ?? 'your department'}: ${notice.caseSubject}`,
    'case.mentioned': `${by} mentioned you on a case: ${notice.caseSubject}`,
  };
  const lines: Record<TCaseNoticeKind, string> = {
    'case.assigned': `${by} made you the owner of the case “${notice.caseSubject}”.`,
    'case.handed_to_department': `${by} handed the case “${notice.caseSubject}” to ${notice.detail ?? 'your department'}.`,
    'case.mentioned': `${by} mentioned you on the case “${notice.caseSubject}”:\n\n${mentionsToPlainText(notice.detail ?? '')}`,
  };
  return {
    kind: notice.kind,
    toUserId: to.id,
    toAddress: to.email,
    subject: subjects[notice.kind].slice(0, 300),
    bodyText: `Hello ${to.name},\n\n${lines[notice.kind]}`,
    linkPath: `/cases/${notice.caseId}`,
    subjectType: 'case',
    subjectId: notice.caseId,
  };
}

/**
 * Queues the e-mails of these notices in the caller's transaction. Nobody is told about what
 * they did themselves, inactive people get nothing, and a person gets one mail per kind and
 * case however often a request names them.
 */
export async function notifyCase(
  tx: TTransaction,
  actor: TActor,
  notices: readonly TCaseNotice[],
): Promise<void> {
  const wanted = notices.filter((notice) => notice.toUserId !== actor.userId);
  if (wanted.length === 0) return;
  const ids = [...new Set([...wanted.map((notice) => notice.toUserId), actor.userId ?? ''])];
  const people = await tx
    .select({ id: schema.users.id, name: schema.users.name, email: schema.users.email })
    .from(schema.users)
    .where(and(inArray(schema.users.id, ids), eq(schema.users.active, true)));
  const byId = new Map(people.map((person) => [person.id, person]));
  const by = (actor.userId && byId.get(actor.userId)?.name) || 'An integration';
  const seen = new Set<string>();
  const mails: TQueuedMail[] = [];
  for (const notice of wanted) {
    const to = byId.get(notice.toUserId);
    const key = `${notice.kind}\u0000${notice.caseId}\u0000${notice.toUserId}`;
    if (!to || seen.has(key)) continue;
    seen.add(key);
    mails.push(compose(notice, to, by));
  }
  await queueMail(tx, actor.orgId, mails);
}

/** The active people of a department, but one. */
export async function findDepartmentPeople(
  tx: TTransaction,
  departmentId: string,
  exceptUserId: string | null,
): Promise<string[]> {
  const rows = await tx
    .select({ id: schema.users.id })
    .from(schema.users)
    .where(
      and(
        eq(schema.users.departmentId, departmentId),
        eq(schema.users.active, true),
        exceptUserId ? ne(schema.users.id, exceptUserId) : undefined,
      ),
    );
  return rows.map((row) => row.id);
}
