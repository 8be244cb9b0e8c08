// Child process: the API server and its job worker (as `customeric start` runs them) on the
// app-role connection the parent prepared. Tells the parent its URL over IPC.
import { buildApp, JOB_DEFINITIONS, startServer } from '@customeric/api';
import { openDatabase } from '@customeric/db';
import { startJobRunner } from '@customeric/services';
import type { TListeningMessage } from '../lib/child-server.ts';

const appUrl = process.env.BENCH_APP_URL;
if (!appUrl) throw new Error('BENCH_APP_URL is not set: this file is started by bench/promises');

const database = openDatabase(appUrl);
const jobs = await startJobRunner(database, JOB_DEFINITIONS, {
  log: (message) => process.stderr.write(`${message}\n`),
  pollingIntervalSeconds: 0.5,
});
const app = await buildApp({ database, jobs });
const server = await startServer(app, {
  port: 0,
  host: '127.0.0.1',
  onClosed: async () => {
    await jobs.stop();
    await database.close();
  },
});
process.send?.({ listening: server.url } satisfies TListeningMessage);
