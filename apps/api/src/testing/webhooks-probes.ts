import { type TDatabase, withTenant } from '@customeric/db';
import {
  createWebhookEndpoint,
  getWebhookEndpointById,
  readWebhookSettings,
  sendTestWebhook,
  type TActor,
} from '@customeric/services';

interface TWebhooksProbe {
  url: string;
  payload?: unknown;
  success: number;
  targetsObject?: boolean;
}

interface TProbeWorld {
  database: TDatabase;
  orgA: { organization: { id: string }; actor: TActor };
}

// A public IP literal: no name to resolve, and allowed with the operator switch off.
const PUBLIC_URL = 'https://93.184.215.14/customeric';

/**
 * The authorization matrix's probes for /api/webhooks. Each probe runs once per caller, so
 * objects a successful call uses up (a deleted endpoint, a retried delivery) are made anew.
 */
export function webhooksProbes(
  world: () => TProbeWorld,
): Record<string, () => Promise<TWebhooksProbe>> {
  const context = () => ({ database: world().database, actor: world().orgA.actor });
  const settings = readWebhookSettings({});
  const addEndpoint = async () =>
    (
      await createWebhookEndpoint(
        context(),
        { url: PUBLIC_URL, description: 'probe', eventTypes: [] },
        settings,
      )
    ).endpoint.id;
  let shared: string | null = null;
  let doomed: string | null = null;
  const sharedEndpoint = async () => {
    shared ??= await addEndpoint();
    return shared;
  };
  const stillThere = (id: string) =>
    getWebhookEndpointById(context(), id).then(
      () => true,
      () => false,
    );
  const endpointToDelete = async () => {
    if (!doomed || !(await stillThere(doomed))) doomed = await addEndpoint();
    return doomed;
  };
  const deadDelivery = async () => {
    const sent = await sendTestWebhook(context(), await sharedEndpoint());
    // As if its one attempt had failed for good; no worker runs in the matrix.
    await withTenant(world().database, world().orgA.organization.id, (tx) =>
      tx.$client.query(
        `UPDATE webhook_deliveries SET status = 'dead', next_attempt_at = NULL, attempts = 1 WHERE id = $1`,
        [sent.deliveryId],
      ),
    );
    return sent;
  };
  const endpointUrl = async (tail = '') =>
    `/api/webhooks/endpoints/${await sharedEndpoint()}${tail}`;
  return {
    'GET /api/webhooks/event-types': async () => ({
      url: '/api/webhooks/event-types',
      success: 200,
    }),
    'GET /api/webhooks/endpoints': async () => ({ url: '/api/webhooks/endpoints', success: 200 }),
    'POST /api/webhooks/endpoints': async () => ({
      url: '/api/webhooks/endpoints',
      payload: { url: PUBLIC_URL, eventTypes: ['promise.breached'] },
      success: 201,
    }),
    'GET /api/webhooks/endpoints/:endpointId': async () => ({
      url: await endpointUrl(),
      success: 200,
      targetsObject: true,
    }),
    'PATCH /api/webhooks/endpoints/:endpointId': async () => ({
      url: await endpointUrl(),
      payload: { description: `probe ${Date.now()}` },
      success: 200,
      targetsObject: true,
    }),
    'DELETE /api/webhooks/endpoints/:endpointId': async () => ({
      url: `/api/webhooks/endpoints/${await endpointToDelete()}`,
      success: 204,
      targetsObject: true,
    }),
    'POST /api/webhooks/endpoints/:endpointId/rotate-secret': async () => ({
      url: await endpointUrl('/rotate-secret'),
      success: 200,
      targetsObject: true,
    }),
    'POST /api/webhooks/endpoints/:endpointId/test': async () => ({
      url: await endpointUrl('/test'),
      success: 202,
      targetsObject: true,
    }),
    'GET /api/webhooks/endpoints/:endpointId/deliveries': async () => ({
      url: await endpointUrl('/deliveries'),
      success: 200,
      targetsObject: true,
    }),
    'GET /api/webhooks/messages': async () => ({ url: '/api/webhooks/messages', success: 200 }),
    'GET /api/webhooks/messages/:messageId': async () => ({
      url: `/api/webhooks/messages/${(await deadDelivery()).messageId}`,
      success: 200,
      targetsObject: true,
    }),
    'GET /api/webhooks/deliveries/:deliveryId': async () => ({
      url: `/api/webhooks/deliveries/${(await deadDelivery()).deliveryId}`,
      success: 200,
      targetsObject: true,
    }),
    'POST /api/webhooks/deliveries/:deliveryId/retry': async () => ({
      url: `/api/webhooks/deliveries/${(await deadDelivery()).deliveryId}/retry`,
      success: 202,
      targetsObject: true,
    }),
  };
}
