import { type ChildProcess, fork } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';

export interface TChildServer {
  url: string;
  pid: number;
  /** The most memory the process has held so far (VmHWM), in MB. */
  readPeakRssMb(): number;
  stop(): Promise<void>;
}

/** What a child server sends its parent over IPC once it listens. */
export interface TListeningMessage {
  listening: string;
}

const START_TIMEOUT_MS = 60_000;

function waitForUrl(child: ChildProcess, entry: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`${entry} did not start listening in time`)),
      START_TIMEOUT_MS,
    );
    child.once('message', (message: TListeningMessage) => {
      clearTimeout(timer);
      resolve(message.listening);
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${entry} exited with code ${code} before listening`));
    });
  });
}

function readPeakRssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kilobytes = Number(/^VmHWM:\s+(\d+) kB$/m.exec(status)?.[1] ?? Number.NaN);
  return kilobytes / 1024;
}

/**
 * Runs a server in its own process, so that the load generator does not share its event loop
 * and the server's own peak memory can be read from /proc.
 */
export async function startChildServer(
  entry: string,
  env: Record<string, string> = {},
): Promise<TChildServer> {
  const child = fork(entry, [], {
    execArgv: ['--import', import.meta.resolve('tsx')],
    env: { ...process.env, ...env },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const url = await waitForUrl(child, entry);
  const pid = child.pid ?? 0;
  return {
    url,
    pid,
    readPeakRssMb: () => readPeakRssMb(pid),
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      await exited;
    },
  };
}
