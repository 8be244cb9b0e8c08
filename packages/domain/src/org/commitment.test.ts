import { describe, expect, it } from 'vitest';
import { bandStatusOf, summarizeCommitment, type TCommitmentPerson } from './commitment.ts';

const BAND = { min: 25, max: 50 };

function people(departmentId: string | null, ...shares: (number | null)[]): TCommitmentPerson[] {
  return shares.map((customerWorkShare) => ({ departmentId, customerWorkShare }));
}

describe('bandStatusOf', () => {
  it.each([
    [0, 'below'],
    [24.9, 'below'],
    [25, 'within'],
    [50, 'within'],
    [50.5, 'above'],
    [100, 'above'],
  ] as const)('%s %% is %s the 25–50 %% band', (share, expected) => {
    expect(bandStatusOf(share, BAND)).toBe(expected);
  });
});

describe('summarizeCommitment', () => {
  const departments = [
    { id: 'service', customerFacing: true },
    { id: 'sales', customerFacing: true },
    { id: 'finance', customerFacing: false },
    { id: 'research', customerFacing: true },
  ];

  it.each([
    ['service', 'above', { people: 3, stated: 3, averageShare: 70, committedFte: 2.1 }],
    ['sales', 'within', { people: 3, stated: 2, averageShare: 35, committedFte: 0.7 }],
    ['finance', 'not_customer_facing', { people: 2, stated: 2, averageShare: 7.5 }],
    ['research', 'not_stated', { people: 1, stated: 0, averageShare: null, committedFte: 0 }],
  ] as const)('gives %s the status %s', (id, status, figures) => {
    const summary = summarizeCommitment(
      departments,
      [
        ...people('service', 60, 70, 80),
        ...people('sales', 20, 50, null),
        ...people('finance', 5, 10),
        ...people('research', null),
      ],
      BAND,
    );
    const found = summary.departments.find((department) => department.departmentId === id);
    expect(found).toMatchObject({ status, ...figures });
  });

  it('counts people below, within and above the band', () => {
    const summary = summarizeCommitment(
      [{ id: 'sales', customerFacing: true }],
      people('sales', 10, 25, 40, 50, 51, null),
      BAND,
    );
    expect(summary.departments[0]).toMatchObject({ belowBand: 1, withinBand: 3, aboveBand: 1 });
  });

  it('sums customer work over customer-facing departments and people without one, not finance', () => {
    const summary = summarizeCommitment(
      departments,
      [...people('service', 40), ...people('finance', 100), ...people(null, 20)],
      BAND,
    );
    expect(summary.customerWork).toMatchObject({
      people: 2,
      stated: 2,
      averageShare: 30,
      committedFte: 0.6,
      status: 'within',
    });
  });

  it('follows a band the organisation changed', () => {
    const summary = summarizeCommitment(
      [{ id: 'sales', customerFacing: true }],
      people('sales', 40),
      { min: 45, max: 60 },
    );
    expect(summary.departments[0]?.status).toBe('below');
    expect(summary.band).toEqual({ min: 45, max: 60 });
  });

  it('keeps the departments in the order given, with empty ones', () => {
    const summary = summarizeCommitment(departments, [], BAND);
    expect(summary.departments.map((department) => department.departmentId)).toEqual([
      'service',
      'sales',
      'finance',
      'research',
    ]);
    expect(summary.customerWork.status).toBe('not_stated');
  });
});
