import { z } from 'zod';
import { ZId } from '../common/ids.ts';
import { ZPage } from '../common/pagination.ts';
import { ZSort } from '../common/sort.ts';
import { ZValueChainBreaches } from '../promises/promise-compliance.ts';

export const MAX_STAGES = 30;

export const ZValueChainStage = z.object({
  id: ZId('stg'),
  position: z.number().int().meta({ description: '0 for the first stage of the journey' }),
  name: z.string(),
  description: z.string().nullable(),
  ownerDepartmentIds: z.array(ZId('dep')),
});

export const ZHandoff = z
  .object({
    afterIndex: z.number().int().meta({ description: 'Between stage afterIndex and the next' }),
    fromStageId: ZId('stg'),
    toStageId: ZId('stg'),
    fromDepartmentIds: z.array(ZId('dep')),
    toDepartmentIds: z.array(ZId('dep')),
    continuingDepartmentIds: z.array(ZId('dep')),
    kind: z.enum(['complete', 'partial', 'unowned']),
  })
  .meta({ id: 'Handoff', description: 'Where the owning department changes between stages' });

const summaryFields = {
  id: ZId('vch'),
  name: z.string(),
  description: z.string().nullable(),
  managerId: ZId('usr').nullable().meta({ description: 'The Value Chain Manager' }),
  managerName: z.string().nullable(),
  createdAt: z.string(),
  archivedAt: z.string().nullable(),
};

export const ZValueChainSummary = z
  .object({
    ...summaryFields,
    stageCount: z.number().int(),
    handoffCount: z.number().int(),
  })
  .meta({ id: 'ValueChainSummary' });

export const ZValueChain = z
  .object({
    ...summaryFields,
    stages: z.array(ZValueChainStage),
    handoffs: z.array(ZHandoff),
    breaches: ZValueChainBreaches.optional().meta({
      description:
        'Promise outcomes and breaches of the last 90 days, per stage and handoff (GET only)',
    }),
  })
  .meta({ id: 'ValueChain' });

const ZName = z.string().trim().min(1, 'is required').max(200, 'must be at most 200 characters');
const ZDescription = z.string().trim().max(2000).nullable();

export const ZCreateValueChainRequest = z.object({
  name: ZName,
  description: ZDescription.default(null),
  managerId: ZId('usr').nullable().default(null),
});

export const ZUpdateValueChainRequest = z
  .object({
    name: ZName,
    description: ZDescription,
    managerId: ZId('usr').nullable(),
    archived: z.boolean(),
  })
  .partial()
  .refine((value) => Object.keys(value).length > 0, 'give at least one field to change');

export const ZStageInput = z.object({
  id: ZId('stg')
    .optional()
    .meta({ description: 'Keep an existing stage; leave out for a new one' }),
  name: z.string().trim().min(1, 'is required').max(100, 'must be at most 100 characters'),
  description: z.string().trim().max(1000).nullable().default(null),
  ownerDepartmentIds: z
    .array(ZId('dep'))
    .min(1, 'give the stage at least one owning department')
    .max(12)
    .refine((ids) => new Set(ids).size === ids.length, 'name each department once'),
});

export const ZReplaceStagesRequest = z
  .object({
    stages: z
      .array(ZStageInput)
      .max(MAX_STAGES, `a value chain has at most ${MAX_STAGES} stages`)
      .meta({ description: 'The whole journey in order; stages left out are removed' }),
  })
  .superRefine((value, context) => {
    const seen = new Map<string, number>();
    value.stages.forEach((stage, index) => {
      const key = stage.name.toLowerCase();
      if (seen.has(key))
        context.addIssue({
          code: 'custom',
          path: ['stages', index, 'name'],
          message: `is the same as stage ${(seen.get(key) as number) + 1}`,
        });
      seen.set(key, index);
    });
  });

export const ZValueChainParams = z.object({ valueChainId: ZId('vch') });

export const VALUE_CHAIN_SORTS = ['name', 'createdAt'] as const;

export const ZValueChainListQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(400).optional(),
  sort: ZSort(VALUE_CHAIN_SORTS, 'name'),
  q: z.string().trim().max(200).optional(),
  managerId: ZId('usr').optional(),
  archived: z.enum(['exclude', 'include', 'only']).default('exclude'),
});

export const ZValueChainList = ZPage(ZValueChainSummary);

export type THandoffView = z.infer<typeof ZHandoff>;
export type TValueChainStage = z.infer<typeof ZValueChainStage>;
export type TValueChain = z.infer<typeof ZValueChain>;
export type TValueChainSummary = z.infer<typeof ZValueChainSummary>;
export type TCreateValueChainRequest = z.infer<typeof ZCreateValueChainRequest>;
export type TUpdateValueChainRequest = z.infer<typeof ZUpdateValueChainRequest>;
export type TStageInput = z.input<typeof ZStageInput>;
export type TReplaceStagesRequest = z.infer<typeof ZReplaceStagesRequest>;
export type TValueChainListQuery = z.infer<typeof ZValueChainListQuery>;
