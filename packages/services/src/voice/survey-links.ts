import { newSecret } from '@customeric/db';
import { hashSecret } from '../access/tokens.ts';

/**
 * A survey link's token carries its organisation, as session tokens and API keys do, so the
 * public answer page can set the tenant before looking the invitation up under row-level
 * security: 26 characters of the organisation id, then a 160-bit secret. Only the SHA-256
 * of the whole token is stored.
 */
export function newSurveyToken(orgId: string): { token: string; hash: string } {
  const token = `${orgId.slice(4)}${newSecret(20)}`;
  return { token, hash: hashSecret(token) };
}

export function parseSurveyToken(token: string): { orgId: string; hash: string } | null {
  const match = /^([0-9a-z]{26})[0-9a-z]{32}$/.exec(token);
  return match ? { orgId: `org_${match[1]}`, hash: hashSecret(token) } : null;
}

/** Where the answer page of a token is, relative to the server's origin. */
export function surveyLinkPath(token: string): string {
  return `/s/${token}`;
}
