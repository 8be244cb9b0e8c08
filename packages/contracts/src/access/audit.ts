import { z } from 'zod';
import { ZId } from '../common/ids.ts';
import { ZPage } from '../common/pagination.ts';

export const ZAuditEntry = z
  .object({
    id: ZId('aud'),
    at: z.string(),
    actorUserId: z.string().nullable(),
    actorApiKeyId: z.string().nullable(),
    action: z.string().meta({ description: 'e.g. user.created, api_key.revoked' }),
    subjectType: z.string(),
    subjectId: z.string(),
    changes: z.record(z.string(), z.unknown()),
  })
  .meta({ id: 'AuditEntry' });

export const ZAuditListQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(200).optional(),
  subjectType: z.string().max(50).optional(),
});

export const ZAuditList = ZPage(ZAuditEntry);

export type TAuditEntry = z.infer<typeof ZAuditEntry>;
export type TAuditListQuery = z.infer<typeof ZAuditListQuery>;
