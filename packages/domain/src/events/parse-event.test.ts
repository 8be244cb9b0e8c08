import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseEvent } from './parse-event.ts';

const NOW = new Date('2026-06-01T12:00:00Z');
const CUSTOMER = 'cus_01jd0000000000000000000000';
const valid = {
  source: 'erp',
  externalId: 'INV-1001',
  customer: CUSTOMER,
  type: 'Invoice.Issued',
  occurredAt: '2026-05-30T10:15:00+02:00',
  amount: '1250.5',
  attributes: { invoice: 'INV-1001', lines: 3 },
};

describe('parseEvent', () => {
  it('keeps a valid event, normalising the type, the time and the amount', () => {
    const result = parseEvent(valid, NOW);
    expect(result).toEqual({
      ok: true,
      event: expect.objectContaining({
        source: 'erp',
        externalId: 'INV-1001',
        customer: { kind: 'id', id: CUSTOMER },
        type: 'invoice.issued',
        occurredAt: new Date('2026-05-30T08:15:00Z'),
        amount: '1250.50',
        department: null,
      }),
    });
  });

  it.each([
    [
      'a customer by external key in the event source',
      { customer: { externalId: 'C-9' } },
      { kind: 'external', source: 'erp', externalId: 'C-9' },
    ],
    [
      'a customer by key in another source',
      { customer: { source: 'crm', externalId: 'C-9' } },
      { kind: 'external', source: 'crm', externalId: 'C-9' },
    ],
    [
      'flat CSV columns',
      { customer: undefined, customerExternalId: 'C-9', customerSource: 'crm' },
      { kind: 'external', source: 'crm', externalId: 'C-9' },
    ],
    [
      'a flat customer id',
      { customer: undefined, customerId: CUSTOMER },
      { kind: 'id', id: CUSTOMER },
    ],
  ])('finds %s', (_, change, customer) => {
    const result = parseEvent({ ...valid, ...change }, NOW);
    expect(result.ok && result.event.customer).toEqual(customer);
  });

  it.each([
    ['no source', { source: '' }, '/source', 'is required'],
    [
      'a type with spaces',
      { type: 'order placed' },
      '/type',
      'must be dot-separated words, e.g. order.placed',
    ],
    [
      'a date without a zone',
      { occurredAt: '2026-05-30T10:15:00' },
      '/occurredAt',
      'must be a date-time with a time zone, e.g. 2026-03-01T09:30:00Z',
    ],
    [
      'the 30th of February',
      { occurredAt: '2026-02-30T10:15:00Z' },
      '/occurredAt',
      'must be a date-time with a time zone, e.g. 2026-03-01T09:30:00Z',
    ],
    [
      'a date next week',
      { occurredAt: '2026-06-08T10:15:00Z' },
      '/occurredAt',
      'is more than a day in the future',
    ],
    [
      'an amount that is text',
      { amount: 'twelve' },
      '/amount',
      'must be a number below 10 000 000 000 000',
    ],
    [
      'a customer that is not an id',
      { customer: 'ACME' },
      '/customer',
      'must be a customer id starting with cus_',
    ],
    [
      'no customer at all',
      { customer: undefined },
      '/customer',
      'is required: a customer id or { source, externalId }',
    ],
    [
      'a NUL in the attributes',
      { attributes: { note: 'a\u0000b' } },
      '/attributes',
      'must not contain NUL characters or broken Unicode',
    ],
    ['attributes that are a list', { attributes: [1, 2] }, '/attributes', 'must be an object'],
    [
      'a misspelt field',
      { occured_at: 'x' },
      '/occured_at',
      'is not a field of an event (put extra data in attributes)',
    ],
  ])('refuses %s, naming the field', (_, change, pointer, message) => {
    const result = parseEvent({ ...valid, ...change }, NOW);
    expect(result).toEqual({ ok: false, problems: [{ pointer, message }] });
  });

  it('names every problem of a row at once', () => {
    const result = parseEvent({ type: 'x' }, NOW);
    expect(result.ok ? [] : result.problems.map((problem) => problem.pointer)).toEqual([
      '/source',
      '/externalId',
      '/customer',
      '/occurredAt',
    ]);
  });
});

/** Anything at all, and events that are almost right, which find the edges faster. */
const nearlyValid = fc.record(
  {
    source: fc.oneof(fc.string(), fc.constant('erp'), fc.integer()),
    externalId: fc.oneof(fc.string({ maxLength: 250 }), fc.integer(), fc.constant(null)),
    customer: fc.oneof(fc.constant(CUSTOMER), fc.string(), fc.object(), fc.constant(undefined)),
    type: fc.oneof(fc.constant('order.placed'), fc.string(), fc.anything()),
    occurredAt: fc.oneof(
      fc
        .date({ noInvalidDate: false })
        .map((date) => (Number.isNaN(date.getTime()) ? 'NaN' : date.toISOString())),
      fc.string(),
      fc.anything(),
    ),
    amount: fc.oneof(fc.double(), fc.string(), fc.constant(undefined)),
    attributes: fc.oneof(fc.object(), fc.jsonValue(), fc.anything()),
    department: fc.oneof(fc.string(), fc.constant(undefined)),
  },
  { requiredKeys: [] },
);

describe('parseEvent on any input (property-based)', () => {
  it('never throws, and gives either a storable event or named problems', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), nearlyValid), (input) => {
        const result = parseEvent(input, NOW);
        if (!result.ok) {
          expect(result.problems.length).toBeGreaterThan(0);
          for (const problem of result.problems) expect(problem.message.length).toBeGreaterThan(0);
          return;
        }
        const { event } = result;
        expect(event.source.length).toBeGreaterThan(0);
        expect(event.externalId.length).toBeLessThanOrEqual(200);
        expect(Number.isNaN(event.occurredAt.getTime())).toBe(false);
        expect(event.occurredAt.getTime()).toBeLessThanOrEqual(NOW.getTime() + 86_400_000);
        expect(event.amount === null || /^-?\d+\.\d{2}$/.test(event.amount)).toBe(true);
        // What PostgreSQL would refuse in text or jsonb never gets through.
        expect(JSON.stringify(event)).not.toMatch(/\\u0000|\\ud[89a-f]/i);
      }),
      { numRuns: 2_000 },
    );
  });

  it('accepts every well-formed event whatever its text', () => {
    const text = fc
      .string({ minLength: 1, maxLength: 20, unit: 'grapheme' })
      // biome-ignore lint/suspicious/noControlCharactersInRegex: texts without control characters
      .filter((value) => value.trim() !== '' && !/[\u0000-\u001f\u007f]/.test(value));
    fc.assert(
      fc.property(
        text,
        text,
        fc.date({ min: new Date('1970-01-01'), max: NOW, noInvalidDate: true }),
        (source, externalId, occurredAt) => {
          const result = parseEvent(
            { ...valid, source, externalId, occurredAt: occurredAt.toISOString() },
            NOW,
          );
          expect(result.ok).toBe(true);
        },
      ),
    );
  });
});
