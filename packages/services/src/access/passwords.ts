import { hash, verify } from '@node-rs/argon2';

// OWASP's Argon2id baseline: 19 MiB, 2 passes, 1 lane.
const OPTIONS = {
  algorithm: 2 /* Argon2id; the package exports it as a const enum */,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
};

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

let dummyHash: Promise<string> | null = null;

/**
 * Verifies a password. With no usable stored hash it still spends the same time on a dummy one, so
 * response times do not tell which e-mails exist.
 */
export async function verifyPassword(
  storedHash: string | null,
  password: string,
): Promise<boolean> {
  // A hash starting with ! is one no password matches (people imported without one); it
  // takes the dummy path too, so timing does not tell such accounts apart.
  if (storedHash && !storedHash.startsWith('!'))
    return verify(storedHash, password).catch(() => false);
  dummyHash ??= hashPassword('customeric-dummy-password');
  await verify(await dummyHash, password).catch(() => false);
  return false;
}
