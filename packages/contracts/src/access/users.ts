import { ROLES } from '@customeric/domain';
import { z } from 'zod';
import { ZId } from '../common/ids.ts';
import { ZPage } from '../common/pagination.ts';

export const ZRole = z.enum(ROLES);

export const ZUser = z
  .object({
    id: ZId('usr'),
    email: z.string(),
    name: z.string(),
    role: ZRole,
    departmentId: ZId('dep').nullable(),
    isExecutive: z.boolean(),
    active: z.boolean(),
    createdAt: z.string(),
  })
  .meta({ id: 'User' });

const ZPassword = z
  .string()
  .min(12, 'must be at least 12 characters')
  .max(200, 'must be at most 200 characters');

export const ZCreateUserRequest = z.object({
  email: z.email('must be an e-mail address').max(254).toLowerCase(),
  name: z.string().trim().min(1, 'is required').max(200),
  role: ZRole,
  password: ZPassword,
  departmentId: ZId('dep').nullable().optional(),
  isExecutive: z.boolean().default(false),
});

export const ZUpdateUserRequest = z
  .object({
    name: z.string().trim().min(1, 'is required').max(200),
    role: ZRole,
    departmentId: ZId('dep').nullable(),
    isExecutive: z.boolean(),
    active: z.boolean(),
    password: ZPassword.meta({
      description: 'A new password; the person signs in with it from now on',
    }),
  })
  .partial()
  .refine((value) => Object.keys(value).length > 0, 'give at least one field to change');

export const ZUserParams = z.object({ userId: ZId('usr') });
export const ZUserList = ZPage(ZUser);
export const ZUserListQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(200).optional(),
  role: ZRole.optional(),
  q: z.string().trim().max(200).optional().meta({ description: 'Search in name and e-mail' }),
});

export type TUser = z.infer<typeof ZUser>;
export type TCreateUserRequest = z.infer<typeof ZCreateUserRequest>;
export type TUpdateUserRequest = z.infer<typeof ZUpdateUserRequest>;
export type TUserListQuery = z.infer<typeof ZUserListQuery>;
export { ZPassword };
