import { z } from 'zod';
import { ZId } from '../common/ids.ts';
import { ZPage } from '../common/pagination.ts';

export const ZEventMapping = z
  .object({
    id: ZId('map'),
    typePattern: z.string(),
    departmentId: ZId('dep').nullable(),
    departmentName: z.string().nullable(),
    valueChainId: z.string().nullable(),
    valueChainName: z.string().nullable(),
    stageId: z.string().nullable(),
    stageName: z.string().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'EventMapping' });

const ZOptionalRef = z
  .string()
  .trim()
  .max(100)
  .transform((value) => value || null)
  .nullable()
  .default(null);

export const ZCreateEventMappingRequest = z
  .object({
    typePattern: z
      .string()
      .trim()
      .toLowerCase()
      .regex(
        /^(\*|[a-z0-9_-]+(\.[a-z0-9_-]+)*(\.\*)?)$/,
        'must be an event type (invoice.issued), a prefix (invoice.*) or *',
      ),
    departmentId: z
      .union([ZId('dep'), z.literal('')])
      .transform((value) => value || null)
      .nullable()
      .default(null),
    valueChainId: ZOptionalRef,
    stageId: ZOptionalRef,
  })
  .refine((value) => value.departmentId || value.valueChainId || value.stageId, {
    message: 'give a department, a value chain or a stage',
    path: ['departmentId'],
  });

export const ZEventMappingParams = z.object({ mappingId: ZId('map') });
export const ZEventMappingListQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(100),
  cursor: z.string().max(200).optional(),
});
export const ZEventMappingList = ZPage(ZEventMapping);

export type TEventMapping = z.infer<typeof ZEventMapping>;
export type TCreateEventMappingRequest = z.infer<typeof ZCreateEventMappingRequest>;
export type TEventMappingListQuery = z.infer<typeof ZEventMappingListQuery>;
