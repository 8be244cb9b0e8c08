import { round } from '../lib/report.ts';

export interface TLatency {
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  requests: number;
}

function percentile(sorted: number[], share: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] ?? Number.NaN;
}

function summarise(times: number[]): TLatency {
  const sorted = [...times].sort((a, b) => a - b);
  return {
    p50Ms: round(percentile(sorted, 0.5)),
    p95Ms: round(percentile(sorted, 0.95)),
    p99Ms: round(percentile(sorted, 0.99)),
    requests: sorted.length,
  };
}

/** One GET, timed from the request to the last byte of a 200 answer. */
async function timeGet(url: string, cookie: string): Promise<{ ms: number; body: unknown }> {
  const started = performance.now();
  const response = await fetch(url, { headers: { cookie } });
  const text = await response.text();
  const ms = performance.now() - started;
  if (response.status !== 200)
    throw new Error(`${url} answered ${response.status}: ${text.slice(0, 300)}`);
  return { ms, body: JSON.parse(text) };
}

/** Warm-up requests that are not counted, then `count` timed ones, one at a time. */
export async function measureGet(url: string, cookie: string, count: number): Promise<TLatency> {
  for (let index = 0; index < 20; index++) await timeGet(url, cookie);
  const times: number[] = [];
  for (let index = 0; index < count; index++) times.push((await timeGet(url, cookie)).ms);
  return summarise(times);
}

/** Scrolls the whole timeline a page at a time, as the customer page does, timing each page. */
export async function measureScroll(
  baseUrl: string,
  cookie: string,
): Promise<TLatency & { events: number }> {
  const times: number[] = [];
  let cursor: string | null = null;
  let events = 0;
  do {
    const url: string = `${baseUrl}?limit=50${cursor ? `&cursor=${cursor}` : ''}`;
    const { ms, body } = await timeGet(url, cookie);
    const page = body as { items: unknown[]; nextCursor: string | null };
    times.push(ms);
    events += page.items.length;
    cursor = page.nextCursor;
  } while (cursor);
  return { ...summarise(times), events };
}
