// HTTP throughput of the API against the machine's own ceiling, a bare Fastify route, measured
// in the same run. Prints a table, then one JSON line (also kept in bench/results/http.json).
import { join } from 'node:path';
import { openDatabase } from '@customeric/db';
import { startChildServer, type TChildServer } from '../lib/child-server.ts';
import { measureLoad, type TLoadFigures } from '../lib/load.ts';
import { describeMachine } from '../lib/machine.ts';
import { reportResult, round } from '../lib/report.ts';
import { startBenchDatabase, type TBenchDatabase } from './database.ts';
import { readOptions, type THttpBenchOptions } from './options.ts';
import { seedOrganization } from './seed.ts';
import { checkUsersList, signInOverHttp } from './sign-in.ts';

const PAGE_SIZE = 50;

interface TFigures {
  health: TLoadFigures;
  usersList: TLoadFigures;
  bare: TLoadFigures;
  ratios: { healthToBare: number; usersListToBare: number };
  serverPeakRssMb: number;
}

interface TStarted {
  database?: TBenchDatabase;
  api?: TChildServer;
  bare?: TChildServer;
}

async function seed(appUrl: string, users: number) {
  const database = openDatabase(appUrl, { max: 2 });
  try {
    return await seedOrganization(database, users);
  } finally {
    await database.close();
  }
}

async function startAll(options: THttpBenchOptions, started: TStarted) {
  started.database = await startBenchDatabase();
  const org = await seed(started.database.appUrl, options.users);
  started.api = await startChildServer(join(import.meta.dirname, 'api-server.ts'), {
    BENCH_APP_URL: started.database.appUrl,
  });
  started.bare = await startChildServer(join(import.meta.dirname, 'bare-server.ts'));
  const cookie = await signInOverHttp(started.api.url, org);
  return { api: started.api, bare: started.bare, cookie };
}

async function stopAll(started: TStarted): Promise<void> {
  await Promise.allSettled([started.api?.stop(), started.bare?.stop()]);
  await started.database?.stop();
}

function printTable(figures: TFigures, options: THttpBenchOptions): void {
  const rows: [string, TLoadFigures][] = [
    ['bare Fastify', figures.bare],
    ['GET /api/health', figures.health],
    ['GET /api/users', figures.usersList],
  ];
  console.log(`\n${options.connections} connections, ${options.durationSeconds} s per target`);
  console.log('target            req/s   p50 ms   p99 ms');
  for (const [name, row] of rows) {
    const cells = [row.rps, row.p50Ms, row.p99Ms].map((value, index) =>
      String(value).padStart(index === 0 ? 8 : 9),
    );
    console.log(`${name.padEnd(15)}${cells.join('')}`);
  }
  const { ratios, serverPeakRssMb } = figures;
  console.log(
    `health/bare ${ratios.healthToBare}, users-list/bare ${ratios.usersListToBare}, ` +
      `API server peak RSS ${serverPeakRssMb} MB\n`,
  );
}

/** The bare route first: it is the ceiling the API's figures are divided by. */
async function measureAll(options: THttpBenchOptions, started: TStarted): Promise<TFigures> {
  const { api, bare, cookie } = await startAll(options, started);
  const usersUrl = `${api.url}/api/users?limit=${PAGE_SIZE}`;
  await checkUsersList(usersUrl, cookie, PAGE_SIZE);
  const seconds = `${options.durationSeconds} s after ${options.warmupSeconds} s of warm-up`;
  console.log(`Loading each target for ${seconds}…`);
  const bareFigures = await measureLoad(`${bare.url}/`, options);
  const health = await measureLoad(`${api.url}/api/health`, options);
  const usersList = await measureLoad(usersUrl, { ...options, headers: { cookie } });
  return {
    health,
    usersList,
    bare: bareFigures,
    ratios: {
      healthToBare: round(health.rps / bareFigures.rps),
      usersListToBare: round(usersList.rps / bareFigures.rps),
    },
    serverPeakRssMb: round(api.readPeakRssMb(), 1),
  };
}

const options = readOptions(process.argv.slice(2));
const machine = describeMachine();
const started: TStarted = {};
// Ctrl-C must not leave a PostgreSQL or a server behind.
process.once('SIGINT', () => void stopAll(started).finally(() => process.exit(130)));
try {
  const figures = await measureAll(options, started);
  printTable(figures, options);
  await reportResult(
    'http',
    { ...figures, settings: { ...options, pageSize: PAGE_SIZE } },
    machine,
  );
} finally {
  await stopAll(started);
}
