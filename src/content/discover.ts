/**
 * What does PATH name? A content root (publication.yml + issue folders: build
 * every issue) or one issue folder (issue.md: build that one, with the content
 * root found above it). Either way the whole archive is listed, because issue
 * numbers are derived across it.
 */
import { readdir, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { t } from '../i18n/index.ts';
import { YuebaoError } from '../errors.ts';

export interface ContentLocation {
  root: string;
  /** Every issue folder of the archive, sorted by name. */
  archive: string[];
  /** The issue folders to build. */
  selected: string[];
}

/** PATH names no content: the command cannot run (exit 2), though nothing is broken. */
export class LocationError extends YuebaoError {}

async function exists(path: string, kind: 'file' | 'dir'): Promise<boolean> {
  try {
    const s = await stat(path);
    return kind === 'file' ? s.isFile() : s.isDirectory();
  } catch {
    return false;
  }
}

export async function listIssueFolders(root: string): Promise<string[]> {
  const entries = await readdir(root, { withFileTypes: true });
  const folders: string[] = [];
  for (const entry of entries) {
    if (!entry.isDirectory() || entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    if (await exists(join(root, entry.name, 'issue.md'), 'file')) folders.push(join(root, entry.name));
  }
  return folders.sort();
}

export async function locateContent(pathArg: string): Promise<ContentLocation> {
  const path = resolve(pathArg);
  if (!(await exists(path, 'dir'))) {
    throw new LocationError(t().content.noSuchFolder({ path: pathArg }));
  }
  if (await exists(join(path, 'issue.md'), 'file')) {
    let root = dirname(path);
    if (!(await exists(join(root, 'publication.yml'), 'file')) && (await exists(join(path, 'publication.yml'), 'file'))) root = path;
    const archive = root === path ? [path] : await listIssueFolders(root);
    return { root, archive, selected: [path] };
  }
  const archive = await listIssueFolders(path);
  if (archive.length === 0) {
    throw new LocationError(
      (await exists(join(path, 'publication.yml'), 'file'))
        ? t().content.noIssueFolders({ path: pathArg })
        : t().content.notContent({ path: pathArg }),
    );
  }
  return { root: path, archive, selected: archive };
}
