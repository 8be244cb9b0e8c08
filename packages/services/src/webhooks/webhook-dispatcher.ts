import type { LookupFunction } from 'node:net';
import { Agent } from 'undici';
import { resolveAllowedAddresses } from './webhook-destination.ts';
import type { TWebhookSettings } from './webhook-settings.ts';

/**
 * The connection's own name lookup: it resolves, refuses a host with any non-public address,
 * and hands the socket exactly the addresses it checked. Checking first and letting the
 * socket resolve again would leave a gap for DNS rebinding (a public answer to the check, a
 * loopback one to the connection).
 */
function createCheckedLookup(settings: TWebhookSettings): LookupFunction {
  return (hostname, options, callback) => {
    resolveAllowedAddresses(hostname, settings).then(
      (addresses) => {
        const family = options.family === 4 || options.family === 6 ? options.family : null;
        const usable = family ? addresses.filter((entry) => entry.family === family) : addresses;
        const [first] = usable;
        if (!first) {
          const error = Object.assign(new Error(`${hostname} has no IPv${family} address`), {
            code: 'ENOTFOUND',
          });
          callback(error, '', 0);
        } else if (options.all) callback(null, usable);
        else callback(null, first.address, first.family);
      },
      (error: Error) => callback(error, '', 0),
    );
  };
}

const agents = new WeakMap<TWebhookSettings, Agent>();

/**
 * One connection pool per settings object: keep-alive connections to a receiver are reused
 * across deliveries (each was opened to a checked address). Redirects are never followed:
 * undici's request does not, and a 3xx counts as a failure, as the specification advises.
 */
export function getWebhookDispatcher(settings: TWebhookSettings): Agent {
  let agent = agents.get(settings);
  if (!agent) {
    agent = new Agent({
      connect: { lookup: createCheckedLookup(settings), timeout: settings.timeoutMs },
      connections: 32,
      keepAliveTimeout: 10_000,
      headersTimeout: settings.timeoutMs,
      bodyTimeout: settings.timeoutMs,
    });
    agents.set(settings, agent);
  }
  return agent;
}
