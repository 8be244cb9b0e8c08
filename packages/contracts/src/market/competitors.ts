import { z } from 'zod';
import { ZId } from '../common/ids.ts';

export const ZCompetitor = z
  .object({
    id: ZId('cmp'),
    name: z.string(),
    website: z.string().nullable(),
    note: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Competitor' });

const fields = {
  name: z.string().trim().min(1).max(200),
  website: z
    .url({ protocol: /^https?$/ })
    .max(500)
    .nullable(),
  note: z.string().trim().min(1).max(2000).nullable(),
};

export const ZCreateCompetitorRequest = z.object({
  name: fields.name,
  website: fields.website.default(null),
  note: fields.note.default(null),
});

export const ZUpdateCompetitorRequest = z
  .object(fields)
  .partial()
  .refine((value) => Object.keys(value).length > 0, 'Say what to change');

export const ZCompetitorList = z.object({ items: z.array(ZCompetitor) });
export const ZCompetitorParams = z.object({ competitorId: ZId('cmp') });

export type TCompetitor = z.infer<typeof ZCompetitor>;
export type TCreateCompetitorRequest = z.infer<typeof ZCreateCompetitorRequest>;
export type TUpdateCompetitorRequest = z.infer<typeof ZUpdateCompetitorRequest>;
