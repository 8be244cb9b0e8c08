import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decomposeRateChange, type TRateSegment } from './decompose-rate-change.ts';
import { shapleyDecomposition } from './shapley-decomposition.ts';

describe('decomposeRateChange (Kitagawa / Das Gupta)', () => {
  it('splits a change into mix and rate, per segment, exactly', () => {
    // SMB grows from 40 % to 60 % of answers and its NPS falls from 20 to 0; Enterprise stays at 50.
    const result = decomposeRateChange([
      { key: 'smb', weight1: 40, rate1: 0.2, weight2: 60, rate2: 0 },
      { key: 'enterprise', weight1: 60, rate1: 0.5, weight2: 40, rate2: 0.5 },
    ]);
    expect(result.value1).toBeCloseTo(0.38, 12);
    expect(result.value2).toBeCloseTo(0.2, 12);
    expect(result.total).toBeCloseTo(-0.18, 12);
    expect(result.bySegment[0]).toMatchObject({ key: 'smb', share1: 0.4, share2: 0.6 });
    expect(result.bySegment[0]?.mix).toBeCloseTo(0.2 * 0.1, 12);
    expect(result.bySegment[0]?.rate).toBeCloseTo(-0.2 * 0.5, 12);
    expect(result.bySegment[1]?.mix).toBeCloseTo(-0.2 * 0.5, 12);
    expect(result.bySegment[1]?.rate).toBe(0);
    expect(result.mix).toBeCloseTo(-0.08, 12);
    expect(result.rate).toBeCloseTo(-0.1, 12);
  });

  it('with a single segment, everything is rate', () => {
    const result = decomposeRateChange([
      { key: 'all', weight1: 120, rate1: 0.3, weight2: 80, rate2: 0.21 },
    ]);
    expect(result.mix).toBe(0);
    expect(result.rate).toBeCloseTo(-0.09, 12);
    expect(result.total).toBeCloseTo(-0.09, 12);
  });

  it('counts a new segment as mix and refuses a period without answers', () => {
    const result = decomposeRateChange([
      { key: 'old', weight1: 10, rate1: 0.5, weight2: 10, rate2: 0.5 },
      { key: 'new', weight1: 0, rate1: null, weight2: 10, rate2: -0.5 },
    ]);
    expect(result.bySegment[1]?.rate).toBe(0);
    expect(result.total).toBeCloseTo(-0.5, 12);
    expect(result.mix).toBeCloseTo(-0.5, 12);
    expect(() =>
      decomposeRateChange([{ key: 'a', weight1: 0, rate1: null, weight2: 3, rate2: 1 }]),
    ).toThrow(/weight above 0/);
    expect(() =>
      decomposeRateChange([{ key: 'a', weight1: 3, rate1: null, weight2: 3, rate2: 1 }]),
    ).toThrow(/no rate/);
  });

  const segmentsArbitrary = fc.array(
    fc.record({
      key: fc.string(),
      weight1: fc.integer({ min: 1, max: 1000 }),
      rate1: fc.double({ min: -1, max: 1, noNaN: true }),
      weight2: fc.integer({ min: 1, max: 1000 }),
      rate2: fc.double({ min: -1, max: 1, noNaN: true }),
    }),
    { minLength: 1, maxLength: 12 },
  );

  it('mix + rate = total = value2 − value1 for any segments', () => {
    fc.assert(
      fc.property(segmentsArbitrary, (segments: TRateSegment[]) => {
        const result = decomposeRateChange(segments);
        expect(result.mix + result.rate).toBeCloseTo(result.value2 - result.value1, 12);
        const bySegment = result.bySegment.reduce((sum, s) => sum + s.total, 0);
        expect(bySegment).toBeCloseTo(result.total, 12);
      }),
    );
  });

  it('agrees with the two-factor Shapley decomposition', () => {
    fc.assert(
      fc.property(segmentsArbitrary, (segments: TRateSegment[]) => {
        const kitagawa = decomposeRateChange(segments);
        const shapley = shapleyDecomposition([
          {
            name: 'mix',
            values1: kitagawa.bySegment.map((s) => s.share1),
            values2: kitagawa.bySegment.map((s) => s.share2),
          },
          {
            name: 'rate',
            values1: segments.map((s) => s.rate1 ?? 0),
            values2: segments.map((s) => s.rate2 ?? 0),
          },
        ]);
        expect(shapley.effects[0]?.effect).toBeCloseTo(kitagawa.mix, 12);
        expect(shapley.effects[1]?.effect).toBeCloseTo(kitagawa.rate, 12);
      }),
    );
  });
});

describe('shapleyDecomposition (Das Gupta P-factor)', () => {
  it('reproduces Das Gupta eg 2.1: 10930 × .717892 vs 16591 × .825974', () => {
    const result = shapleyDecomposition([
      { name: 'a', values1: [10930], values2: [16591] },
      { name: 'b', values1: [0.717892], values2: [0.825974] },
    ]);
    expect(result.value1).toBeCloseTo(7846.56, 2);
    expect(result.value2).toBeCloseTo(13703.73, 2);
    expect(result.effects[0]?.effect).toBeCloseTo(4369.91, 2);
    expect(result.effects[1]?.effect).toBeCloseTo(1487.26, 2);
    expect((result.effects[0]?.share ?? 0) * 100).toBeCloseTo(74.61, 2);
    expect((result.effects[1]?.share ?? 0) * 100).toBeCloseTo(25.39, 2);
  });

  it('gives the textbook three-factor split for a single cell', () => {
    // a·b·c from 1·1·1 to 2·3·4: the effect of a averages its change over the six orders.
    const result = shapleyDecomposition([
      { name: 'a', values1: [1], values2: [2] },
      { name: 'b', values1: [1], values2: [3] },
      { name: 'c', values1: [1], values2: [4] },
    ]);
    // Shapley of a: 1/3·(2−1)·1·1 + 1/6·(2−1)·3 + 1/6·(2−1)·4 + 1/3·(2−1)·12 = 1/3 + 1/2 + 2/3 + 4.
    expect(result.effects[0]?.effect).toBeCloseTo(1 / 3 + 1 / 2 + 2 / 3 + 4, 12);
    expect(result.total).toBe(23);
  });

  it('effects sum to the total change for any factors and cells', () => {
    const factorsArbitrary = fc.integer({ min: 1, max: 6 }).chain((cells) =>
      fc.array(
        fc.record({
          name: fc.string(),
          values1: fc.array(fc.double({ min: -3, max: 3, noNaN: true }), {
            minLength: cells,
            maxLength: cells,
          }),
          values2: fc.array(fc.double({ min: -3, max: 3, noNaN: true }), {
            minLength: cells,
            maxLength: cells,
          }),
        }),
        { minLength: 1, maxLength: 6 },
      ),
    );
    fc.assert(
      fc.property(factorsArbitrary, (factors) => {
        const result = shapleyDecomposition(factors);
        const sum = result.effects.reduce((total, e) => total + e.effect, 0);
        expect(sum).toBeCloseTo(result.total, 9);
      }),
    );
  });

  it('refuses mismatched or missing factors with a plain message', () => {
    expect(() => shapleyDecomposition([])).toThrow(/at least one factor/);
    expect(() =>
      shapleyDecomposition([
        { name: 'a', values1: [1, 2], values2: [1, 2] },
        { name: 'b', values1: [1], values2: [1] },
      ]),
    ).toThrow(/must have 2 values/);
    const flat = shapleyDecomposition([{ name: 'a', values1: [2], values2: [2] }]);
    expect(flat.effects[0]).toEqual({ name: 'a', effect: 0, share: null });
  });
});
