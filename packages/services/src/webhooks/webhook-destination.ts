import {
  checkWebhookUrl,
  classifyDestinationAddress,
  describeRefusedAddress,
} from '@customeric/domain';
import { AppError } from '../common/app-error.ts';
import type { TResolvedAddress, TWebhookSettings } from './webhook-settings.ts';
import { PRIVATE_DESTINATION_DETAIL } from './webhook-settings.ts';

/** A destination the guard refuses; the message names the address and what it is. */
class RefusedDestinationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RefusedDestinationError';
  }
}

/**
 * Resolves a host to every address it has and refuses it when ANY of them is not public:
 * a name with one public and one loopback address would otherwise reach the loopback one
 * on some attempts. The caller connects only to the addresses returned.
 */
export async function resolveAllowedAddresses(
  host: string,
  settings: Pick<TWebhookSettings, 'allowPrivate' | 'resolve'>,
): Promise<TResolvedAddress[]> {
  const addresses = await settings.resolve(host);
  if (addresses.length === 0) throw new RefusedDestinationError(`${host} has no address`);
  if (settings.allowPrivate) return addresses;
  for (const { address } of addresses) {
    const verdict = classifyDestinationAddress(address);
    if (!verdict.allowed) {
      throw new RefusedDestinationError(
        `${host} resolves to ${verdict.address}, ${describeRefusedAddress(verdict.kind)}; ${PRIVATE_DESTINATION_DETAIL}`,
      );
    }
  }
  return addresses;
}

function refused(message: string, detail = PRIVATE_DESTINATION_DETAIL): AppError {
  return new AppError('validation_failed', { detail, errors: [{ pointer: '/url', message }] });
}

async function checkResolvedHost(host: string, settings: TWebhookSettings): Promise<void> {
  let addresses: TResolvedAddress[];
  try {
    addresses = await settings.resolve(host);
  } catch (error) {
    // A name that does not exist is a typo; a resolver that is down now is checked again at delivery.
    if ((error as NodeJS.ErrnoException).code === 'ENOTFOUND')
      throw refused(`${host} does not resolve to any address`, `There is no host called ${host}.`);
    return;
  }
  if (settings.allowPrivate) return;
  for (const { address } of addresses) {
    const verdict = classifyDestinationAddress(address);
    if (!verdict.allowed)
      throw refused(`resolves to ${verdict.address}, ${describeRefusedAddress(verdict.kind)}`);
  }
}

/** The guard when an endpoint is added or its URL changed: a clear 400 naming the reason. */
export async function assertWebhookDestination(
  url: string,
  settings: TWebhookSettings,
): Promise<void> {
  const check = checkWebhookUrl(url, settings);
  if (!check.ok) {
    const isAddress = check.message.startsWith('points at');
    throw isAddress
      ? refused(check.message)
      : new AppError('validation_failed', {
          detail: `The URL ${check.message}.`,
          errors: [{ pointer: '/url', message: check.message }],
        });
  }
  if (!check.isIpLiteral) await checkResolvedHost(check.host, settings);
}
