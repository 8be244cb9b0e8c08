import { signInOverHttp } from '../http/sign-in.ts';
import { round } from '../lib/report.ts';
import type { TBenchOrganization } from './seed.ts';

/** "Why it moved" between 2025-Q1 and 2025-Q2: 2 warm-up requests, then 10 timed ones. */
export async function timeWhy(baseUrl: string, org: TBenchOrganization) {
  const cookie = await signInOverHttp(baseUrl, org);
  const url = `${baseUrl}/api/scores/why?kind=nps&period1=2025-Q1&period2=2025-Q2`;
  const times: number[] = [];
  let drivers = 0;
  for (let run = 0; run < 12; run++) {
    const started = performance.now();
    const response = await fetch(url, { headers: { cookie } });
    const body = (await response.json()) as {
      drivers?: { items: unknown[] };
      n1?: number;
      n2?: number;
    };
    if (response.status !== 200)
      throw new Error(`${url} answered ${response.status}: ${JSON.stringify(body).slice(0, 300)}`);
    if (run >= 2) times.push(performance.now() - started);
    drivers = body.drivers?.items.length ?? 0;
  }
  times.sort((a, b) => a - b);
  return {
    p50Ms: round(times[Math.floor(times.length / 2)] ?? 0),
    maxMs: round(times.at(-1) ?? 0),
    drivers,
  };
}
