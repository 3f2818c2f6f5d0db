/**
 * What does PATH name? A content root (publication.yml + issue folders: build
 * every issue) or one issue folder (issue.md: build that one, with the content
 * root found above it). Either way the whole archive is listed, because issue
 * numbers are derived across it.
 */
import { readdir, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';

export interface ContentLocation {
  root: string;
  /** Every issue folder of the archive, sorted by name. */
  archive: string[];
  /** The issue folders to build. */
  selected: string[];
}

export class LocationError extends Error {}

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
    throw new LocationError(`${pathArg}: no such folder. Give a content folder (with publication.yml) or an issue folder (with issue.md).`);
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
        ? `${pathArg}: no issue folders found. Each issue is a sub-folder with an issue.md (run \`yuebao new ${pathArg}\` to start one).`
        : `${pathArg}: neither a content folder (publication.yml and issue folders) nor an issue folder (issue.md).`,
    );
  }
  return { root: path, archive, selected: archive };
}
