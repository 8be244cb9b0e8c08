import { describe, expect, it } from 'vitest';
import { caseFromEvent } from './case-from-event.ts';

describe('caseFromEvent', () => {
  it.each([
    [
      'everything given',
      {
        subject: ' Invoice too high ',
        description: 'Billed twice',
        category: 'Billing',
        priority: 'high',
      },
      {
        subject: 'Invoice too high',
        description: 'Billed twice',
        category: 'billing',
        priority: 'high',
      },
    ],
    [
      'a title instead of a subject',
      { title: 'Late delivery' },
      { subject: 'Late delivery', description: null, category: 'other', priority: 'normal' },
    ],
    [
      'nothing usable: defaults, and the subject names the event',
      { subject: 42, category: 'weather', priority: 'asap' },
      { subject: 'Case T-9 from crm', description: null, category: 'other', priority: 'normal' },
    ],
    [
      'a long subject is cut to 200 characters',
      { subject: 'x'.repeat(300) },
      { subject: 'x'.repeat(200), description: null, category: 'other', priority: 'normal' },
    ],
  ])('%s', (_name, attributes, expected) => {
    expect(caseFromEvent({ source: 'crm', externalId: 'T-9', attributes })).toEqual(expected);
  });
});
