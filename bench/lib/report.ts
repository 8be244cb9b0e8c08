import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describeMachine, type TMachine } from './machine.ts';

const resultsDir = join(import.meta.dirname, '..', 'results');

/**
 * Prints a benchmark's figures as the last stdout line (one JSON object, for scripts) and
 * keeps them in bench/results/<name>.json, with the machine they were measured on.
 */
export async function reportResult(
  name: string,
  figures: Record<string, unknown>,
  machine: TMachine = describeMachine(),
): Promise<void> {
  const result = { bench: name, ...figures, machine };
  await mkdir(resultsDir, { recursive: true });
  await writeFile(join(resultsDir, `${name}.json`), `${JSON.stringify(result, null, 2)}\n`);
  console.log(JSON.stringify(result));
}

/** Rounds for reading: figures that vary by a few percent between runs need no more digits. */
export function round(value: number, digits = 2): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
