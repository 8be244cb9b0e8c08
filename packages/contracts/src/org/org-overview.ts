import { z } from 'zod';
import { ZRole } from '../access/users.ts';
import { ZId } from '../common/ids.ts';
import { ZCustomerDepartmentLine } from './departments.ts';
import { ZTargetBand } from './settings.ts';

/** Everyone active, compactly, for drawing the org chart in one request. */
export const ZOrgChart = z
  .object({
    people: z.array(
      z.object({
        id: ZId('usr'),
        name: z.string(),
        title: z.string().nullable(),
        role: ZRole,
        departmentId: ZId('dep').nullable(),
        managerId: ZId('usr').nullable(),
        isExecutive: z.boolean(),
      }),
    ),
    departments: z.array(
      z.object({
        id: ZId('dep'),
        name: z.string(),
        customerDepartmentLine: ZCustomerDepartmentLine,
        headId: ZId('usr').nullable(),
      }),
    ),
    customerDepartmentHeadId: ZId('usr').nullable(),
  })
  .meta({ id: 'OrgChart' });

const ZCommitmentFigures = z.object({
  people: z.number().int(),
  stated: z.number().int(),
  averageShare: z.number().nullable(),
  committedFte: z.number(),
  belowBand: z.number().int(),
  withinBand: z.number().int(),
  aboveBand: z.number().int(),
  status: z.enum(['below', 'within', 'above', 'not_stated', 'not_customer_facing']),
});

export const ZCommitmentSummary = z
  .object({
    band: ZTargetBand,
    departments: z.array(ZCommitmentFigures.extend({ departmentId: ZId('dep'), name: z.string() })),
    customerWork: ZCommitmentFigures,
  })
  .meta({ id: 'CommitmentSummary' });

export type TOrgChart = z.infer<typeof ZOrgChart>;
export type TOrgChartPerson = TOrgChart['people'][number];
export type TCommitmentSummaryView = z.infer<typeof ZCommitmentSummary>;
