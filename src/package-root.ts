/**
 * Where yuebao's own files are (templates/), found from this module's place,
 * whether it runs from src/ through tsx or from the bundle that bin/yuebao.js
 * caches in node_modules/.cache/yuebao/.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

function findPackageRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'templates')) && existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) throw new Error(`yuebao: cannot find its templates/ folder above ${from}`);
  }
}

export const PACKAGE_ROOT = findPackageRoot(import.meta.dirname);
export const DEFAULT_TEMPLATES = join(PACKAGE_ROOT, 'templates');
