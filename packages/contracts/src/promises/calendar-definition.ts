import { isValidTimeZone, type TBusinessCalendar } from '@customeric/domain';
import { z } from 'zod';
import { strictMessages } from './rule-parts.ts';

const LOCAL_TIME = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/;

const isLocalTime = (value: string) => LOCAL_TIME.test(value);

const ZLocalTime = (field: string) =>
  z
    .string(`${field} must be text`)
    .regex(LOCAL_TIME, `${field} must be a local time like 09:00 (24:00 is the end of the day)`);

export const ZBusinessPeriod = z
  .strictObject(
    {
      day: z
        .literal([1, 2, 3, 4, 5, 6, 7], 'day must be an ISO weekday from 1 (Monday) to 7 (Sunday)')
        .describe('ISO weekday: 1 is Monday, 7 is Sunday'),
      open: ZLocalTime('open').describe('Local opening time, HH:MM'),
      close: ZLocalTime('close').describe(
        'Local closing time, HH:MM, after open; 24:00 for midnight',
      ),
    },
    strictMessages('a working period'),
  )
  .refine(
    (period) =>
      !isLocalTime(period.open) || !isLocalTime(period.close) || period.close > period.open,
    {
      message: 'close must be after open',
      path: ['close'],
    },
  )
  .describe('One working period of a weekday; a day may have several (a lunch break)');

/**
 * What the engine needs of a business calendar (`TBusinessCalendar`): the HTTP resource of a
 * calendar adds its id and name around these fields.
 */
export const ZBusinessCalendarDefinition = z
  .strictObject(
    {
      timeZone: z
        .string('timeZone must be text')
        .refine(isValidTimeZone, 'timeZone must be an IANA time zone like Europe/Berlin')
        .describe('IANA time zone of the opening hours and holidays, e.g. Europe/Berlin'),
      week: z
        .array(ZBusinessPeriod)
        .min(1, 'week must have at least one working period')
        .max(28, 'week may have at most 28 working periods')
        .superRefine((week, context) => {
          const overlap = findOverlap(week);
          if (overlap !== null) {
            context.addIssue({
              code: 'custom',
              message: 'working periods of the same day must not overlap',
              path: [overlap],
            });
          }
        })
        .describe('Working periods per ISO weekday, local time; days without one are closed'),
      holidays: z
        .array(z.iso.date('each holiday must be a date like 2026-12-25'))
        .max(1000, 'holidays may list at most 1000 dates')
        .describe('Local dates on which nothing is open'),
    },
    strictMessages('the calendar'),
  )
  .describe(
    'Working days and hours in a time zone, with holidays: the clock of business-time promises',
  ) satisfies z.ZodType<TBusinessCalendar>;

/**
 * Index of the first period that overlaps an earlier one of the same day, or null. 'HH:MM'
 * texts compare like the times they name (and a malformed one only makes a wrong answer
 * beside its own field's error, never an exception).
 */
function findOverlap(week: readonly { day: number; open: string; close: string }[]): number | null {
  for (let index = 1; index < week.length; index += 1) {
    const period = week[index];
    if (!period) continue;
    for (const earlier of week.slice(0, index)) {
      if (
        earlier.day === period.day &&
        period.open < earlier.close &&
        earlier.open < period.close
      ) {
        return index;
      }
    }
  }
  return null;
}
