import { Readable } from 'node:stream';
import { generateEvent, type TBenchWorld } from './generate.ts';

/** NDJSON made as it is sent, so neither side ever holds the whole stream. */
function ndjson(world: TBenchWorld, from: number, count: number): Readable {
  return Readable.from(
    (function* () {
      for (let start = from; start < from + count; start += 1_000) {
        let chunk = '';
        for (let index = start; index < Math.min(from + count, start + 1_000); index++)
          chunk += `${JSON.stringify(generateEvent(world, index))}\n`;
        yield chunk;
      }
    })(),
  );
}

/** Streams `count` events to POST /api/events:stream in one request; answers with its figures. */
export async function streamEvents(
  url: string,
  apiKey: string,
  world: TBenchWorld,
  from: number,
  count: number,
) {
  const started = performance.now();
  const response = await fetch(`${url}/api/events:stream`, {
    method: 'POST',
    headers: { authorization: `Bearer ${apiKey}`, 'content-type': 'application/x-ndjson' },
    body: Readable.toWeb(ndjson(world, from, count)) as ReadableStream,
    duplex: 'half',
  } as RequestInit);
  const text = await response.text();
  if (response.status !== 200)
    throw new Error(`stream answered ${response.status}: ${text.slice(0, 300)}`);
  const result = JSON.parse(text) as { accepted: number };
  if (result.accepted !== count)
    throw new Error(`streamed ${count} events, ${result.accepted} accepted`);
  return { seconds: (performance.now() - started) / 1000, accepted: result.accepted };
}
