/**
 * The studio writes only inside the content root. Every path a page sends is
 * relative to the root, with `/` between folders; it is refused when it is
 * absolute, climbs out (`..`), holds a backslash or a NUL byte, names the
 * studio's own `.yuebao/` or a `.git/` folder, or leads out of the root
 * through a symbolic link (checked on the real path of the deepest part that
 * exists, so a link anywhere on the way is seen).
 */
import { lstat, realpath } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, sep } from 'node:path';
import { isInside } from '../core/paths.ts';
import { t } from '../i18n/index.ts';
import { StudioError } from './studio-error.ts';

/** The absolute path of `rel` inside `root`, checked by its spelling only (no disk access). */
export function spelledInside(root: string, rel: unknown): string {
  const refuse = () => new StudioError(403, t().studio.pathRefused({ path: String(rel).slice(0, 200) }));
  if (typeof rel !== 'string' || !rel.trim() || rel.includes('\0') || rel.includes('\\') || isAbsolute(rel) || /^[a-z]:/i.test(rel)) throw refuse();
  const parts = rel.split('/');
  if (parts.some((part) => part === '' || part === '.' || part === '..')) throw refuse();
  if (parts[0] === '.yuebao' || parts.some((part) => part === '.git' || part === 'node_modules')) throw refuse();
  const path = join(root, ...parts);
  if (!isInside(root, path) || path === root) throw refuse();
  return path;
}

/**
 * `rel` as an absolute path inside the root, also on the disk: the real path
 * of what exists of it (symbolic links followed) must still be inside the
 * root's real path.
 */
export async function safeContentPath(root: string, rel: unknown): Promise<string> {
  const path = spelledInside(root, rel);
  const realRoot = await realpath(root);
  let existing = path;
  while (!(await lstat(existing).then(() => true, () => false))) {
    if (existing === root || dirname(existing) === existing) break;
    existing = dirname(existing);
  }
  const real = await realpath(existing).catch(() => undefined);
  if (!real || !isInside(realRoot, real)) throw new StudioError(403, t().studio.pathRefused({ path: String(rel) }));
  return path;
}

/** `path` (absolute, inside `root`) as the studio names it: relative, with `/`. */
export function relativeName(root: string, path: string): string {
  return relative(root, path).split(sep).join('/');
}
