import { z } from 'zod';
import { ZId } from '../common/ids.ts';

const ZDepartmentRef = { departmentId: ZId('dep'), departmentName: z.string() };

export const ZCaseLedgerStep = z.object({
  id: ZId('hof'),
  fromDepartmentId: ZId('dep').nullable(),
  fromDepartmentName: z.string().nullable(),
  toDepartmentId: ZId('dep'),
  toDepartmentName: z.string(),
  fromUserName: z.string().nullable(),
  toUserName: z.string().nullable(),
  actorName: z.string().nullable(),
  reason: z.string(),
  at: z.string(),
  isPlacement: z
    .boolean()
    .meta({ description: 'A case without department placed for the first time' }),
  isBounce: z.boolean().meta({ description: 'Back to a department that had held the case' }),
  bouncedBack: z.boolean().meta({ description: 'The receiver sent it straight back' }),
});

/** The handoff ledger of one case. */
export const ZCaseLedger = z
  .object({
    caseId: ZId('cas'),
    steps: z.array(ZCaseLedgerStep),
    stints: z.array(
      z.object({
        ...ZDepartmentRef,
        from: z.string(),
        to: z.string(),
        hours: z.number(),
        running: z.boolean(),
      }),
    ),
    heldByDepartment: z.array(
      z.object({
        ...ZDepartmentRef,
        hours: z.number(),
        stints: z.number().int(),
        olaHours: z.number(),
      }),
    ),
    handoffCount: z.number().int(),
    bounceCount: z.number().int(),
    cameBack: z
      .boolean()
      .meta({ description: 'It was handed back to the department it started in' }),
  })
  .meta({ id: 'CaseLedger' });

/** The period of the figures across cases: cases opened in it. */
export const ZLedgerQuery = z.object({
  from: z.iso.date('must be a date like 2026-03-01').optional(),
  to: z.iso.date('must be a date like 2026-03-01').optional(),
});

const ZPeriod = z.object({ from: z.string(), to: z.string(), cases: z.number().int() });

export const ZHandoffFlows = z
  .object({
    period: ZPeriod,
    departments: z.array(z.object({ id: ZId('dep'), name: z.string() })),
    flows: z.array(
      z.object({
        fromDepartmentId: ZId('dep'),
        toDepartmentId: ZId('dep'),
        count: z.number().int(),
        bounces: z.number().int(),
      }),
    ),
  })
  .meta({ id: 'HandoffFlows' });

export const ZHeldTimes = z
  .object({
    period: ZPeriod,
    items: z.array(
      z.object({
        ...ZDepartmentRef,
        completed: z.number().int(),
        running: z.number().int(),
        medianHours: z.number().nullable(),
        p90Hours: z.number().nullable(),
        olaHours: z.number(),
        overOla: z.number().int(),
      }),
    ),
  })
  .meta({ id: 'HeldTimes' });

export const ZBounceRanking = z
  .object({
    period: ZPeriod,
    items: z.array(
      z.object({
        fromDepartmentId: ZId('dep'),
        fromDepartmentName: z.string(),
        toDepartmentId: ZId('dep'),
        toDepartmentName: z.string(),
        handoffs: z.number().int(),
        bouncedBack: z.number().int(),
        rate: z.number(),
      }),
    ),
  })
  .meta({ id: 'BounceRanking' });

export type TCaseLedger = z.infer<typeof ZCaseLedger>;
export type TLedgerQuery = z.infer<typeof ZLedgerQuery>;
export type THandoffFlows = z.infer<typeof ZHandoffFlows>;
export type THeldTimes = z.infer<typeof ZHeldTimes>;
export type TBounceRanking = z.infer<typeof ZBounceRanking>;
