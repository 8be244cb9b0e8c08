import { z } from 'zod';
import { ZId } from '../common/ids.ts';
import { ZPromiseOutcome } from './promise-outcomes.ts';
import { ZComplianceCounts } from './promises.ts';

export const COMPLIANCE_GROUPS = [
  'promise',
  'department',
  'value_chain',
  'stage',
  'segment',
  'customer',
] as const;
export const COMPLIANCE_PERIODS = ['week', 'month'] as const;

const ZDay = z.iso.date('must be a date like 2026-03-01');

export const ZComplianceQuery = z.object({
  groupBy: z.enum(COMPLIANCE_GROUPS).default('promise'),
  period: z.enum(COMPLIANCE_PERIODS).default('month'),
  from: ZDay.optional().meta({ description: 'First day; default: 12 months (or 13 weeks) back' }),
  to: ZDay.optional().meta({ description: 'Last day, included; default: today' }),
  promiseId: ZId('prm').optional(),
  departmentId: ZId('dep').optional(),
  valueChainId: ZId('vch').optional(),
  stageId: ZId('stg').optional(),
  segment: z.string().trim().min(1).max(100).optional(),
  customerId: ZId('cus').optional(),
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(200)
    .default(50)
    .meta({ description: 'Most groups returned, those with most broken first' }),
});

export const ZCompliancePoint = ZComplianceCounts.extend({
  period: z.string().meta({ description: 'First day of the week (Monday) or month' }),
});

export const ZComplianceTrend = z
  .object({
    slope: z
      .number()
      .nullable()
      .meta({ description: 'Least-squares change of the rate per period (0.01 = one point)' }),
    direction: z.enum(['improving', 'worsening', 'steady', 'unknown']),
  })
  .meta({ id: 'ComplianceTrend' });

export const ZComplianceGroup = ZComplianceCounts.extend({
  key: z.string().nullable().meta({ description: 'The id (or segment); null: none recorded' }),
  name: z.string(),
  targetRate: z.number().nullable().meta({ description: 'Only when grouped by promise' }),
  series: z.array(ZCompliancePoint),
  trend: ZComplianceTrend,
});

/** Outcomes are counted in the period in which they started (the starting event). */
export const ZComplianceReport = z
  .object({
    groupBy: z.enum(COMPLIANCE_GROUPS),
    period: z.enum(COMPLIANCE_PERIODS),
    from: z.string(),
    to: z.string(),
    periods: z.array(z.string()),
    totals: ZComplianceCounts,
    series: z.array(ZCompliancePoint),
    trend: ZComplianceTrend,
    groups: z.array(ZComplianceGroup),
    groupsOmitted: z.number().int(),
  })
  .meta({ id: 'ComplianceReport' });

/** Breaches on the horizontal map: per stage, and per handoff the promises crossing it. */
export const ZValueChainBreaches = z
  .object({
    from: z.string(),
    to: z.string(),
    stages: z.array(ZComplianceCounts.extend({ stageId: ZId('stg'), breaches: z.number().int() })),
    handoffs: z.array(
      z.object({
        afterIndex: z.number().int(),
        fromStageId: ZId('stg'),
        toStageId: ZId('stg'),
        breaches: z.number().int().meta({
          description: 'Breaches of promises that started before the handoff and were due after it',
        }),
      }),
    ),
  })
  .meta({ id: 'ValueChainBreaches' });

export const ZCustomerPromiseParams = z.object({ customerId: ZId('cus') });

export const ZCustomerPromises = z
  .object({
    customerId: ZId('cus'),
    totals: ZComplianceCounts,
    promises: z.array(
      ZComplianceCounts.extend({
        promiseId: ZId('prm'),
        customerWording: z.string(),
        internalName: z.string(),
        lastBrokenAt: z.string().nullable(),
      }),
    ),
    recent: z.array(ZPromiseOutcome).meta({ description: 'The 20 latest outcomes' }),
    activeBreaches: z.number().int(),
  })
  .meta({ id: 'CustomerPromises' });

export const ZCharterParams = z.object({
  orgSlug: z
    .string()
    .trim()
    .min(1)
    .max(100)
    .regex(/^[a-z0-9-]+$/, 'must be an organisation slug'),
});

/** The public Bill of Rights: customer wording and last quarter's compliance, nothing internal. */
export const ZPublicCharter = z
  .object({
    organizationName: z.string(),
    quarter: z.object({ label: z.string(), from: z.string(), to: z.string() }),
    promises: z.array(
      z.object({
        wording: z.string(),
        valueChain: z.string().nullable(),
        stage: z.string().nullable(),
        targetRate: z.number(),
        kept: z.number().int(),
        broken: z.number().int(),
        rate: z.number().nullable(),
      }),
    ),
  })
  .meta({ id: 'PublicCharter' });

export type TComplianceQuery = z.infer<typeof ZComplianceQuery>;
export type TCompliancePoint = z.infer<typeof ZCompliancePoint>;
export type TComplianceTrend = z.infer<typeof ZComplianceTrend>;
export type TComplianceGroup = z.infer<typeof ZComplianceGroup>;
export type TComplianceReport = z.infer<typeof ZComplianceReport>;
export type TValueChainBreaches = z.infer<typeof ZValueChainBreaches>;
export type TCustomerPromises = z.infer<typeof ZCustomerPromises>;
export type TPublicCharter = z.infer<typeof ZPublicCharter>;
