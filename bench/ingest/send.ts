import { generateEvent, type TBenchWorld } from './generate.ts';

export interface TSendFigures {
  seconds: number;
  accepted: number;
  requests: number;
}

async function sendBatch(
  url: string,
  apiKey: string,
  body: string,
  expected: number,
): Promise<number> {
  const response = await fetch(`${url}/api/events:batch`, {
    method: 'POST',
    headers: { authorization: `Bearer ${apiKey}`, 'content-type': 'application/json' },
    body,
  });
  const text = await response.text();
  if (response.status !== 200)
    throw new Error(`batch answered ${response.status}: ${text.slice(0, 300)}`);
  const result = JSON.parse(text) as { accepted: number };
  // A benchmark that stores less than it sends measures nothing: refuse to report it.
  if (result.accepted !== expected)
    throw new Error(
      `a batch of ${expected} had ${result.accepted} accepted: ${text.slice(0, 300)}`,
    );
  return result.accepted;
}

/**
 * The request bodies, made before the clock starts: the load generator shares the machine's
 * two cores with the server and PostgreSQL, and must not be what is measured.
 */
export function buildBodies(world: TBenchWorld, count: number, batch: number) {
  const bodies: { body: string; size: number }[] = [];
  for (let from = 0; from < count; from += batch) {
    const to = Math.min(count, from + batch);
    const events = [];
    for (let index = from; index < to; index++) events.push(generateEvent(world, index));
    bodies.push({ body: JSON.stringify({ events }), size: to - from });
  }
  return bodies;
}

/** Sends the batches with `concurrency` requests in flight, as an integration would. */
export async function sendBodies(
  url: string,
  apiKey: string,
  bodies: { body: string; size: number }[],
  options: { concurrency: number; onBatch?: (sent: number) => void },
): Promise<TSendFigures> {
  let next = 0;
  let accepted = 0;
  const started = performance.now();
  const worker = async () => {
    while (next < bodies.length) {
      const { body, size } = bodies[next++] as { body: string; size: number };
      // Read the shared total only after the await: `accepted += await …` would lose updates.
      const stored = await sendBatch(url, apiKey, body, size);
      accepted += stored;
      options.onBatch?.(accepted);
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  return { seconds: (performance.now() - started) / 1000, accepted, requests: bodies.length };
}
