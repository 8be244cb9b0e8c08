import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const WEB_DIST = join(REPO_ROOT, 'apps', 'web', 'dist');

export function isWebBuilt(): boolean {
  return existsSync(join(WEB_DIST, 'index.html'));
}

/** `./.customeric` rather than a long absolute path when the folder is under the current one. */
export function showPath(path: string): string {
  const fromHere = relative(process.cwd(), path);
  if (fromHere === '') return '.';
  return fromHere.startsWith('..') ? path : `./${fromHere}`;
}
