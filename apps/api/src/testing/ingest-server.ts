// Child process for the never-lost test: the real app on the test database, on the port it
// is given, so a restarted server answers where the killed one did.
import { openDatabase } from '@customeric/db';
import { buildApp } from '../app.ts';
import { startServer } from '../server.ts';

const appUrl = process.env.INGEST_TEST_APP_URL;
const port = Number(process.env.INGEST_TEST_PORT);
if (!appUrl || !port) throw new Error('started without INGEST_TEST_APP_URL and INGEST_TEST_PORT');
const database = openDatabase(appUrl);
const app = await buildApp({ database });
const server = await startServer(app, {
  port,
  host: '127.0.0.1',
  onClosed: () => database.close(),
});
process.send?.({ listening: server.url });
