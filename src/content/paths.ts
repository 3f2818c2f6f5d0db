/**
 * Paths named in content are relative to the file that names them and must
 * stay inside the content root (CONTENT-FORMAT.md). Remote URLs are refused:
 * the build is offline and the print shop needs the real file.
 */
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';

export type ResolvedPath = { ok: true; path: string } | { ok: false; reason: string };

export function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

export function resolveContentPath(root: string, fromFile: string, ref: string): ResolvedPath {
  if (/^[a-z][a-z0-9+.-]*:/i.test(ref) || ref.startsWith('//')) {
    return { ok: false, reason: `"${ref}" is a remote address: download the file into the issue folder (e.g. images/) and name it by its relative path.` };
  }
  if (isAbsolute(ref)) {
    return { ok: false, reason: `"${ref}" is an absolute path: write it relative to this file, e.g. images/photo.jpg.` };
  }
  let decoded = ref;
  try {
    decoded = decodeURI(ref);
  } catch {
    // keep the path as written
  }
  const path = resolve(dirname(fromFile), decoded.split('/').join(sep));
  if (!isInside(root, path)) {
    return { ok: false, reason: `"${ref}" points outside the content folder: copy the file into the issue folder and name it from there.` };
  }
  return { ok: true, path };
}

/** A path for messages and asset names: relative to `root`, with forward slashes. */
export function displayPath(root: string, path: string): string {
  return relative(root, path).split(sep).join('/');
}
