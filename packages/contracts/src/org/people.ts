import { z } from 'zod';
import { ZRole } from '../access/users.ts';
import { ZId } from '../common/ids.ts';
import { ZPage } from '../common/pagination.ts';
import { ZQueryBoolean, ZSort } from '../common/sort.ts';

export const ZSkill = z.object({
  tag: z
    .string()
    .trim()
    .toLowerCase()
    .min(1, 'is required')
    .max(60, 'must be at most 60 characters')
    .regex(/^[^,;:]+$/, 'cannot hold , ; or :'),
  level: z.number().int().min(1, 'must be 1 to 5').max(5, 'must be 1 to 5'),
});

export const ZCustomerWorkShare = z
  .number()
  .int('must be a whole percentage')
  .min(0, 'must be 0 to 100')
  .max(100, 'must be 0 to 100')
  .meta({ description: 'Percent of working time committed to customer work' });

export const ZPerson = z
  .object({
    id: ZId('usr'),
    email: z.string(),
    name: z.string(),
    title: z.string().nullable(),
    role: ZRole,
    departmentId: ZId('dep').nullable(),
    managerId: ZId('usr').nullable(),
    isExecutive: z.boolean(),
    active: z.boolean(),
    customerWorkShare: ZCustomerWorkShare.nullable(),
    skills: z.array(ZSkill),
    canSignIn: z.boolean().meta({
      description: 'false for people imported without a password: an administrator sets one',
    }),
    createdAt: z.string(),
  })
  .meta({ id: 'Person' });

const ZSkills = z
  .array(ZSkill)
  .max(30, 'at most 30 skills')
  .refine(
    (skills) => new Set(skills.map((skill) => skill.tag)).size === skills.length,
    'name each skill once',
  );

export const ZUpdatePersonRequest = z
  .object({
    name: z.string().trim().min(1, 'is required').max(200),
    title: z.string().trim().max(200).nullable(),
    departmentId: ZId('dep').nullable(),
    managerId: ZId('usr').nullable(),
    isExecutive: z.boolean(),
    customerWorkShare: ZCustomerWorkShare.nullable(),
    skills: ZSkills,
  })
  .partial()
  .refine((value) => Object.keys(value).length > 0, 'give at least one field to change');

export const ZPersonParams = z.object({ personId: ZId('usr') });

export const PERSON_SORTS = ['name', 'email', 'createdAt', 'customerWorkShare'] as const;

export const ZPersonFilters = z.object({
  q: z.string().trim().max(200).optional().meta({ description: 'Search in name, e-mail, title' }),
  departmentId: z
    .union([ZId('dep'), z.literal('none')])
    .optional()
    .meta({ description: 'A department id, or none for people in no department' }),
  role: ZRole.optional(),
  managerId: ZId('usr').optional(),
  active: ZQueryBoolean.optional(),
});

export const ZPersonListQuery = ZPersonFilters.extend({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(400).optional(),
  sort: ZSort(PERSON_SORTS, 'name'),
});

export const ZPersonList = ZPage(ZPerson);

export type TSkill = z.infer<typeof ZSkill>;
export type TPerson = z.infer<typeof ZPerson>;
export type TUpdatePersonRequest = z.infer<typeof ZUpdatePersonRequest>;
export type TPersonFilters = z.infer<typeof ZPersonFilters>;
export type TPersonListQuery = z.infer<typeof ZPersonListQuery>;
