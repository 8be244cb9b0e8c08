/** Where a command writes: results to `out` (stdout, pipeable), everything else to `err`. */
export interface TOutput {
  out(text: string): void;
  err(text: string): void;
}

export const consoleOutput: TOutput = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
};
