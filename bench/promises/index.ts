// Promises: the engine alone (20 promises over a million events in memory), then ingest
// through the HTTP API with the job worker running, for an organisation without promises and
// one with twenty, in the same run: the ratio is what evaluation costs ingest. Prints a
// summary, then one JSON line (also kept in bench/results/promises.json).
import { join } from 'node:path';
import { newId, openDatabase, type TDatabase } from '@customeric/db';
import { startChildServer, type TChildServer } from '../lib/child-server.ts';
import { startEventsBenchDatabase, type TEventsBenchDatabase } from '../lib/events-database.ts';
import { reportResult, round } from '../lib/report.ts';
import { measureEngine } from './engine.ts';
import { countOutcomes, ingestAndEvaluate, waitForEvaluation } from './ingest-pair.ts';
import { readOptions, type TPromisesBenchOptions } from './options.ts';
import { seedBenchOrg } from './seed.ts';

interface TStarted {
  database?: TEventsBenchDatabase;
  app?: TDatabase;
  api?: TChildServer;
}

async function measureIngest(options: TPromisesBenchOptions, started: TStarted) {
  started.database = await startEventsBenchDatabase();
  started.app = openDatabase(started.database.appUrl, { max: 3 });
  const plain = await seedBenchOrg(started.app, 'bench-plain', {
    customers: options.customers,
    promises: false,
  });
  const measured = await seedBenchOrg(started.app, 'bench-promises', {
    customers: options.customers,
    promises: true,
  });
  started.api = await startChildServer(join(import.meta.dirname, 'worker-server.ts'), {
    BENCH_APP_URL: started.database.appUrl,
  });
  await waitForEvaluation(started.app, measured.orgId);
  const settings = {
    events: options.ingestEvents,
    batch: options.batch,
    concurrency: options.concurrency,
  };
  console.log(
    `${options.ingestEvents.toLocaleString('en')} events for an organisation without promises…`,
  );
  const without = await ingestAndEvaluate(started.api.url, started.app, plain, settings);
  console.log(`${options.ingestEvents.toLocaleString('en')} events for one with 20 promises…`);
  const withPromises = await ingestAndEvaluate(started.api.url, started.app, measured, settings);
  const stored = await countOutcomes(started.app, measured.orgId);
  return { without, withPromises, stored, peakRssMb: started.api.readPeakRssMb() };
}

function summarise(
  options: TPromisesBenchOptions,
  engine: ReturnType<typeof measureEngine>,
  ingest: Awaited<ReturnType<typeof measureIngest>>,
) {
  const withoutRate = options.ingestEvents / ingest.without.totalSeconds;
  const withRate = options.ingestEvents / ingest.withPromises.totalSeconds;
  return {
    promises: 20,
    engineEvents: options.engineEvents,
    engineEventsPerSecond: round(engine.eventsPerSecond, 0),
    engineOutcomes: engine.outcomes,
    ingestEvents: options.ingestEvents,
    ingestWithoutPromisesEventsPerSecond: round(withoutRate, 0),
    ingestWithPromisesEventsPerSecond: round(withRate, 0),
    ingestAnsweredWithPromisesEventsPerSecond: round(
      options.ingestEvents / ingest.withPromises.ingestSeconds,
      0,
    ),
    ratioWithToWithout: round(withRate / withoutRate),
    evaluationCostShare: round(1 - withRate / withoutRate),
    outcomes: ingest.stored.outcomes,
    breaches: ingest.stored.breaches,
    subjectIndexRows: ingest.stored.subjects,
    serverPeakRssMb: round(ingest.peakRssMb, 1),
  };
}

const options = readOptions(process.argv.slice(2));
const started: TStarted = {};
const stopAll = async () => {
  await started.api?.stop();
  await started.app?.close();
  await started.database?.stop();
};
process.once('SIGINT', () => void stopAll().finally(() => process.exit(130)));
try {
  console.log(
    `The engine: 20 promises over ${options.engineEvents.toLocaleString('en')} events in memory…`,
  );
  const customers = Array.from({ length: options.customers }, () => newId('cus'));
  const engine = measureEngine(options.engineEvents, customers);
  const ingest = await measureIngest(options, started);
  const figures = summarise(options, engine, ingest);
  console.log(
    `\nEngine ${figures.engineEventsPerSecond.toLocaleString('en')} events/s for 20 promises; ingest ` +
      `${figures.ingestWithoutPromisesEventsPerSecond.toLocaleString('en')} events/s without promises, ` +
      `${figures.ingestWithPromisesEventsPerSecond.toLocaleString('en')} with 20 (evaluated): ratio ` +
      `${figures.ratioWithToWithout}; API server peak RSS ${figures.serverPeakRssMb} MB\n`,
  );
  await reportResult('promises', { ...figures, settings: options });
} finally {
  await stopAll();
}
