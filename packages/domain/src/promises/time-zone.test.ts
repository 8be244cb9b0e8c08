import { describe, expect, it } from 'vitest';
import { DAY_MS, getZone, HOUR_MS, isValidTimeZone } from './time-zone.ts';

const wall = (text: string) => Date.parse(`${text}Z`);

describe('getZone', () => {
  it.each([
    ['an ordinary time', 'Europe/Berlin', '2026-03-03T10:00', '2026-03-03T09:00:00.000Z'],
    [
      'a time skipped by the spring change moves forward by the gap',
      'Europe/Berlin',
      '2026-03-29T02:30',
      '2026-03-29T01:30:00.000Z',
    ],
    [
      'a time that happens twice in autumn is the first one',
      'Europe/Berlin',
      '2026-10-25T02:30',
      '2026-10-25T00:30:00.000Z',
    ],
    ['New York spring gap', 'America/New_York', '2026-03-08T02:30', '2026-03-08T07:30:00.000Z'],
    ['New York autumn overlap', 'America/New_York', '2026-11-01T01:30', '2026-11-01T05:30:00.000Z'],
    ['a zone without DST', 'Asia/Kolkata', '2026-03-29T02:30', '2026-03-28T21:00:00.000Z'],
  ])('turns a wall clock reading into an instant: %s', (_name, timeZone, local, expected) => {
    expect(new Date(getZone(timeZone).instantOf(wall(local))).toISOString()).toBe(expected);
  });

  it.each([
    ['Europe/Berlin', '2026-03-29', 23],
    ['Europe/Berlin', '2026-10-25', 25],
    ['America/New_York', '2026-03-08', 23],
    ['America/New_York', '2026-11-01', 25],
    ['Europe/Berlin', '2026-03-30', 24],
  ])('knows the length of a local day: %s %s has %i hours', (timeZone, date, hours) => {
    const day = getZone(timeZone).getDay(wall(`${date}T00:00`) / DAY_MS);
    expect((day.endMs - day.startMs) / HOUR_MS).toBe(hours);
  });

  it('reads the wall clock of an instant on either side of a change', () => {
    const zone = getZone('Europe/Berlin');
    expect(new Date(zone.wallOf(Date.parse('2026-03-29T00:59Z'))).toISOString()).toBe(
      '2026-03-29T01:59:00.000Z',
    );
    expect(new Date(zone.wallOf(Date.parse('2026-03-29T01:00Z'))).toISOString()).toBe(
      '2026-03-29T03:00:00.000Z',
    );
    expect(zone.dayOf(Date.parse('2026-03-28T23:30Z')).day).toBe(wall('2026-03-29T00:00') / DAY_MS);
  });

  it('knows IANA names and refuses others', () => {
    expect(isValidTimeZone('Europe/Berlin')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus')).toBe(false);
    expect(() => getZone('Mars/Olympus')).toThrow(RangeError);
  });
});
