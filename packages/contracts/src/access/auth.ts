import { PERMISSION_NAMES } from '@customeric/domain';
import { z } from 'zod';
import { ZOrganization } from './organizations.ts';
import { ZUser } from './users.ts';

export const ZLoginRequest = z.object({
  email: z.email('must be an e-mail address').max(254).toLowerCase(),
  password: z.string().min(1, 'is required').max(200),
  organization: z
    .string()
    .trim()
    .max(100)
    .optional()
    .meta({ description: 'Organisation slug, needed only when the e-mail belongs to several' }),
});

export const ZPermissionName = z.enum(PERMISSION_NAMES as [string, ...string[]]);

export const ZSessionResponse = z
  .object({
    user: ZUser,
    organization: ZOrganization,
    permissions: z.array(ZPermissionName),
    csrfToken: z
      .string()
      .meta({ description: 'Send it back as the x-csrf-token header on every change' }),
    expiresAt: z.string(),
  })
  .meta({ id: 'Session' });

export type TLoginRequest = z.infer<typeof ZLoginRequest>;
export type TSessionResponse = z.infer<typeof ZSessionResponse>;
