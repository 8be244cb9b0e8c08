// Scores over millions of answers: NPS by department and week through the real API (stored
// counts) against the bare SQL aggregate over the raw answers in the same run, at 1 M and 10 M
// answers; "why it moved" over 1 M answers; what the counting trigger costs an insert; the API
// server's peak memory. One JSON line at the end (bench/results/scores.json).
import { join } from 'node:path';
import { signInOverHttp } from '../http/sign-in.ts';
import { startChildServer, type TChildServer } from '../lib/child-server.ts';
import { startEventsBenchDatabase, type TEventsBenchDatabase } from '../lib/events-database.ts';
import { reportResult, round } from '../lib/report.ts';
import { measureGet } from '../timeline/measure.ts';
import { SPAN } from './generate.ts';
import { bulkLoad } from './load.ts';
import { timeBareAggregate } from './measure.ts';
import { readOptions, type TScoresBenchOptions } from './options.ts';
import { seedOrganization } from './seed.ts';
import { measureTriggerCost } from './trigger-cost.ts';
import { timeWhy } from './why-timing.ts';

interface TStarted {
  database?: TEventsBenchDatabase;
  api?: TChildServer;
}

const TARGET_RATIO = 0.2;
const TARGET_WARM_MS = 100;
const TARGET_WHY_MS = 2000;

async function measureAll(options: TScoresBenchOptions, started: TStarted) {
  started.database = await startEventsBenchDatabase();
  const { appUrl, ownerUrl } = started.database;
  const tableOrg = await seedOrganization(appUrl, 'bench-scores');
  const whyOrg = await seedOrganization(appUrl, 'bench-why');
  const costOrg = await seedOrganization(appUrl, 'bench-cost');
  console.log('Measuring what the counting trigger costs an insert…');
  const triggerCost = await measureTriggerCost(appUrl, ownerUrl, costOrg);
  started.api = await startChildServer(join(import.meta.dirname, '..', 'http', 'api-server.ts'), {
    BENCH_APP_URL: appUrl,
  });
  const tableUrl = `${started.api.url}/api/scores?kind=nps&grain=week&by=department&from=${SPAN.from}&to=${SPAN.to}`;
  const steps = [];
  let loaded = 0;
  let why: (Awaited<ReturnType<typeof timeWhy>> & { bareSqlMs: number }) | null = null;
  for (const size of options.sizes) {
    console.log(
      `Loading answers ${loaded + 1}–${size}${loaded === 0 ? ` and the "why" set (${options.whyAnswers})` : ''}…`,
    );
    const load = await bulkLoad(ownerUrl, {
      table: { org: tableOrg, from: loaded + 1, to: size },
      why: loaded === 0 ? { org: whyOrg, answers: options.whyAnswers } : null,
    });
    loaded = size;
    const bare = await timeBareAggregate(appUrl, tableOrg.orgId);
    const cookie = await signInOverHttp(started.api.url, tableOrg);
    const api = await measureGet(tableUrl, cookie, options.requests);
    const ratio = round(api.p50Ms / bare.medianMs, 4);
    console.log(
      `${size.toLocaleString('en')} answers: bare SQL ${bare.medianMs} ms, API p50 ${api.p50Ms} ms (ratio ${ratio}), p95 ${api.p95Ms} ms`,
    );
    steps.push({
      answers: size,
      load,
      bareSqlMs: bare.medianMs,
      bareSqlRows: bare.rows,
      api,
      ratio,
      ratioUnderTarget: ratio < TARGET_RATIO,
      warmUnderTarget: api.p50Ms < TARGET_WARM_MS,
    });
    if (!why) {
      const timed = await timeWhy(started.api.url, whyOrg);
      // The same bare aggregate over the "why" answers: how far the machine is from a quiet one.
      const bareWhy = await timeBareAggregate(appUrl, whyOrg.orgId);
      why = { ...timed, bareSqlMs: bareWhy.medianMs };
      console.log(
        `"why" over ${options.whyAnswers.toLocaleString('en')} answers: p50 ${timed.p50Ms} ms; the bare aggregate over them ${bareWhy.medianMs} ms`,
      );
    }
  }
  return {
    steps,
    why: why
      ? {
          answers: options.whyAnswers,
          ...why,
          ratioToBareSql: round(why.p50Ms / why.bareSqlMs, 2),
          underTarget: why.p50Ms < TARGET_WHY_MS,
        }
      : null,
    triggerCost,
    serverPeakRssMb: round(started.api.readPeakRssMb(), 1),
    targets: { ratio: TARGET_RATIO, warmMs: TARGET_WARM_MS, whyMs: TARGET_WHY_MS },
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
    `\nWhy over ${options.whyAnswers.toLocaleString('en')} answers: p50 ${figures.why?.p50Ms} ms; API server peak RSS ${figures.serverPeakRssMb} MB\n`,
  );
  await reportResult('scores', { ...figures, settings: options });
} finally {
  await stopAll();
}
