import { z } from 'zod';
import { ZId } from '../common/ids.ts';

const ZHours = z
  .number()
  .positive('must be more than 0 hours')
  .max(10_000, 'must be at most 10,000 hours');

export const ZCaseSettings = z
  .object({
    defaultOlaHours: ZHours.meta({
      description: 'How long a department should hold a case at most, unless it has its own target',
    }),
    departmentTargets: z.array(z.object({ departmentId: ZId('dep'), olaHours: ZHours })),
    emailConfigured: z
      .boolean()
      .meta({ description: 'false: SMTP is not set up, e-mails are recorded as skipped' }),
  })
  .meta({ id: 'CaseSettings' });

export const ZUpdateCaseSettingsRequest = z.object({
  defaultOlaHours: ZHours,
  departmentTargets: z
    .array(z.object({ departmentId: ZId('dep'), olaHours: ZHours }))
    .max(500)
    .refine(
      (targets) => new Set(targets.map((target) => target.departmentId)).size === targets.length,
      'name each department once',
    ),
});

export type TCaseSettings = z.infer<typeof ZCaseSettings>;
export type TUpdateCaseSettingsRequest = z.infer<typeof ZUpdateCaseSettingsRequest>;
