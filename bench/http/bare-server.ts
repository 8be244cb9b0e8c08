// Child process: the least a Fastify server can do on this machine, the ceiling the API's
// figures are divided by.
import Fastify from 'fastify';
import type { TListeningMessage } from '../lib/child-server.ts';

const app = Fastify({ logger: false });
app.get('/', async () => ({ status: 'ok' }));
const url = await app.listen({ port: 0, host: '127.0.0.1' });
process.once('SIGTERM', () => void app.close().then(() => process.exit(0)));
process.send?.({ listening: url } satisfies TListeningMessage);
