import { createHmac, randomBytes } from 'node:crypto';

const SECRET_PREFIX = 'whsec_';
const SECRET_BYTES = 32;

/** A symmetric signing secret as the specification serialises it: whsec_ + base64 of random bytes. */
export function newWebhookSecret(): string {
  return `${SECRET_PREFIX}${randomBytes(SECRET_BYTES).toString('base64')}`;
}

function signWith(secret: string, content: string): string {
  const key = Buffer.from(secret.slice(SECRET_PREFIX.length), 'base64');
  return `v1,${createHmac('sha256', key).update(content).digest('base64')}`;
}

/**
 * The webhook-signature header of the Standard Webhooks scheme: HMAC-SHA256 over
 * `${id}.${timestamp}.${body}`, base64, versioned `v1,`; one signature per secret, space
 * separated, so a receiver that still has the previous secret after a rotation verifies too.
 * Node's own HMAC (OpenSSL) rather than the reference library's pure-JavaScript SHA-256: the
 * scheme is a few lines, and the tests verify every request with the reference library.
 */
export function signWebhook(input: {
  id: string;
  timestampSeconds: number;
  body: string;
  secrets: readonly string[];
}): string {
  const content = `${input.id}.${input.timestampSeconds}.${input.body}`;
  return input.secrets.map((secret) => signWith(secret, content)).join(' ');
}
