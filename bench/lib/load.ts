import autocannon from 'autocannon';
import { round } from './report.ts';

export interface TLoadOptions {
  connections: number;
  durationSeconds: number;
  warmupSeconds: number;
  headers?: Record<string, string>;
}

export interface TLoadFigures {
  rps: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
}

async function fire(url: string, options: TLoadOptions, seconds: number) {
  const result = await autocannon({
    url,
    connections: options.connections,
    duration: seconds,
    headers: options.headers ?? {},
  });
  // A benchmark of error answers measures nothing: refuse to report it.
  const failures = result.errors + result.timeouts + result.non2xx;
  if (failures > 0) {
    throw new Error(
      `${url}: ${result.non2xx} non-2xx answers, ${result.errors} errors, ${result.timeouts} timeouts`,
    );
  }
  return result;
}

/** Loads one URL after a warm-up (JIT, connection pools) that is not counted. */
export async function measureLoad(url: string, options: TLoadOptions): Promise<TLoadFigures> {
  if (options.warmupSeconds > 0) await fire(url, options, options.warmupSeconds);
  const result = await fire(url, options, options.durationSeconds);
  return {
    rps: round(result.requests.average, 0),
    p50Ms: round(result.latency.p50),
    p99Ms: round(result.latency.p99),
    requests: result.requests.total,
  };
}
