import { describe, expect, it } from 'vitest';
import { placeEvent, type TEventMappingRule } from './event-mapping.ts';

const rule = (typePattern: string, fields: Partial<TEventMappingRule>): TEventMappingRule => ({
  typePattern,
  departmentId: null,
  valueChainId: null,
  stageId: null,
  ...fields,
});

const RULES = [
  rule('*', { valueChainId: 'vch_all' }),
  rule('invoice.*', { departmentId: 'dep_billing', stageId: 'stg_bill' }),
  rule('invoice.corrected', { stageId: 'stg_fix' }),
  rule('delivery.*', { departmentId: 'dep_delivery' }),
];
const NONE = { departmentId: null, valueChainId: null, stageId: null };

describe('placeEvent', () => {
  it.each([
    [
      'invoice.issued',
      { departmentId: 'dep_billing', valueChainId: 'vch_all', stageId: 'stg_bill' },
    ],
    [
      'invoice.corrected',
      { departmentId: 'dep_billing', valueChainId: 'vch_all', stageId: 'stg_fix' },
    ],
    [
      'delivery.completed',
      { departmentId: 'dep_delivery', valueChainId: 'vch_all', stageId: null },
    ],
    ['invoices.issued', { departmentId: null, valueChainId: 'vch_all', stageId: null }],
  ])('places %s by the most specific rule for each field', (type, expected) => {
    expect(placeEvent(type, NONE, RULES)).toEqual(expected);
  });

  it('keeps what the event named itself', () => {
    const given = { departmentId: 'dep_service', valueChainId: null, stageId: null };
    expect(placeEvent('invoice.issued', given, RULES)).toEqual({
      departmentId: 'dep_service',
      valueChainId: 'vch_all',
      stageId: 'stg_bill',
    });
  });

  it('leaves everything empty without rules', () => {
    expect(placeEvent('visit', NONE, [])).toEqual(NONE);
  });
});
