import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

// Root (CI, containers) cannot use Chromium's sandbox; the rest keeps a headless run quiet and
// free of background traffic, which this machine does not have anyway.
const LAUNCH_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** The system Chromium: CHROMIUM_PATH, else the Debian/Ubuntu locations. */
function findChromium(): string {
  const given = process.env.CHROMIUM_PATH;
  const found = given ?? CANDIDATES.find((path) => existsSync(path));
  if (!found || !existsSync(found)) {
    throw new Error(
      'No Chromium found: install it with `apt-get install -y chromium` or set CHROMIUM_PATH.',
    );
  }
  return found;
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: findChromium(), args: LAUNCH_ARGS });
}
