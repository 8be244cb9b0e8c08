import { z } from 'zod';
import { ZId } from '../common/ids.ts';

export const ZBridgePeopleQuery = z.object({
  from: z.iso.date('must be a date like 2026-03-01').optional(),
  to: z.iso.date('must be a date like 2026-03-01').optional(),
  departmentId: ZId('dep').optional().meta({ description: 'Only people of this department' }),
});

export const ZBridgePerson = z.object({
  userId: ZId('usr'),
  name: z.string(),
  departmentId: ZId('dep').nullable(),
  departmentName: z.string().nullable(),
  betweenness: z.number().meta({ description: 'Shortest paths between colleagues through them' }),
  normalized: z.number().meta({ description: 'Betweenness as a share of all, 0–1' }),
  crossCases: z.number().int(),
  resolvedCrossCases: z.number().int(),
  departmentsReached: z.number().int(),
});

/** The people who bridge silos, from cases that crossed departments (seed 001). */
export const ZBridgePeople = z
  .object({
    from: z.string(),
    to: z.string(),
    crossCases: z
      .number()
      .int()
      .meta({ description: 'Cases opened in the period that crossed departments' }),
    people: z.array(ZBridgePerson),
    links: z
      .array(z.object({ a: ZId('usr'), b: ZId('usr'), cases: z.number().int() }))
      .meta({ description: 'Who worked together, among the people shown' }),
  })
  .meta({ id: 'BridgePeople' });

export type TBridgePeopleQuery = z.infer<typeof ZBridgePeopleQuery>;
export type TBridgePeople = z.infer<typeof ZBridgePeople>;
export type TBridgePerson = z.infer<typeof ZBridgePerson>;
