import { z } from 'zod';

/** Prefixed public identifiers: a reader knows what kind of thing an id names. */
export const ID_PREFIXES = {
  organization: 'org',
  user: 'usr',
  session: 'ses',
  apiKey: 'key',
  audit: 'aud',
  department: 'dep',
  valueChain: 'vch',
  valueChainStage: 'stg',
  customer: 'cus',
  contact: 'con',
  event: 'evt',
  eventMapping: 'map',
  eventIngest: 'ing',
  case: 'cas',
  caseHandoff: 'hof',
  caseStatusChange: 'csc',
  caseComment: 'cmt',
  caseView: 'viw',
  caseClockPolicy: 'clp',
  caseEscalation: 'esc',
  programmeAssignment: 'pga',
  personalHandling: 'phd',
  callListened: 'cll',
  mail: 'eml',
  survey: 'srv',
  surveyInvitation: 'inv',
  theme: 'thm',
  businessCalendar: 'cal',
  promise: 'prm',
  promiseEvaluation: 'pev',
  promiseBreach: 'brc',
  webhookEndpoint: 'whe',
  webhookMessage: 'msg',
  webhookDelivery: 'whd',
  competitor: 'cmp',
  marketPeriod: 'mkp',
} as const;

export function ZId(prefix: string) {
  return z
    .string()
    .regex(new RegExp(`^${prefix}_[0-9a-z]{26}$`), `must be an id starting with ${prefix}_`);
}
