import { z } from 'zod';
import { ZId } from '../common/ids.ts';
import { ZPage } from '../common/pagination.ts';

export const ZCaseComment = z
  .object({
    id: ZId('cmt'),
    caseId: ZId('cas'),
    authorUserId: ZId('usr').nullable(),
    authorName: z.string().nullable(),
    body: z.string().meta({ description: 'Mentions are written @[Name](usr_…)' }),
    mentions: z.array(z.object({ userId: ZId('usr'), name: z.string() })),
    createdAt: z.string(),
  })
  .meta({ id: 'CaseComment' });

export const ZCreateCaseCommentRequest = z.object({
  body: z
    .string()
    .trim()
    .min(1, 'is required')
    .max(10_000, 'must be at most 10,000 characters')
    .meta({ description: 'Mention a person with @[Name](usr_…): they get an e-mail' }),
});

export const ZCaseCommentList = ZPage(ZCaseComment);

export type TCaseComment = z.infer<typeof ZCaseComment>;
export type TCreateCaseCommentRequest = z.infer<typeof ZCreateCaseCommentRequest>;
