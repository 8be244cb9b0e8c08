import { describe, expect, it } from 'vitest';
import { parseAnswer } from './answer-input.ts';

const now = new Date('2026-03-15T12:00:00Z');
const nps = { scale: { min: 0, max: 10 }, now, defaultSource: 'api' };
const valid = {
  externalId: 'R-1',
  customerId: 'cus_01jd0000000000000000000000',
  score: 9,
  comment: '  Fast delivery  ',
  answeredAt: '2026-03-14T10:00:00+01:00',
  language: 'EN',
};

describe('parseAnswer', () => {
  it('takes a valid answer, trimming text and lower-casing the language', () => {
    const result = parseAnswer(valid, nps);
    expect(result).toEqual({
      ok: true,
      answer: {
        source: 'api',
        externalId: 'R-1',
        customer: { kind: 'id', id: valid.customerId },
        contactId: null,
        score: 9,
        comment: 'Fast delivery',
        answeredAt: new Date('2026-03-14T09:00:00Z'),
        language: 'en',
        eventId: null,
        extra: {},
      },
    });
  });

  it.each([
    [{ score: 11 }, '/score', 'must be a whole number from 0 to 10'],
    [{ score: '7.5' }, '/score', 'must be a whole number from 0 to 10'],
    [{ score: undefined }, '/score', 'is required'],
    [{ answeredAt: '2026-03-20T10:00:00Z' }, '/answeredAt', 'is more than a day in the future'],
    [
      { answeredAt: 'yesterday' },
      '/answeredAt',
      'must be a date-time with a time zone, e.g. 2026-03-01T09:30:00Z',
    ],
    [{ customerId: 'C-1' }, '/customerId', 'must be a customer id starting with cus_'],
    [{ language: 'english please' }, '/language', 'must be a language tag such as en or de'],
    [{ eventId: 'evt_x' }, '/eventId', 'must be an event id like evt_123'],
    [
      { rating: 3 },
      '/rating',
      'is not a field of an answer (answers to other questions go in answers)',
    ],
  ])('refuses %j at %s', (change, pointer, message) => {
    const result = parseAnswer({ ...valid, ...change }, nps);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems).toContainEqual({ pointer, message });
  });

  it('names the customer by external id (any system unless one is named) or by a contact’s e-mail', () => {
    const { customerId: _, ...rest } = valid;
    const external = parseAnswer({ ...rest, customerExternalId: 'C-1' }, nps);
    expect(external.ok && external.answer.customer).toEqual({
      kind: 'external',
      source: null,
      externalId: 'C-1',
    });
    const email = parseAnswer({ ...rest, contactEmail: 'Ann@Example.COM' }, nps);
    expect(email.ok && email.answer.customer).toEqual({ kind: 'email', email: 'ann@example.com' });
    const none = parseAnswer(rest, nps);
    expect(none.ok).toBe(false);
  });

  it('checks the scale of the survey: CSAT is 1–5', () => {
    const csat = { ...nps, scale: { min: 1, max: 5 } };
    expect(parseAnswer({ ...valid, score: 0 }, csat).ok).toBe(false);
    expect(parseAnswer({ ...valid, score: '5' }, csat).ok).toBe(true);
  });

  it('refuses what is not an object, whatever it is', () => {
    for (const raw of [null, 42, 'text', [valid]])
      expect(parseAnswer(raw, nps)).toEqual({
        ok: false,
        problems: [{ pointer: '', message: 'an answer must be a JSON object' }],
      });
  });
});
