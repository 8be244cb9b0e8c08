import type { TPromiseView } from '@customeric/contracts';
import { createRuleDraft, fromRule, type TRuleDraft, toRule } from './rule-draft.ts';

/** The promise's own fields as the form holds them (text for numbers, '' for none). */
export interface TPromiseDraft {
  customerWording: string;
  internalName: string;
  ownerKind: 'department' | 'value_chain_manager';
  ownerDepartmentId: string;
  valueChainId: string;
  stageId: string;
  /** In per cent, as people write it; the promise holds a fraction. */
  targetPercent: string;
  calendarId: string;
  active: boolean;
  rule: TRuleDraft;
}

export function createPromiseDraft(): TPromiseDraft {
  return {
    customerWording: '',
    internalName: '',
    ownerKind: 'department',
    ownerDepartmentId: '',
    valueChainId: '',
    stageId: '',
    targetPercent: '95',
    calendarId: '',
    active: true,
    rule: createRuleDraft('within'),
  };
}

export function fromPromise(promise: TPromiseView): TPromiseDraft {
  return {
    customerWording: promise.customerWording,
    internalName: promise.internalName,
    ownerKind: promise.ownerKind,
    ownerDepartmentId: promise.ownerDepartmentId ?? '',
    valueChainId: promise.valueChainId ?? '',
    stageId: promise.stageId ?? '',
    targetPercent: String(Math.round(promise.targetRate * 1000) / 10),
    calendarId: promise.calendarId ?? '',
    active: promise.active,
    rule: fromRule(promise.rule),
  };
}

const orNull = (value: string) => value.trim() || null;

function toFraction(percent: string): number {
  const text = percent.trim().replace(',', '.');
  return text === '' ? Number.NaN : Math.round(Number(text) * 10) / 1000;
}

/** The request body for creating the promise; the contract's schema judges it. */
export function toPromiseRequest(draft: TPromiseDraft) {
  const department = draft.ownerKind === 'department';
  return {
    customerWording: draft.customerWording.trim(),
    internalName: draft.internalName.trim(),
    ownerKind: draft.ownerKind,
    ownerDepartmentId: department ? orNull(draft.ownerDepartmentId) : null,
    valueChainId: orNull(draft.valueChainId),
    stageId: orNull(draft.valueChainId) ? orNull(draft.stageId) : null,
    targetRate: toFraction(draft.targetPercent),
    rule: toRule(draft.rule),
    calendarId: orNull(draft.calendarId),
    active: draft.active,
  };
}

export type TPromiseRequestBody = ReturnType<typeof toPromiseRequest>;

/**
 * Only what changed, for PATCH: an untouched rule is not sent, so saving a new wording does not
 * bump the version and replay history.
 */
export function diffPromiseRequest(
  before: TPromiseRequestBody,
  after: TPromiseRequestBody,
): Partial<TPromiseRequestBody> {
  const changes: Record<string, unknown> = {};
  for (const key of Object.keys(after) as (keyof TPromiseRequestBody)[])
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) changes[key] = after[key];
  return changes as Partial<TPromiseRequestBody>;
}
