import { describe, expect, it } from 'vitest';
import { driverImportance } from './driver-importance.ts';
import { readMtcars } from './fixtures/mtcars.ts';
import { lmg } from './lmg.ts';
import { relativeWeights } from './relative-weights.ts';

const cars = readMtcars();

describe('driverImportance on weighted rows', () => {
  it('reproduces REFERENCE.md relative weights and LMG on mtcars (every car a row of weight 1)', () => {
    const rows = cars.map((car) => ({
      x: [car.cyl, car.disp, car.hp, car.wt],
      y: car.mpg,
      weight: 1,
    }));
    const result = driverImportance(rows, 4);
    expect(result.r2).toBeCloseTo(0.848635, 6);
    [0.20969, 0.188304, 0.179959, 0.270681].forEach((raw, j) => {
      expect(result.relativeWeight[j]).toBeCloseTo(raw, 6);
    });
    [24.709, 22.189, 21.206, 31.896].forEach((pct, j) => {
      expect(result.relativeWeightPercent[j]).toBeCloseTo(pct, 3);
    });
    [0.215709, 0.200698, 0.170077, 0.26215].forEach((share, j) => {
      expect(result.lmg[j]).toBeCloseTo(share, 6);
    });
  });

  it('gives grouped yes/no data the same weights as the answers written out one by one', () => {
    const grouped = [
      { x: [1, 0, 0], y: 1, weight: 40 },
      { x: [1, 0, 0], y: 0, weight: 25 },
      { x: [0, 1, 0], y: 1, weight: 12 },
      { x: [0, 1, 1], y: 0, weight: 30 },
      { x: [1, 1, 0], y: 1, weight: 9 },
      { x: [0, 0, 1], y: 0, weight: 51 },
      { x: [0, 0, 0], y: 0, weight: 300 },
      { x: [0, 0, 0], y: 1, weight: 33 },
    ];
    const X = grouped.flatMap((row) => Array.from({ length: row.weight }, () => row.x));
    const y = grouped.flatMap((row) => Array.from({ length: row.weight }, () => row.y));
    const result = driverImportance(grouped, 3);
    const direct = relativeWeights(X, y);
    const directLmg = lmg(X, y);
    expect(result.r2).toBeCloseTo(direct.r2, 12);
    for (const [j, raw] of direct.raw.entries())
      expect(result.relativeWeight[j]).toBeCloseTo(raw, 12);
    for (const [j, share] of directLmg.shares.entries())
      expect(result.lmg[j]).toBeCloseTo(share, 12);
  });

  it('leaves out a driver that never varies and one that copies another, and keeps the rest', () => {
    const rows = [
      { x: [1, 0, 1], y: 1, weight: 20 },
      { x: [0, 0, 0], y: 0, weight: 60 },
      { x: [0, 0, 0], y: 1, weight: 10 },
      { x: [1, 0, 1], y: 0, weight: 10 },
    ];
    const result = driverImportance(rows, 3);
    expect(result.relativeWeight[1]).toBeNull();
    expect(
      [result.relativeWeight[0], result.relativeWeight[2]].filter((w) => w === null),
    ).toHaveLength(1);
    expect(result.r2).toBeGreaterThan(0.1);
  });

  it('says nothing when the outcome does not vary', () => {
    const result = driverImportance(
      [
        { x: [1], y: 0, weight: 5 },
        { x: [0], y: 0, weight: 5 },
      ],
      1,
    );
    expect(result).toEqual({
      r2: 0,
      relativeWeight: [null],
      relativeWeightPercent: [null],
      lmg: [null],
    });
  });
});
