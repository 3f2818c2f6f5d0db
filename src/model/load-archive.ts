/**
 * PATH → Issue models: find the content root and its issue folders, read
 * publication.yml, number every issue of the archive, then load and assemble
 * the selected ones. Problems are collected in `files`, never thrown.
 */
import { basename, join } from 'node:path';
import { t } from '../i18n/index.ts';
import { loadPublication } from '../config/publication.ts';
import { locateContent } from '../content/discover.ts';
import { loadIssue, loadIssueHeader } from '../content/load-issue.ts';
import { deriveNumbers, type NumberingInput } from '../content/numbering.ts';
import { FileRegistry, reportWarning } from '../core/problems.ts';
import { checkImages, type NamedImage } from '../content/image-problems.ts';
import { assembleIssue } from './assemble.ts';
import type { Issue } from './types.ts';

export interface LoadedArchive {
  root: string;
  files: FileRegistry;
  /** The selected issues that could be assembled, in archive (date) order (check `files.hasErrors` before building). */
  issues: Issue[];
  /** Every issue folder of the archive (for the web edition's home page). */
  archive: string[];
}

export async function loadArchive(path: string): Promise<LoadedArchive> {
  const location = await locateContent(path);
  const files = new FileRegistry();
  const publication = await loadPublication(join(location.root, 'publication.yml'), files);
  for (const path of location.lookalikes) {
    reportWarning(files.forPath(path), t().content.issueMdMisnamed({ name: basename(path) }), { line: 1, column: 1 }, 'issue-md-missing');
  }

  const headers = await Promise.all(location.archive.map((dir) => loadIssueHeader(dir, files)));
  const numberable = headers.flatMap((h, i) => (h.meta ? [{ dir: location.archive[i], input: { file: h.file, ...h.meta, locate: h.locate } satisfies NumberingInput }] : []));
  const numbers = new Map(deriveNumbers(numberable.map((n) => n.input)).map((n, i) => [numberable[i].dir, n]));

  const loaded = await Promise.all(location.selected.map((dir) => loadIssue(location.root, dir, headers[location.archive.indexOf(dir)], files)));
  const issues: Issue[] = [];
  const images: NamedImage[] = [];
  for (const issue of loaded) {
    const issueNumbers = issue && numbers.get(issue.dir);
    if (issue?.cover) images.push({ path: issue.cover.path, file: issue.file, place: issue.cover.place, ref: issue.meta.cover!.image });
    if (issue && issueNumbers && publication) issues.push(assembleIssue(location.root, issue, issueNumbers, publication, images));
  }
  // Every photo, the cover included, is opened now: a broken one is a located problem, not a crash while printing.
  await checkImages(images, location.root);
  issues.sort((a, b) => a.date.localeCompare(b.date));
  return { root: location.root, files, issues, archive: location.archive };
}
