/**
 * What does PATH name? A content root (publication.yml + issue folders: build
 * every issue) or one issue folder (issue.md: build that one, with the content
 * root found above it). Either way the whole archive is listed, because issue
 * numbers are derived across it.
 */
import { readdir, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { displayPath } from '../core/paths.ts';
import { t } from '../i18n/index.ts';
import { YuebaoError } from '../errors.ts';

export interface ContentLocation {
  root: string;
  /**
   * Files that look like a misnamed issue.md (issue.md.txt — Windows hides the .txt —,
   * Issue.md, issue.txt) in folders without one: such a folder is no issue, and the
   * editor must hear why.
   */
  lookalikes: string[];
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
  return (await scanIssueFolders(root)).folders;
}

/** issue.md as Windows and hurried typing save it: issue.md.txt, Issue.md, issue.txt, issue.markdown. */
const LOOKALIKE = /^issue(\.md)?\.(txt|md|markdown)$/i;

async function scanIssueFolders(root: string): Promise<{ folders: string[]; lookalikes: string[] }> {
  const entries = await readdir(root, { withFileTypes: true });
  const folders: string[] = [];
  const lookalikes: string[] = [];
  for (const entry of entries) {
    if (!entry.isDirectory() || entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const dir = join(root, entry.name);
    if (await exists(join(dir, 'issue.md'), 'file')) {
      folders.push(dir);
      continue;
    }
    const names = await readdir(dir).catch(() => [] as string[]);
    lookalikes.push(...names.filter((name) => LOOKALIKE.test(name)).map((name) => join(dir, name)));
  }
  return { folders: folders.sort(), lookalikes: lookalikes.sort() };
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
    return { root, archive, selected: [path], lookalikes: [] };
  }
  const own = (await readdir(path)).find((name) => LOOKALIKE.test(name));
  if (own) throw new LocationError(`${pathArg}：${t().content.issueMdMisnamed({ name: own })}`);
  const { folders: archive, lookalikes } = await scanIssueFolders(path);
  if (archive.length === 0) {
    const misnamed = lookalikes.length ? ` ${t().content.issueMdMisnamed({ name: displayPath(path, lookalikes[0]) })}` : '';
    throw new LocationError(
      (await exists(join(path, 'publication.yml'), 'file'))
        ? `${t().content.noIssueFolders({ path: pathArg })}${misnamed}`
        : `${t().content.notContent({ path: pathArg })}${misnamed}`,
    );
  }
  return { root: path, archive, selected: archive, lookalikes };
}
