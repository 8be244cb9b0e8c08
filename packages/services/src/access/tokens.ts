import { createHash, timingSafeEqual } from 'node:crypto';
import { newSecret } from '@customeric/db';

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

export function secretsEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/**
 * Session tokens and API keys carry their organisation, so the server can set the tenant
 * before looking them up under row-level security: `<orgId>.<secret>`, `cmk_<orgId>_<secret>`.
 */
export function newSessionToken(orgId: string): { token: string; secret: string } {
  const secret = newSecret(32);
  return { token: `${orgId}.${secret}`, secret };
}

export function parseSessionToken(token: string): { orgId: string; secret: string } | null {
  const match = /^(org_[0-9a-z]{26})\.([0-9a-z]{52})$/.exec(token);
  return match ? { orgId: match[1] as string, secret: match[2] as string } : null;
}

export function newApiKeySecret(orgId: string): { key: string; secret: string; prefix: string } {
  const secret = newSecret(32);
  return { key: `cmk_${orgId.slice(4)}_${secret}`, secret, prefix: `cmk_…${secret.slice(0, 8)}` };
}

export function parseApiKey(key: string): { orgId: string; secret: string } | null {
  const match = /^cmk_([0-9a-z]{26})_([0-9a-z]{52})$/.exec(key);
  return match ? { orgId: `org_${match[1]}`, secret: match[2] as string } : null;
}
