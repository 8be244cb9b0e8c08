import {
  classifyDestinationAddress,
  describeRefusedAddress,
  isIpLiteral,
} from './destination-address.ts';

export type TWebhookUrlCheck =
  | { ok: true; url: URL; host: string; isIpLiteral: boolean }
  | { ok: false; message: string };

const MAX_URL_LENGTH = 2000;

/**
 * The shape of a webhook destination, before any name is resolved: http(s), no credentials
 * in it (the signature authenticates us; a password in a URL ends up in every listing) and,
 * when the host is an IP literal, an address of the public internet unless private
 * destinations are allowed.
 */
export function checkWebhookUrl(
  text: string,
  options: { allowPrivate: boolean },
): TWebhookUrlCheck {
  if (text.length > MAX_URL_LENGTH)
    return { ok: false, message: `is longer than ${MAX_URL_LENGTH} characters` };
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { ok: false, message: 'is not a URL' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return { ok: false, message: 'must start with https:// (or http://)' };
  if (url.username || url.password)
    return {
      ok: false,
      message: 'must not carry a user name or password; receivers verify the signature',
    };
  const host = url.hostname;
  if (!host) return { ok: false, message: 'has no host' };
  const literal = isIpLiteral(host);
  if (literal && !options.allowPrivate) {
    const verdict = classifyDestinationAddress(host);
    if (!verdict.allowed)
      return { ok: false, message: `points at ${describeRefusedAddress(verdict.kind)}` };
  }
  return {
    ok: true,
    url,
    host: literal ? host.replace(/^\[|\]$/g, '') : host,
    isIpLiteral: literal,
  };
}
