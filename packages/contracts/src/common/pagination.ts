import { z } from 'zod';

export const ZCursorQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z
    .string()
    .max(200)
    .optional()
    .meta({ description: 'The nextCursor of the previous page' }),
});

export function ZPage<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    nextCursor: z.string().nullable(),
  });
}

export type TCursorQuery = z.infer<typeof ZCursorQuery>;
export interface TPage<T> {
  items: T[];
  nextCursor: string | null;
}
