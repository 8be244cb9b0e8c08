// `npm start`: rebuild the web app when its sources are newer than the build, then run
// `customeric start`. A failed web build must not keep the API from starting.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const web = join(root, 'apps', 'web');
const builtIndex = join(web, 'dist', 'index.html');

function newestChange(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  const children = readdirSync(path).map((name) => newestChange(join(path, name)));
  return Math.max(stat.mtimeMs, ...children);
}

function isWebStale() {
  if (!existsSync(builtIndex)) return true;
  const sources = ['src', 'public', 'index.html', 'vite.config.ts', 'package.json']
    .map((name) => join(web, name))
    .filter((path) => existsSync(path));
  return Math.max(...sources.map(newestChange)) > statSync(builtIndex).mtimeMs;
}

if (existsSync(join(web, 'package.json')) && isWebStale()) {
  console.error('Building the web app (apps/web), as its sources changed since the last build…');
  const build = spawnSync('npm', ['run', 'build', '--workspace', '@customeric/web'], {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (build.status !== 0) {
    const fallback = existsSync(builtIndex) ? 'serving the previous build' : 'serving the API only';
    console.error(`\nWarning: the web app could not be built (see above); ${fallback}.\n`);
  }
}

process.argv = [process.argv[0], join(root, 'apps', 'cli', 'bin', 'customeric.mjs'), 'start'];
await import('../apps/cli/bin/customeric.mjs');
