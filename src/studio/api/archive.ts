/**
 * The archive page: every issue folder with its numbers, grouped by year
 * (newest first), and what 「新建一期」 would make — shown before it is made.
 * An issue.md with errors is still listed (with its first problem), so the
 * editor can open it and fix it in the studio.
 */
import { basename, join } from 'node:path';
import { loadPublication } from '../../config/publication.ts';
import { locateContent } from '../../content/discover.ts';
import { formatProblems } from '../../core/format-problems.ts';
import { loadIssueHeader } from '../../content/load-issue.ts';
import { deriveNumbers } from '../../content/numbering.ts';
import { FileRegistry } from '../../core/problems.ts';
import { formatIssueLine, formatPeriod } from '../../model/issue-line.ts';
import { planNewIssue, type IssuePlan } from '../../new/new-issue.ts';
import { relativeName } from '../safe-path.ts';

export interface IssueSummary {
  folder: string;
  year?: number;
  number?: number;
  total?: number;
  issueLine?: string;
  periodLabel?: string;
  date?: string;
  title?: string;
  cover?: string;
  /** The first problem of its issue.md, when it cannot be read. */
  problem?: string;
}

export interface ArchiveView {
  publication?: string;
  years: Array<{ year: string; issues: IssueSummary[] }>;
  next?: { folder: string; issueLine: string; periodLabel: string; date: string; from: string };
  /** Why there is no next issue to make (the archive's problems). */
  nextProblems?: string[];
}

/** Every issue with its numbers (counted on across the archive where issue.md leaves them out). */
export async function archiveIssues(root: string): Promise<{ issues: IssueSummary[]; publicationTitle?: string }> {
  const location = await locateContent(root);
  const files = new FileRegistry();
  const publication = await loadPublication(join(location.root, 'publication.yml'), files);
  const headers = await Promise.all(location.archive.map((dir) => loadIssueHeader(dir, files)));
  const good = headers.flatMap((h, i) => (h.meta ? [{ i, input: { file: h.file, ...h.meta, locate: h.locate } }] : []));
  const numbers = new Map(deriveNumbers(good.map((g) => g.input)).map((n, k) => [good[k].i, n]));
  const issues = headers.map((header, i): IssueSummary => {
    const folder = basename(location.archive[i]);
    const meta = header.meta;
    const n = numbers.get(i);
    if (!meta || !n) {
      const { lines } = formatProblems([header.file], { cwd: location.root });
      return { folder, problem: lines[0] };
    }
    return {
      folder,
      year: meta.year,
      number: n.number,
      total: n.total,
      issueLine: publication ? formatIssueLine(publication.issueLineTemplate, { year: meta.year, number: n.number, total: n.total }) : undefined,
      periodLabel: formatPeriod(meta.period),
      date: meta.date,
      title: meta.title,
      cover: meta.cover ? relativeName(location.root, join(location.archive[i], meta.cover.image)) : undefined,
    };
  });
  return { issues, publicationTitle: publication?.title };
}

export async function archiveView(root: string): Promise<ArchiveView> {
  const { issues, publicationTitle } = await archiveIssues(root);
  const byYear = new Map<string, IssueSummary[]>();
  for (const issue of [...issues].sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || b.folder.localeCompare(a.folder))) {
    const year = issue.year ? String(issue.year) : '—';
    byYear.set(year, [...(byYear.get(year) ?? []), issue]);
  }
  const plan = await planNewIssue(root);
  const view: ArchiveView = { publication: publicationTitle, years: [...byYear].map(([year, list]) => ({ year, issues: list })) };
  if ('problems' in plan) view.nextProblems = formatProblems(plan.problems, { cwd: root }).lines;
  else view.next = describePlan(plan);
  return view;
}

export function describePlan(plan: IssuePlan): NonNullable<ArchiveView['next']> {
  return { folder: basename(plan.dir), issueLine: plan.issueLine, periodLabel: plan.periodLabel, date: plan.date, from: plan.from };
}
