import { CASE_STATUS_CATEGORIES } from '@customeric/domain';
import { z } from 'zod';

export const ZCaseStatusCategory = z.enum(CASE_STATUS_CATEGORIES);

export const ZCaseStatusKey = z
  .string()
  .trim()
  .regex(/^[a-z][a-z0-9_]{0,39}$/, 'must be lower-case letters, digits and _ (at most 40)');

export const ZCaseStatus = z
  .object({
    key: z.string(),
    name: z.string(),
    category: ZCaseStatusCategory,
    position: z.number().int(),
    isInitial: z.boolean(),
    archived: z.boolean(),
    /** Cases now in this status. */
    caseCount: z.number().int(),
  })
  .meta({ id: 'CaseStatus' });

const ZStatusName = z
  .string()
  .trim()
  .min(1, 'is required')
  .max(80, 'must be at most 80 characters');

export const ZCreateCaseStatusRequest = z.object({
  key: ZCaseStatusKey,
  name: ZStatusName,
  category: ZCaseStatusCategory,
  position: z.number().int().min(0).optional(),
});

export const ZUpdateCaseStatusRequest = z
  .object({
    name: ZStatusName,
    position: z.number().int().min(0),
    isInitial: z.literal(true).meta({ description: 'Make this the status new cases start in' }),
    archived: z.boolean(),
  })
  .partial()
  .refine((value) => Object.keys(value).length > 0, 'give at least one field to change');

export const ZCaseStatusParams = z.object({ statusKey: ZCaseStatusKey });

export const ZCaseStatusList = z.object({ items: z.array(ZCaseStatus) });

export type TCaseStatus = z.infer<typeof ZCaseStatus>;
export type TCreateCaseStatusRequest = z.infer<typeof ZCreateCaseStatusRequest>;
export type TUpdateCaseStatusRequest = z.infer<typeof ZUpdateCaseStatusRequest>;
