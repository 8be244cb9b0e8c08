import { ZCreateBusinessCalendarRequest } from '@customeric/contracts';
import { describe, expect, it } from 'vitest';
import { createCalendarDraft, hoursOfDay, newHours, toCalendarRequest } from './calendar-draft.ts';

describe('the calendar form', () => {
  it('starts as Monday to Friday, nine to five, and is a valid calendar once named', () => {
    const draft = { ...createCalendarDraft('Europe/Berlin'), name: 'Service' };
    const parsed = ZCreateBusinessCalendarRequest.safeParse(toCalendarRequest(draft));
    expect(parsed.success).toBe(true);
    expect(parsed.data?.week.map((hours) => hours.day)).toEqual([1, 2, 3, 4, 5]);
  });

  it('sends the week in day order, a lunch break as two spans, holidays sorted and once', () => {
    const draft = createCalendarDraft('UTC');
    draft.hours = [newHours(2, '13:00', '17:00'), newHours(1), newHours(2, '08:00', '12:00')];
    draft.holidays = ['2026-12-25', '2026-01-01', '2026-12-25'];
    const request = toCalendarRequest(draft);
    expect(request.week).toEqual([
      { day: 1, open: '09:00', close: '17:00' },
      { day: 2, open: '08:00', close: '12:00' },
      { day: 2, open: '13:00', close: '17:00' },
    ]);
    expect(request.holidays).toEqual(['2026-01-01', '2026-12-25']);
    expect(hoursOfDay(draft, 2).map(({ index }) => index)).toEqual([0, 2]);
  });
});
