import { z } from 'zod';
import { ZId } from '../common/ids.ts';
import { ZPage } from '../common/pagination.ts';

export const ZContact = z
  .object({
    id: ZId('con'),
    customerId: ZId('cus'),
    name: z.string(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    title: z.string().nullable(),
    isPrimary: z.boolean(),
    createdAt: z.string(),
  })
  .meta({ id: 'Contact' });

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `must be at most ${max} characters`)
    .transform((value) => value || null)
    .nullable()
    .default(null);

export const ZCreateContactRequest = z.object({
  name: z.string().trim().min(1, 'is required').max(200, 'must be at most 200 characters'),
  email: z
    .union([z.email('must be an e-mail address').max(254).toLowerCase(), z.literal('')])
    .transform((value) => value || null)
    .nullable()
    .default(null),
  phone: optionalText(50),
  title: optionalText(200),
  isPrimary: z.boolean().default(false),
});

export const ZContactParams = z.object({ customerId: ZId('cus'), contactId: ZId('con') });

export const ZContactListQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(200).optional(),
});

export const ZContactList = ZPage(ZContact);

export type TContact = z.infer<typeof ZContact>;
export type TCreateContactRequest = z.infer<typeof ZCreateContactRequest>;
export type TContactListQuery = z.infer<typeof ZContactListQuery>;
