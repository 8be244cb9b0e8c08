import { describe, expect, it } from 'vitest';
import { isDetractorScore } from './detractors.ts';

describe('detractors for the closed loop', () => {
  it.each([
    ['nps', 6, { min: 0, max: 10 }, true],
    ['nps', 7, { min: 0, max: 10 }, false],
    ['csat', 2, { min: 1, max: 5 }, true],
    ['csat', 3, { min: 1, max: 5 }, false],
    ['ces', 3, { min: 1, max: 7 }, true],
    ['ces', 4, { min: 1, max: 7 }, false],
    ['custom', 3, { min: 0, max: 10 }, true],
    ['custom', 4, { min: 0, max: 10 }, false],
  ] as const)('%s %i is a detractor: %s', (kind, score, scale, expected) => {
    expect(isDetractorScore(kind, score, scale)).toBe(expected);
  });
});
