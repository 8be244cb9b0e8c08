import { describe, expect, it } from 'vitest';
import { getIssuePathErrors, getProblemPathErrors } from './path-errors.ts';

const problem = (pointers: string[]) => ({
  type: '/problems/validation_failed',
  title: 'The request is not valid',
  status: 400,
  detail: 'Some fields are not valid.',
  instance: '/api/promises',
  code: 'validation_failed',
  errors: pointers.map((pointer) => ({ pointer, message: `bad ${pointer}` })),
});

describe('field errors of a promise', () => {
  it('puts the server’s pointers on the form’s fields, whatever the rule kind calls its events', () => {
    const errors = getProblemPathErrors(
      problem(['/customerWording', '/rule/start/type', '/rule/event/where/1/value', '/rule/scope']),
    );
    expect(errors).toEqual({
      customerWording: 'bad /customerWording',
      'rule.opener.type': 'bad /rule/start/type',
      'rule.closer.where.1.value': 'bad /rule/event/where/1/value',
      'rule.opener': 'bad /rule/scope',
    });
  });

  it('reads the issues of a schema the same way, under a prefix', () => {
    const errors = getIssuePathErrors(
      [
        { path: ['end', 'type'], message: 'type must be an event type' },
        { path: ['end', 'type'], message: 'a second message for the same field' },
      ],
      ['rule'],
    );
    expect(errors).toEqual({ 'rule.closer.type': 'type must be an event type' });
  });
});
