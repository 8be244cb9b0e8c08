// Child process: the real API server (buildApp + startServer) on the app-role connection the
// parent prepared. It tells the parent its URL over IPC; SIGTERM shuts it down gracefully.
import { buildApp, startServer } from '@customeric/api';
import { openDatabase } from '@customeric/db';
import type { TListeningMessage } from '../lib/child-server.ts';

const appUrl = process.env.BENCH_APP_URL;
if (!appUrl)
  throw new Error('BENCH_APP_URL is not set: this file is started by bench/http/index.ts');

const database = openDatabase(appUrl);
const app = await buildApp({ database });
const server = await startServer(app, {
  port: 0,
  host: '127.0.0.1',
  onClosed: () => database.close(),
});
process.send?.({ listening: server.url } satisfies TListeningMessage);
