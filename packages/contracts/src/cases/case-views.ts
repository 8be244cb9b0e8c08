import { z } from 'zod';
import { ZId } from '../common/ids.ts';
import { ZCaseFilters, ZCaseSort } from './cases.ts';

const ZViewName = z.string().trim().min(1, 'is required').max(80, 'must be at most 80 characters');

export const ZCaseView = z
  .object({
    id: ZId('viw'),
    name: z.string(),
    filters: ZCaseFilters,
    sort: z.string(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'CaseView' });

/** A person's views are named by their name, which is unique per person. */
export const ZCaseViewParams = z.object({ name: ZViewName });

export const ZSaveCaseViewRequest = z.object({
  filters: ZCaseFilters.strict(),
  sort: ZCaseSort,
});

export const ZCaseViewList = z.object({ items: z.array(ZCaseView) });

export type TCaseView = z.infer<typeof ZCaseView>;
export type TSaveCaseViewRequest = z.infer<typeof ZSaveCaseViewRequest>;
