import { describe, expect, it } from 'vitest';
import { DEMO_COMPETITORS, planDemoMarket } from './demo-market.ts';

// On this day the trouble quarter is 2026-Q2 and the last complete one 2026-Q3 (demo-story.ts).
const TODAY = new Date('2026-11-20T10:00:00Z');

describe('the demo market', () => {
  const quarters = planDemoMarket(TODAY, 2026);

  it('has eight quarters up to the last complete one, the same for the same seed', () => {
    expect(quarters.map((q) => q.label)).toEqual([
      '2024-Q4',
      '2025-Q1',
      '2025-Q2',
      '2025-Q3',
      '2025-Q4',
      '2026-Q1',
      '2026-Q2',
      '2026-Q3',
    ]);
    expect(planDemoMarket(TODAY, 2026)).toEqual(quarters);
  });

  it('tells the billing story: profit dips in the trouble quarter, share slips the quarter after', () => {
    const margin = (label: string) => {
      const quarter = quarters.find((q) => q.label === label);
      return (quarter?.profit ?? 0) / (quarter?.revenue ?? 1);
    };
    const lowest = [...quarters].sort((a, b) => a.profit / a.revenue - b.profit / b.revenue)[0];
    expect(lowest?.label).toBe('2026-Q2');
    expect(margin('2026-Q2')).toBeLessThan(0.07);
    const [q2, q3] = quarters.slice(-2);
    expect(q3?.ourShare).toBeLessThan(q2?.ourShare ?? 0);
  });

  it('never gives the market away more than once', () => {
    for (const quarter of quarters) {
      expect(quarter.competitorShares).toHaveLength(DEMO_COMPETITORS.length);
      const total =
        quarter.ourShare + quarter.competitorShares.reduce((sum, share) => sum + share, 0);
      expect(total).toBeLessThan(1);
      // Revenue is our share of the market (the share is shown rounded to four places).
      const implied = quarter.marketSize * quarter.ourShare;
      expect(Math.abs(quarter.revenue - implied) / implied).toBeLessThan(0.001);
    }
  });
});
