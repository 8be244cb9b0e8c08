import { type ChildProcess, fork } from 'node:child_process';
import { once } from 'node:events';
import { connect, createServer, type Server, type Socket } from 'node:net';
import { join } from 'node:path';

/** One API process behind the balancer; `child` is null while it is being restarted. */
interface TSlot {
  port: number;
  child: ChildProcess | null;
}

export interface TKillBalancer {
  url: string;
  /** SIGKILLs one running API process and starts it again; resolves once it was killed. */
  killOne(pick: (count: number) => number): Promise<boolean>;
  restarts(): Promise<void>;
  close(): Promise<void>;
}

function listen(server: Server): Promise<number> {
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolve(typeof address === 'object' && address ? address.port : 0);
    });
  });
}

async function freePort(): Promise<number> {
  const server = createServer();
  const port = await listen(server);
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function startApi(appUrl: string, port: number): Promise<ChildProcess> {
  const child = fork(join(import.meta.dirname, 'ingest-server.ts'), [], {
    execArgv: ['--import', import.meta.resolve('tsx')],
    env: { ...process.env, INGEST_TEST_APP_URL: appUrl, INGEST_TEST_PORT: String(port) },
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  // A server that dies while starting must fail the test, not leave it waiting forever.
  const started = once(child, 'message');
  const died = once(child, 'exit').then(([code]) => {
    throw new Error(`the API process exited with code ${code} before it was ready`);
  });
  await Promise.race([started, died]);
  died.catch(() => undefined);
  return child;
}

/**
 * Stateless API processes behind a TCP balancer, as in production, so processes can be
 * killed often while the others keep taking batches. A connection to a killed process dies
 * with it; the client sees the failure and sends the batch again.
 */
export async function startKillBalancer(appUrl: string, processes: number): Promise<TKillBalancer> {
  const slots: TSlot[] = [];
  for (let index = 0; index < processes; index++) {
    const port = await freePort();
    slots.push({ port, child: await startApi(appUrl, port) });
  }
  let turn = 0;
  const sockets = new Set<Socket>();
  const balancer = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    const live = slots.filter((slot) => slot.child);
    const slot = live[turn++ % Math.max(1, live.length)];
    if (!slot) return socket.destroy();
    const upstream = connect(slot.port, '127.0.0.1');
    upstream.on('error', () => socket.destroy());
    socket.on('error', () => upstream.destroy());
    socket.pipe(upstream).pipe(socket);
  });
  const port = await listen(balancer);
  const pending = new Set<Promise<void>>();
  return {
    url: `http://127.0.0.1:${port}`,
    async killOne(pick) {
      const live = slots.filter((slot) => slot.child);
      const slot = live[pick(live.length)];
      const victim = slot?.child;
      if (!slot || !victim) return false;
      slot.child = null;
      const exited = once(victim, 'exit');
      victim.kill('SIGKILL');
      await exited;
      const restart = startApi(appUrl, slot.port).then((child) => {
        slot.child = child;
      });
      pending.add(restart);
      void restart.finally(() => pending.delete(restart));
      return true;
    },
    restarts: async () => {
      await Promise.all(pending);
    },
    async close() {
      await Promise.all(pending);
      for (const slot of slots) slot.child?.kill('SIGKILL');
      // Clients may keep idle keep-alive connections open; close() would wait for them.
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => balancer.close(resolve));
    },
  };
}
