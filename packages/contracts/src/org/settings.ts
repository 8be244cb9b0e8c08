import { OPERATING_MODELS } from '@customeric/domain';
import { z } from 'zod';
import { ZId } from '../common/ids.ts';

export const ZOperatingModel = z.enum(OPERATING_MODELS);

const ZShare = z.number().int('must be a whole percentage').min(0).max(100);

export const ZTargetBand = z
  .object({ min: ZShare, max: ZShare })
  .refine((band) => band.min <= band.max, {
    message: 'must not be above the upper end',
    path: ['min'],
  })
  .meta({ description: 'Percent of working time committed to customer work, both ends included' });

export const ZOrgSettings = z
  .object({
    operatingModel: ZOperatingModel,
    operatingModelExplanation: z.string(),
    targetBand: ZTargetBand,
    customerDepartmentHeadId: ZId('usr')
      .nullable()
      .meta({ description: 'Who heads the Customer Department (usually the CCO)' }),
    updatedAt: z.string().nullable().meta({ description: 'null while the defaults apply' }),
  })
  .meta({ id: 'OrgSettings' });

export const ZUpdateOrgSettingsRequest = z.object({
  operatingModel: ZOperatingModel,
  targetBand: ZTargetBand,
  customerDepartmentHeadId: ZId('usr').nullable(),
});

export type TOrgSettings = z.infer<typeof ZOrgSettings>;
export type TUpdateOrgSettingsRequest = z.infer<typeof ZUpdateOrgSettingsRequest>;
