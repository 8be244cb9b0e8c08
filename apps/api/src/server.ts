import type { FastifyInstance } from 'fastify';

export interface TServerHandle {
  url: string;
  close(): Promise<void>;
}

/**
 * Listens, and on SIGINT/SIGTERM stops taking new connections, lets in-flight requests
 * finish (Fastify answers 503 to requests that arrive while closing), then runs `onClosed`.
 */
export async function startServer(
  app: FastifyInstance,
  options: { port: number; host: string; onClosed?: () => Promise<void> },
): Promise<TServerHandle> {
  await app.listen({ port: options.port, host: options.host });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  let closing: Promise<void> | null = null;
  const close = () => {
    // Keep-alive connections of requests that were in flight at close() become idle only
    // later; Node's close waits for them, so they are dropped as soon as they go idle.
    const sweep = setInterval(() => app.server.closeIdleConnections(), 50);
    closing ??= app
      .close()
      .finally(() => clearInterval(sweep))
      .then(() => options.onClosed?.());
    return closing;
  };
  const onSignal = (signal: NodeJS.Signals) => {
    app.log.info({ signal }, 'shutting down: finishing in-flight requests');
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    void close().then(() => process.exit(0));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  return {
    url: `http://${options.host === '0.0.0.0' ? 'localhost' : options.host}:${port}`,
    close,
  };
}
