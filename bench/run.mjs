// `npm run bench -- <name> [flags]`: runs bench/<name>/index.ts with tsx, passing the flags on.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const benchDir = import.meta.dirname;
const [name, ...args] = process.argv.slice(2);
const available = readdirSync(benchDir).filter((entry) =>
  existsSync(join(benchDir, entry, 'index.ts')),
);

if (!name || !available.includes(name)) {
  console.error(`Usage: npm run bench -- <name> [flags]   (benchmarks: ${available.join(', ')})`);
  process.exit(2);
}

const tsx = join(benchDir, '..', 'node_modules', '.bin', 'tsx');
const { status, signal } = spawnSync(tsx, [join(benchDir, name, 'index.ts'), ...args], {
  cwd: join(benchDir, '..'),
  stdio: 'inherit',
});
process.exitCode = signal ? 1 : (status ?? 1);
