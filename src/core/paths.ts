/**
 * Paths named in content are relative to the file that names them and must
 * stay inside the content root (CONTENT-FORMAT.md). Remote URLs are refused:
 * the build is offline and the print shop needs the real file.
 */
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { t } from '../i18n/index.ts';

export type ResolvedPath = { ok: true; path: string } | { ok: false; reason: string };

export function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

export function resolveContentPath(root: string, fromFile: string, ref: string): ResolvedPath {
  if (/^[a-z][a-z0-9+.-]*:/i.test(ref) || ref.startsWith('//')) {
    return { ok: false, reason: t().content.pathRemote({ ref }) };
  }
  if (isAbsolute(ref)) {
    return { ok: false, reason: t().content.pathAbsolute({ ref }) };
  }
  let decoded = ref;
  try {
    decoded = decodeURI(ref);
  } catch {
    // keep the path as written
  }
  const path = resolve(dirname(fromFile), decoded.split('/').join(sep));
  if (!isInside(root, path)) {
    return { ok: false, reason: t().content.pathOutside({ ref }) };
  }
  return { ok: true, path };
}

/** A path for messages and asset names: relative to `root`, with forward slashes. */
export function displayPath(root: string, path: string): string {
  return relative(root, path).split(sep).join('/');
}
