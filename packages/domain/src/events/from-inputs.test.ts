import { describe, expect, it } from 'vitest';
import { fromCloudEvent } from './from-cloud-event.ts';
import { fromCsvRecord } from './from-csv-record.ts';
import { parseEvent } from './parse-event.ts';

const NOW = new Date('2026-06-01T12:00:00Z');

describe('fromCloudEvent', () => {
  it('maps source, id, type, time, subject and data onto an event', () => {
    const result = fromCloudEvent(
      {
        specversion: '1.0',
        id: 'evt-77',
        source: '/erp/invoices',
        type: 'invoice.issued',
        time: '2026-05-01T08:00:00Z',
        subject: 'C-42',
        data: { amount: 99.5, department: 'Billing', invoice: 'INV-7' },
      },
      NOW,
    );
    expect(result).toEqual({
      ok: true,
      input: {
        source: '/erp/invoices',
        externalId: 'evt-77',
        type: 'invoice.issued',
        occurredAt: '2026-05-01T08:00:00Z',
        customer: { source: '/erp/invoices', externalId: 'C-42' },
        department: 'Billing',
        amount: 99.5,
        attributes: { invoice: 'INV-7' },
      },
    });
    expect(result.ok && parseEvent(result.input, NOW).ok).toBe(true);
  });

  it('takes the arrival time when the event has none, and refuses another spec version', () => {
    const result = fromCloudEvent({ specversion: '1.0', id: '1', source: 's', type: 't' }, NOW);
    expect(result.ok && result.input.occurredAt).toBe(NOW.toISOString());
    expect(fromCloudEvent({ specversion: '0.3' }, NOW)).toEqual({
      ok: false,
      problems: [{ pointer: '/specversion', message: 'must be "1.0" (CloudEvents 1.0)' }],
    });
  });
});

describe('fromCsvRecord', () => {
  it('reads known columns in any case and makes the others attributes', () => {
    const input = fromCsvRecord({
      Source: 'erp',
      externalid: 'X1',
      customerExternalId: 'C-1',
      type: 'order.placed',
      occurredAt: '2026-05-01T08:00:00Z',
      amount: '',
      'attr.channel': 'web',
      region: 'north',
    });
    expect(input).toEqual({
      source: 'erp',
      externalId: 'X1',
      customerExternalId: 'C-1',
      type: 'order.placed',
      occurredAt: '2026-05-01T08:00:00Z',
      attributes: { channel: 'web', region: 'north' },
    });
  });

  it('reads an attributes column of JSON', () => {
    expect(fromCsvRecord({ attributes: '{"a":1}', note: 'x' }).attributes).toEqual({
      a: 1,
      note: 'x',
    });
    expect(fromCsvRecord({ attributes: 'not json' }).attributes).toBe('not json');
  });
});
