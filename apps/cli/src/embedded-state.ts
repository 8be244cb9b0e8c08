import { readFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user (PostgreSQL runs as "postgres").
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * The port of an embedded PostgreSQL already running on this data dir (a `customeric start`
 * in another terminal), or null. Starting a second one would fail on its lock file, so
 * other commands use the running one instead.
 */
export async function findRunningEmbeddedPort(dataDir: string): Promise<number | null> {
  let text: string;
  try {
    text = await readFile(join(dataDir, 'pg', 'postmaster.pid'), 'utf8');
  } catch {
    return null;
  }
  // postmaster.pid lines: pid, data dir, start time, port, …
  const [pidLine, , , portLine] = text.split('\n');
  const pid = Number(pidLine);
  const port = Number(portLine);
  if (!Number.isInteger(pid) || pid <= 0 || !Number.isInteger(port)) return null;
  return isAlive(pid) ? port : null;
}

/** Whether something already listens on 127.0.0.1:port (where the embedded PostgreSQL listens). */
export function isPortTaken(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(true));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(false)));
  });
}
