import type { TDatabase } from '@customeric/db';
import { createCompetitor, putMarketPeriod, type TActor } from '@customeric/services';

interface TScoresProbe {
  url: string;
  payload?: unknown;
  headers?: Record<string, string>;
  success: number;
  targetsObject?: boolean;
}

interface TProbeWorld {
  database: TDatabase;
  orgA: { actor: TActor };
}

let counter = 0;

/** The authorization matrix's probes for /api/scores and /api/market. */
export function scoresProbes(
  world: () => TProbeWorld,
): Record<string, () => Promise<TScoresProbe>> {
  const adminContext = () => ({ database: world().database, actor: world().orgA.actor });
  const freshCompetitor = async () =>
    (
      await createCompetitor(adminContext(), {
        name: `Probe rival ${Date.now().toString(36)}-${++counter}`,
        website: null,
        note: null,
      })
    ).id;
  const freshPeriod = async () => {
    const label = String(1900 + (++counter % 100));
    await putMarketPeriod(adminContext(), label, {
      marketSize: null,
      ourShare: 0.1,
      revenue: null,
      profit: null,
      currency: null,
      note: null,
      competitorShares: [],
    });
    return label;
  };
  return {
    'GET /api/scores': async () => ({
      url: '/api/scores?kind=nps&grain=month&by=segment',
      success: 200,
    }),
    'GET /api/scores/control-chart': async () => ({
      url: '/api/scores/control-chart?weeks=8',
      success: 200,
    }),
    'GET /api/scores/why': async () => ({ url: '/api/scores/why?period2=2026-Q1', success: 200 }),
    'GET /api/scores/overview': async () => ({ url: '/api/scores/overview', success: 200 }),
    'GET /api/market/competitors': async () => ({ url: '/api/market/competitors', success: 200 }),
    'POST /api/market/competitors': async () => ({
      url: '/api/market/competitors',
      payload: { name: `Probe ${Date.now().toString(36)}-${++counter}` },
      success: 201,
    }),
    'PATCH /api/market/competitors/:competitorId': async () => ({
      url: `/api/market/competitors/${await freshCompetitor()}`,
      payload: { note: 'Watched by the probe' },
      success: 200,
      targetsObject: true,
    }),
    'DELETE /api/market/competitors/:competitorId': async () => ({
      url: `/api/market/competitors/${await freshCompetitor()}`,
      success: 204,
      targetsObject: true,
    }),
    'GET /api/market/periods': async () => ({ url: '/api/market/periods', success: 200 }),
    'PUT /api/market/periods/:period': async () => ({
      url: '/api/market/periods/2024-Q2',
      payload: { ourShare: 0.2, revenue: 1000 },
      success: 200,
    }),
    'DELETE /api/market/periods/:period': async () => ({
      url: `/api/market/periods/${await freshPeriod()}`,
      success: 204,
      targetsObject: true,
    }),
    'POST /api/market/periods::batch': async () => ({
      url: '/api/market/periods:batch',
      payload: { periods: [{ period: '2024-03', revenue: 12 }] },
      success: 200,
    }),
    'POST /api/market/periods::import': async () => ({
      url: '/api/market/periods:import',
      headers: { 'content-type': 'text/csv' },
      payload: 'period,our_share\n2024-04,0.3\n',
      success: 200,
    }),
    'GET /api/market/analysis': async () => ({ url: '/api/market/analysis', success: 200 }),
  };
}
