import { z } from 'zod';
import { ZId } from '../common/ids.ts';

export const ZOrganization = z
  .object({
    id: ZId('org'),
    slug: z.string(),
    name: z.string(),
    createdAt: z.string(),
  })
  .meta({ id: 'Organization' });

export type TOrganization = z.infer<typeof ZOrganization>;
