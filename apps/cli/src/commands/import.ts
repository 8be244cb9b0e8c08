import { unlink } from 'node:fs/promises';
import { type Command, InvalidArgumentError } from 'commander';
import { parseConfig } from '../config.ts';
import { withCliDatabase } from '../database.ts';
import { detectFormat, importEventFile } from '../import/import-events.ts';
import { createProgress } from '../import/progress.ts';
import type { TOutput } from '../output.ts';

interface TImportOptions {
  org: string;
  format?: 'csv' | 'ndjson';
  batch: number;
  rejected?: string;
}

function parseBatch(value: string): number {
  const batch = Number(value);
  if (!Number.isInteger(batch) || batch < 1 || batch > 10_000)
    throw new InvalidArgumentError('give a whole number from 1 to 10000');
  return batch;
}

async function runImport(file: string, options: TImportOptions, output: TOutput) {
  const format = detectFormat(file, options.format); // before starting a database, so a typo fails at once
  const rejectedFile = options.rejected ?? `${file}.rejected.csv`;
  const result = await withCliDatabase(parseConfig(), output, (cli) =>
    importEventFile(
      cli.database,
      { file, org: options.org, format, batchSize: options.batch, rejectedFile },
      (size) =>
        createProgress(size, (text) => process.stderr.write(text), Boolean(process.stderr.isTTY)),
    ),
  );
  if (!result.rejectedFile) await unlink(rejectedFile).catch(() => undefined);
  output.out(
    `${result.rows.toLocaleString('en')} rows: ${result.accepted.toLocaleString('en')} accepted, ` +
      `${result.duplicate.toLocaleString('en')} duplicates, ${result.rejected.toLocaleString('en')} rejected.`,
  );
  if (result.rejectedFile)
    output.err(
      `The rejected rows and why are in ${result.rejectedFile}; fix them and import that file's rows again.`,
    );
}

export function registerImportCommand(program: Command, output: TOutput): void {
  const importCommand = program.command('import').description('Import data from files');
  importCommand
    .command('events')
    .description('Import events from a CSV or NDJSON file, streamed from disk in batches')
    .argument(
      '<file>',
      'a .csv file with a header row, or .ndjson / .jsonl with one event per line',
    )
    .requiredOption('--org <slug>', 'the organisation, by its slug (the demo is "acme")')
    .option('--format <format>', 'csv or ndjson, when the file name does not say')
    .option('--batch <n>', 'events per transaction', parseBatch, 5_000)
    .option('--rejected <file>', 'where to write the rejected rows (default: FILE.rejected.csv)')
    .addHelpText(
      'after',
      `
Importing the same file again adds only what is missing: events are idempotent on their
source and externalId. Columns: source, externalId, customerId or customerExternalId
(+ customerSource), type, occurredAt, department, valueChain, stage, amount, attributes;
other columns become attributes.

Examples:
  $ customeric import events orders-2026.csv --org acme
  $ customeric import events export.ndjson --org acme --batch 10000`,
    )
    .action((file: string, options: TImportOptions) => runImport(file, options, output));
}
