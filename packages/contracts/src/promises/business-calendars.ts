import { z } from 'zod';
import { ZId } from '../common/ids.ts';
import { ZBusinessCalendarDefinition } from './calendar-definition.ts';

const definition = ZBusinessCalendarDefinition.shape;

const calendarFields = {
  name: z.string().trim().min(1, 'is required').max(100, 'must be at most 100 characters'),
  timeZone: definition.timeZone,
  week: definition.week,
  holidays: definition.holidays,
};

export const ZBusinessCalendar = z
  .object({
    id: ZId('cal'),
    name: z.string(),
    timeZone: z.string(),
    week: z.array(z.object({ day: z.number().int(), open: z.string(), close: z.string() })),
    holidays: z.array(z.string()),
    isDefault: z.boolean().meta({
      description: 'Used by promises that name no calendar; one per organisation',
    }),
    promiseCount: z.number().int().meta({ description: 'Promises that name this calendar' }),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'BusinessCalendar' });

export const ZCreateBusinessCalendarRequest = z.object({
  ...calendarFields,
  holidays: calendarFields.holidays.default([]),
  isDefault: z
    .boolean()
    .default(false)
    .meta({ description: 'Make this the default (the previous default stops being one)' }),
});

export const ZUpdateBusinessCalendarRequest = z
  .object({ ...calendarFields, isDefault: z.literal(true) })
  .partial()
  .refine((value) => Object.keys(value).length > 0, 'give at least one field to change');

export const ZBusinessCalendarParams = z.object({ calendarId: ZId('cal') });

export const ZBusinessCalendarList = z.object({ items: z.array(ZBusinessCalendar) });

export type TBusinessCalendarView = z.infer<typeof ZBusinessCalendar>;
export type TCreateBusinessCalendarRequest = z.infer<typeof ZCreateBusinessCalendarRequest>;
export type TUpdateBusinessCalendarRequest = z.infer<typeof ZUpdateBusinessCalendarRequest>;
export type TBusinessCalendarList = z.infer<typeof ZBusinessCalendarList>;
