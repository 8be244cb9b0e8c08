import { parseArgs } from 'node:util';

export interface TScoresBenchOptions {
  /** Answer counts to measure at, ascending; each step adds answers to the same organisation. */
  sizes: number[];
  /** Answers in the two quarters the "why" compares. */
  whyAnswers: number;
  requests: number;
}

const USAGE =
  'Usage: npm run bench -- scores [--sizes 1000000,10000000] [--why 1000000] [--requests 100]';

function whole(name: string, text: string, minimum: number): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < minimum)
    throw new Error(`--${name} must be a whole number of at least ${minimum}.\n${USAGE}`);
  return value;
}

/** 1 M and 10 M answers and a "why" over 1 M by default, as the issue asks. */
export function readOptions(args: string[]): TScoresBenchOptions {
  const { values } = parseArgs({
    args,
    options: {
      sizes: { type: 'string', default: '1000000,10000000' },
      why: { type: 'string', default: '1000000' },
      requests: { type: 'string', default: '100' },
    },
  });
  const sizes = values.sizes.split(',').map((size) => whole('sizes', size.trim(), 10_000));
  if (sizes.some((size, index) => index > 0 && size <= (sizes[index - 1] as number)))
    throw new Error(`--sizes must grow.\n${USAGE}`);
  return {
    sizes,
    whyAnswers: whole('why', values.why, 10_000),
    requests: whole('requests', values.requests, 10),
  };
}
