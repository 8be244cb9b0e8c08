// `npm test`: the unit and database tests, then the browser tests when a Chromium is installed.
// The last line is `N passed, M failed` for the whole run, so CI can read one line.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const vitest = join(root, 'node_modules', '.bin', 'vitest');
const webDir = join(root, 'apps', 'web');
const chromiumCandidates = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];
// The web app's inputs: its own sources and the workspace packages it bundles.
const webSources = ['src', 'public', 'index.html', 'vite.config.ts', 'package.json']
  .map((entry) => join(webDir, entry))
  .concat(['contracts', 'domain'].map((name) => join(root, 'packages', name, 'src')));

const reportDir = mkdtempSync(join(tmpdir(), 'customeric-test-'));
const totals = { passed: 0, failed: 0 };
let ok = true;

/** Runs vitest for some projects and adds its counts to the totals. */
function runVitest(projects, extraArgs, env = process.env) {
  const reportFile = join(reportDir, `${projects.join('-')}.json`);
  const args = ['run', ...projects.flatMap((name) => ['--project', name])];
  args.push('--reporter=default', '--reporter=json', `--outputFile.json=${reportFile}`);
  // A filter meant for one project must not fail the run of the other for matching nothing.
  if (extraArgs.length > 0) args.push('--passWithNoTests');
  const { status } = spawnSync(vitest, [...args, ...extraArgs], {
    cwd: root,
    stdio: 'inherit',
    env,
  });
  const report = existsSync(reportFile) ? JSON.parse(readFileSync(reportFile, 'utf8')) : null;
  // The report decides as well as the exit status: a library's exit hook once ended the run
  // with code 0 after failed tests, and a green line must never hide that again.
  const passed = status === 0 && report?.success === true;
  totals.passed += report?.numPassedTests ?? 0;
  // A run that dies before reporting (say PostgreSQL did not start) still counts as a failure.
  totals.failed += Math.max(report?.numFailedTests ?? 0, passed ? 0 : 1);
  if (!passed) ok = false;
}

function findChromium() {
  const given = process.env.CHROMIUM_PATH;
  if (given) return existsSync(given) ? given : null;
  return chromiumCandidates.find((path) => existsSync(path)) ?? null;
}

function newestChange(path) {
  if (!existsSync(path)) return 0;
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  const children = readdirSync(path).map((name) => newestChange(join(path, name)));
  return Math.max(stats.mtimeMs, ...children);
}

function ensureWebBuilt() {
  const built = join(webDir, 'dist', 'index.html');
  const builtAt = existsSync(built) ? statSync(built).mtimeMs : 0;
  if (builtAt >= Math.max(...webSources.map(newestChange))) return true;
  console.log('\nBuilding the web app for the browser tests…');
  const build = spawnSync('npm', ['run', 'build', '--workspace', '@customeric/web'], {
    cwd: root,
    stdio: 'inherit',
  });
  return build.status === 0;
}

function runBrowserTests(extraArgs) {
  const chromium = findChromium();
  if (!chromium) {
    const where = process.env.CHROMIUM_PATH ? ` at CHROMIUM_PATH=${process.env.CHROMIUM_PATH}` : '';
    console.log(
      `\nSkipped the browser tests: no Chromium found${where}. Install it with ` +
        '`apt-get install -y chromium` (Debian/Ubuntu) or set CHROMIUM_PATH.',
    );
    // CI must not go green without the browser tests it is meant to run.
    if (process.env.CI) {
      totals.failed += 1;
      ok = false;
    }
    return;
  }
  if (!ensureWebBuilt()) {
    console.log('The web app did not build, so the browser tests cannot run.');
    totals.failed += 1;
    ok = false;
    return;
  }
  runVitest(['e2e'], extraArgs, { ...process.env, CHROMIUM_PATH: chromium });
}

const extraArgs = process.argv.slice(2);
try {
  runVitest(['unit', 'db'], extraArgs);
  runBrowserTests(extraArgs);
} finally {
  rmSync(reportDir, { recursive: true, force: true });
}
console.log(`\n${totals.passed} passed, ${totals.failed} failed`);
process.exitCode = ok ? 0 : 1;
