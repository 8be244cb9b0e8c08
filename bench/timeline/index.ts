// The customer's timeline among millions of events: first-page latency (warm, p95) through
// the real API in a child process, scrolling the whole timeline page by page, a filtered page
// and the summary behind the department strip. One JSON line at the end (bench/results/timeline.json).
import { join } from 'node:path';
import { signInOverHttp } from '../http/sign-in.ts';
import { startChildServer, type TChildServer } from '../lib/child-server.ts';
import { startEventsBenchDatabase, type TEventsBenchDatabase } from '../lib/events-database.ts';
import { reportResult, round } from '../lib/report.ts';
import { generateTimelineWorld } from './generate.ts';
import { measureGet, measureScroll } from './measure.ts';
import { readOptions, type TTimelineBenchOptions } from './options.ts';

const TARGET_P95_MS = 50;

interface TStarted {
  database?: TEventsBenchDatabase;
  api?: TChildServer;
}

async function measureAll(options: TTimelineBenchOptions, started: TStarted) {
  started.database = await startEventsBenchDatabase();
  const { appUrl, ownerUrl } = started.database;
  console.log(
    `Generating ${options.events.toLocaleString('en')} events, ${options.target.toLocaleString('en')} of them for one customer…`,
  );
  const setupStarted = performance.now();
  const world = await generateTimelineWorld(appUrl, ownerUrl, options);
  const setupSeconds = round((performance.now() - setupStarted) / 1000, 1);
  started.api = await startChildServer(join(import.meta.dirname, '..', 'http', 'api-server.ts'), {
    BENCH_APP_URL: appUrl,
  });
  const cookie = await signInOverHttp(started.api.url, {
    orgId: world.orgId,
    adminEmail: world.adminEmail,
    adminPassword: world.adminPassword,
  });
  const timeline = `${started.api.url}/api/customers/${world.targetId}/timeline`;
  console.log(
    `Set up in ${setupSeconds} s. Timing the first page, ${options.requests} requests after 20 of warm-up…`,
  );
  const firstPage = await measureGet(`${timeline}?limit=50`, cookie, options.requests);
  const filtered = await measureGet(
    `${timeline}?limit=50&department=${world.departmentIds[2]}&type=invoice.*`,
    cookie,
    options.requests,
  );
  const summary = await measureGet(`${timeline}/summary`, cookie, Math.min(options.requests, 50));
  const scroll = await measureScroll(timeline, cookie);
  if (scroll.events !== options.target)
    throw new Error(`scrolled ${scroll.events} events, expected ${options.target}`);
  return {
    events: options.events,
    customerEvents: options.target,
    setupSeconds,
    firstPage,
    firstPageP95UnderTarget: firstPage.p95Ms < TARGET_P95_MS,
    filteredFirstPage: filtered,
    scrollAllPages: scroll,
    summary,
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
    `\nFirst page p50 ${figures.firstPage.p50Ms} ms, p95 ${figures.firstPage.p95Ms} ms (target < ${TARGET_P95_MS}); ` +
      `filtered p95 ${figures.filteredFirstPage.p95Ms} ms; all ${figures.scrollAllPages.requests} pages p95 ${figures.scrollAllPages.p95Ms} ms; ` +
      `summary p95 ${figures.summary.p95Ms} ms; API server peak RSS ${figures.serverPeakRssMb} MB\n`,
  );
  await reportResult('timeline', { ...figures, settings: options });
} finally {
  await stopAll();
}
