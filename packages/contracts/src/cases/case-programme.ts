import { PROGRAMME_REASONS } from '@customeric/domain';
import { z } from 'zod';
import { ZId } from '../common/ids.ts';
import { ZPage } from '../common/pagination.ts';

const ZMonth = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be a month like 2026-03')
  .meta({ description: 'A month, YYYY-MM' });

export const ZProgrammeSettings = z
  .object({
    monthlyQuota: z
      .number()
      .int()
      .min(1, 'must be at least 1')
      .max(20, 'must be at most 20')
      .meta({ description: 'Complaints each senior executive handles personally each month' }),
    closedLoopEnabled: z
      .boolean()
      .meta({ description: 'Open a follow-up case for each detractor’s survey answer' }),
  })
  .meta({ id: 'ProgrammeSettings' });

export const ZProgrammeAssignment = z
  .object({
    id: ZId('pga'),
    month: ZMonth,
    executiveUserId: ZId('usr'),
    executiveName: z.string(),
    caseId: ZId('cas'),
    caseSubject: z.string(),
    caseStatusName: z.string(),
    customerId: ZId('cus'),
    customerName: z.string(),
    departmentId: ZId('dep').nullable(),
    departmentName: z.string().nullable(),
    reasons: z.array(z.enum(PROGRAMME_REASONS)),
    score: z.number(),
    assignedAt: z.string(),
    dueAt: z.string(),
    handledAt: z.string().nullable(),
    handlingNotes: z.string().nullable(),
    overdue: z.boolean().meta({ description: 'Not handled and past its due time' }),
  })
  .meta({ id: 'ProgrammeAssignment' });

export const ZProgrammeAssignmentQuery = z.object({
  month: ZMonth.optional(),
  executiveUserId: z.union([ZId('usr'), z.literal('me')]).optional(),
  status: z.enum(['open', 'handled', 'overdue']).optional(),
});

export const ZProgrammeAssignmentList = z.object({ items: z.array(ZProgrammeAssignment) });

const ZCell = z.object({
  month: ZMonth,
  assigned: z.number().int(),
  handled: z.number().int(),
  overdue: z.number().int(),
  calls: z.number().int(),
});

/** Completion per executive and month: the programme page's grid. */
export const ZProgrammeOverview = z
  .object({
    months: z.array(ZMonth),
    quota: z.number().int(),
    executives: z.array(
      z.object({
        userId: ZId('usr'),
        name: z.string(),
        departmentName: z.string().nullable(),
        cells: z.array(ZCell),
      }),
    ),
    totals: z.object({
      assigned: z.number().int(),
      handled: z.number().int(),
      overdue: z.number().int(),
      calls: z.number().int(),
    }),
  })
  .meta({ id: 'ProgrammeOverview' });

export const ZProgrammeOverviewQuery = z.object({
  to: ZMonth.optional().meta({ description: 'The last month shown; this month when left out' }),
  months: z.coerce.number().int().min(1).max(24).default(6),
});

export const ZRunProgrammeRequest = z.object({
  month: ZMonth.optional().meta({ description: 'This month when left out' }),
});

export const ZProgrammeRunResult = z
  .object({
    month: ZMonth,
    assigned: z.number().int().meta({ description: 'Assignments made by this run' }),
    runs: z.number().int().meta({ description: 'How often the month has been run' }),
    short: z.array(z.object({ userId: ZId('usr'), name: z.string(), missing: z.number().int() })),
  })
  .meta({ id: 'ProgrammeRunResult' });

export const ZRecordHandlingRequest = z.object({
  notes: z
    .string()
    .trim()
    .min(1, 'say what you did and learned')
    .max(4000, 'must be at most 4,000 characters'),
});

export const ZPersonalHandling = z
  .object({
    id: ZId('phd'),
    caseId: ZId('cas'),
    userId: ZId('usr'),
    userName: z.string(),
    assignmentId: ZId('pga').nullable(),
    notes: z.string(),
    handledAt: z.string(),
  })
  .meta({ id: 'PersonalHandling' });

/** The programme on one case: who it was given to and who handled it personally. */
export const ZCaseProgramme = z
  .object({
    assignment: ZProgrammeAssignment.nullable(),
    handlings: z.array(ZPersonalHandling),
  })
  .meta({ id: 'CaseProgramme' });

export const ZCreateCallListenedRequest = z.object({
  listenedOn: z.iso.date('must be a date like 2026-03-01'),
  customerId: ZId('cus'),
  departmentId: ZId('dep').nullable().default(null),
  caseId: ZId('cas').nullable().default(null),
  minutes: z.number().int().min(1).max(600).nullable().default(null),
  learned: z
    .string()
    .trim()
    .min(1, 'say what you learned')
    .max(4000, 'must be at most 4,000 characters'),
});

export const ZCallListened = z
  .object({
    id: ZId('cll'),
    userId: ZId('usr'),
    userName: z.string(),
    listenedOn: z.string(),
    customerId: ZId('cus'),
    customerName: z.string(),
    departmentId: ZId('dep').nullable(),
    departmentName: z.string().nullable(),
    caseId: ZId('cas').nullable(),
    minutes: z.number().int().nullable(),
    learned: z.string(),
  })
  .meta({ id: 'CallListened' });

/** What executives learned: calls listened to and complaints handled, newest first. */
export const ZLearning = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('call'), id: ZId('cll'), at: z.string(), call: ZCallListened }),
  z.object({
    kind: z.literal('handling'),
    id: ZId('phd'),
    at: z.string(),
    handling: ZPersonalHandling,
    caseSubject: z.string(),
    customerName: z.string(),
  }),
]);

export const ZLearningsQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(30),
  cursor: z.string().max(200).optional(),
  userId: ZId('usr').optional(),
});

export const ZLearnings = ZPage(ZLearning);

export type TProgrammeSettings = z.infer<typeof ZProgrammeSettings>;
export type TProgrammeAssignment = z.infer<typeof ZProgrammeAssignment>;
export type TProgrammeAssignmentQuery = z.infer<typeof ZProgrammeAssignmentQuery>;
export type TProgrammeOverview = z.infer<typeof ZProgrammeOverview>;
export type TProgrammeOverviewQuery = z.infer<typeof ZProgrammeOverviewQuery>;
export type TProgrammeRunResult = z.infer<typeof ZProgrammeRunResult>;
export type TRecordHandlingRequest = z.infer<typeof ZRecordHandlingRequest>;
export type TPersonalHandling = z.infer<typeof ZPersonalHandling>;
export type TCaseProgramme = z.infer<typeof ZCaseProgramme>;
export type TCreateCallListenedRequest = z.infer<typeof ZCreateCallListenedRequest>;
export type TCallListened = z.infer<typeof ZCallListened>;
export type TLearning = z.infer<typeof ZLearning>;
export type TLearningsQuery = z.infer<typeof ZLearningsQuery>;
