import { randomBytes } from 'node:crypto';

const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz'; // Crockford base32, lower case

function encodeBase32(value: bigint, length: number): string {
  let out = '';
  let rest = value;
  for (let i = 0; i < length; i++) {
    out = ALPHABET[Number(rest & 31n)] + out;
    rest >>= 5n;
  }
  return out;
}

/**
 * A prefixed, time-ordered id (`usr_01jd…`): 48 bits of milliseconds then 80 random bits,
 * 26 base32 characters. Time order keeps B-tree inserts at the right edge of the index.
 */
export function newId(prefix: string, now: number = Date.now()): string {
  const random = BigInt(`0x${randomBytes(10).toString('hex')}`);
  return `${prefix}_${encodeBase32(BigInt(now), 10)}${encodeBase32(random, 16)}`;
}

/** A random secret in the same alphabet, for tokens and API keys. */
export function newSecret(bytes = 20): string {
  return encodeBase32(
    BigInt(`0x${randomBytes(bytes).toString('hex')}`),
    Math.ceil((bytes * 8) / 5),
  );
}
