import { type TPromiseView, ZCreatePromiseRequest } from '@customeric/contracts';
import { describe, expect, it } from 'vitest';
import {
  createPromiseDraft,
  diffPromiseRequest,
  fromPromise,
  toPromiseRequest,
} from './promise-draft.ts';

const STORED: TPromiseView = {
  id: 'prm_01hzzzzzzzzzzzzzzzzzzzzzzz',
  customerWording: 'You will get a first answer within 4 business hours.',
  internalName: 'First answer',
  ownerKind: 'department',
  ownerDepartmentId: 'dep_01hzzzzzzzzzzzzzzzzzzzzzzz',
  ownerDepartmentName: 'Customer Service',
  valueChainId: null,
  valueChainName: null,
  stageId: null,
  stageName: null,
  accountableUserId: null,
  accountableUserName: null,
  targetRate: 0.955,
  rule: {
    kind: 'within',
    start: { type: 'complaint.received' },
    end: { type: 'email.sent' },
    subject: { kind: 'customer' },
    duration: { amount: 4, unit: 'business_hours' },
  },
  ruleSentence: 'email.sent within 4 business hours of complaint.received',
  calendarId: null,
  calendarName: null,
  active: true,
  version: 1,
  compliance: { kept: 0, broken: 0, open: 0, rate: null, from: '2026-01-01' },
  evaluation: null,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
};

describe('the promise form', () => {
  it('turns the target in per cent into the fraction the API keeps', () => {
    const draft = { ...fromPromise(STORED), targetPercent: '97,5' };
    expect(fromPromise(STORED).targetPercent).toBe('95.5');
    expect(toPromiseRequest(draft).targetRate).toBe(0.975);
  });

  it('sends only what changed, so a new wording does not replay history', () => {
    const before = toPromiseRequest(fromPromise(STORED));
    const draft = { ...fromPromise(STORED), customerWording: 'A first answer within 4 hours.' };
    expect(diffPromiseRequest(before, toPromiseRequest(draft))).toEqual({
      customerWording: 'A first answer within 4 hours.',
    });
    const longer = fromPromise(STORED);
    longer.rule.duration.amount = '8';
    expect(Object.keys(diffPromiseRequest(before, toPromiseRequest(longer)))).toEqual(['rule']);
  });

  it('drops the department when the Value Chain Manager answers, and the stage without a chain', () => {
    const draft = {
      ...fromPromise(STORED),
      ownerKind: 'value_chain_manager' as const,
      stageId: 'stg_01hzzzzzzzzzzzzzzzzzzzzzzz',
    };
    const request = toPromiseRequest(draft);
    expect(request.ownerDepartmentId).toBeNull();
    expect(request.stageId).toBeNull();
    const parsed = ZCreatePromiseRequest.safeParse(request);
    expect(parsed.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['valueChainId']);
  });

  it('a new draft needs the wording, the names and the events before it can be sent', () => {
    const parsed = ZCreatePromiseRequest.safeParse(toPromiseRequest(createPromiseDraft()));
    const paths = parsed.error?.issues.map((issue) => issue.path.join('.')) ?? [];
    expect(paths).toEqual(
      expect.arrayContaining([
        'customerWording',
        'internalName',
        'rule.start.type',
        'rule.end.type',
      ]),
    );
  });
});
