// Ingest of generated events through the HTTP API (POST /api/events:batch, an API key, a
// child-process server) against a raw COPY of the same rows into the same table, in the
// same run. Prints a summary, then one JSON line (also kept in bench/results/ingest.json).
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { openDatabase } from '@customeric/db';
import { from as copyFrom } from 'pg-copy-streams';
import { startChildServer, type TChildServer } from '../lib/child-server.ts';
import {
  startEventsBenchDatabase,
  type TEventsBenchDatabase,
  withOwnerBypassingRls,
} from '../lib/events-database.ts';
import { reportResult, round } from '../lib/report.ts';
import { buildCopyChunks, COPY_COLUMNS, type TBenchWorld } from './generate.ts';
import { readOptions, type TIngestBenchOptions } from './options.ts';
import { seedIngestWorld } from './seed.ts';
import { buildBodies, sendBodies } from './send.ts';
import { streamEvents } from './stream.ts';

interface TStarted {
  database?: TEventsBenchDatabase;
  api?: TChildServer;
}

async function seed(appUrl: string, customers: number) {
  const database = openDatabase(appUrl, { max: 2 });
  try {
    return await seedIngestWorld(database, customers);
  } finally {
    await database.close();
  }
}

/** The ceiling: COPY of the same rows into the same table (same indexes, keys and checks). */
async function measureCopy(ownerUrl: string, world: TBenchWorld, count: number): Promise<number> {
  return withOwnerBypassingRls(ownerUrl, ['events'], async (client) => {
    const chunks = buildCopyChunks(world, count);
    const started = performance.now();
    await pipeline(
      Readable.from(chunks),
      client.query(copyFrom(`COPY events ${COPY_COLUMNS} FROM STDIN`)),
    );
    const seconds = (performance.now() - started) / 1000;
    // Empty again, so the API run starts from the same table the COPY did.
    await client.query('TRUNCATE events');
    await client.query('VACUUM ANALYZE events');
    return count / seconds;
  });
}

async function countEvents(ownerUrl: string): Promise<number> {
  return withOwnerBypassingRls(ownerUrl, ['events'], async (client) => {
    const result = await client.query<{ n: number }>('SELECT count(*)::int AS n FROM events');
    return result.rows[0]?.n ?? 0;
  });
}

function progress(total: number) {
  let shown = 0;
  return (sent: number) => {
    if (sent - shown < total / 10 && sent !== total) return;
    shown = sent;
    process.stderr.write(
      `  ${sent.toLocaleString('en')} of ${total.toLocaleString('en')} events sent\n`,
    );
  };
}

/** The batches through the API, then one long NDJSON stream, with the server's memory after each. */
async function measureApi(
  api: TChildServer,
  world: TBenchWorld & { apiKey: string },
  options: TIngestBenchOptions,
) {
  console.log(
    `The same rows through POST /api/events:batch (${options.batch} per batch, ${options.concurrency} in flight)…`,
  );
  const bodies = buildBodies(world, options.events, options.batch);
  const sent = await sendBodies(api.url, world.apiKey, bodies, {
    concurrency: options.concurrency,
    onBatch: progress(options.events),
  });
  const batchPeakRssMb = api.readPeakRssMb();
  console.log(
    `${options.stream.toLocaleString('en')} more events in one NDJSON stream (POST /api/events:stream)…`,
  );
  const streamed = await streamEvents(api.url, world.apiKey, world, options.events, options.stream);
  return { sent, batchPeakRssMb, streamed };
}

async function measureAll(options: TIngestBenchOptions, started: TStarted) {
  started.database = await startEventsBenchDatabase();
  const { appUrl, ownerUrl } = started.database;
  const world = await seed(appUrl, options.customers);
  console.log(`COPY of ${options.events.toLocaleString('en')} rows into events…`);
  const copyPerSecond = await measureCopy(ownerUrl, world, options.events);
  started.api = await startChildServer(join(import.meta.dirname, '..', 'http', 'api-server.ts'), {
    BENCH_APP_URL: appUrl,
  });
  const { sent, batchPeakRssMb, streamed } = await measureApi(started.api, world, options);
  const stored = await countEvents(ownerUrl);
  const expected = options.events + options.stream;
  if (stored !== expected) throw new Error(`sent ${expected} events, ${stored} are stored`);
  const apiPerSecond = sent.accepted / sent.seconds;
  return {
    events: options.events,
    copyEventsPerSecond: round(copyPerSecond, 0),
    apiEventsPerSecond: round(apiPerSecond, 0),
    ratioToCopy: round(apiPerSecond / copyPerSecond),
    apiSeconds: round(sent.seconds, 1),
    requests: sent.requests,
    batchServerPeakRssMb: round(batchPeakRssMb, 1),
    streamEvents: options.stream,
    streamEventsPerSecond: round(streamed.accepted / streamed.seconds, 0),
    serverPeakRssMb: round(started.api.readPeakRssMb(), 1),
  };
}

const options = readOptions(process.argv.slice(2));
const started: TStarted = {};
const stopAll = async () => {
  await started.api?.stop();
  await started.database?.stop();
};
process.once('SIGINT', () => void stopAll().finally(() => process.exit(130)));
try {
  const figures = await measureAll(options, started);
  console.log(
    `\nCOPY ${figures.copyEventsPerSecond.toLocaleString('en')} rows/s, API ${figures.apiEventsPerSecond.toLocaleString('en')} events/s: ` +
      `${figures.ratioToCopy} of COPY; API server peak RSS ${figures.serverPeakRssMb} MB\n`,
  );
  await reportResult('ingest', { ...figures, settings: options });
} finally {
  await stopAll();
}
