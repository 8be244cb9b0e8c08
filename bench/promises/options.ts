import { parseArgs } from 'node:util';

export interface TPromisesBenchOptions {
  /** Events the engine evaluates in memory, 20 promises over them. */
  engineEvents: number;
  /** Events sent through the API in each of the two ingest runs (without and with promises). */
  ingestEvents: number;
  batch: number;
  concurrency: number;
  customers: number;
}

const USAGE =
  'Usage: npm run bench -- promises [--engine-events 1000000] [--ingest-events 300000] [--batch 5000] [--concurrency 2] [--customers 5000]';

function whole(name: string, text: string, minimum: number, maximum = Number.MAX_SAFE_INTEGER) {
  const value = Number(text);
  if (!Number.isInteger(value) || value < minimum || value > maximum)
    throw new Error(`--${name} must be a whole number from ${minimum} to ${maximum}.\n${USAGE}`);
  return value;
}

export function readOptions(args: string[]): TPromisesBenchOptions {
  const { values } = parseArgs({
    args,
    options: {
      'engine-events': { type: 'string', default: '1000000' },
      'ingest-events': { type: 'string', default: '300000' },
      batch: { type: 'string', default: '5000' },
      concurrency: { type: 'string', default: '2' },
      customers: { type: 'string', default: '5000' },
    },
  });
  return {
    engineEvents: whole('engine-events', values['engine-events'], 1_000),
    ingestEvents: whole('ingest-events', values['ingest-events'], 1_000),
    batch: whole('batch', values.batch, 1, 10_000),
    concurrency: whole('concurrency', values.concurrency, 1, 32),
    customers: whole('customers', values.customers, 1),
  };
}
