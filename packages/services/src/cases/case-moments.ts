import { AppError } from '../common/app-error.ts';

/** Clocks of callers and servers drift a little; "now" may be this far ahead. */
const SKEW_MS = 5 * 60_000;

/**
 * When something happened to a case: now, or an earlier moment given by the caller (history
 * brought over from another system). Never in the future, never before `notBefore`.
 */
export function resolveMoment(
  given: string | undefined,
  pointer: string,
  notBefore: Date | null,
  now: Date = new Date(),
): Date {
  if (given === undefined) return notBefore && notBefore > now ? notBefore : now;
  const at = new Date(given);
  const fail = (message: string) =>
    new AppError('validation_failed', {
      detail: `The time ${given} cannot be used: it ${message}.`,
      errors: [{ pointer, message }],
    });
  if (at.getTime() > now.getTime() + SKEW_MS) throw fail('is in the future');
  if (notBefore && at < notBefore)
    throw fail(`is before the case's last change (${notBefore.toISOString()})`);
  return at;
}
