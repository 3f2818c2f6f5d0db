/**
 * `yuebao new`: the next issue's folder, ready to fill. Its numbers follow the
 * newest issue of the archive (same rules as a build: src/content/numbering.ts),
 * its period and date are the newest issue's plus one month, its sections are
 * the newest issue's with empty article lists, and an example article shows
 * the format and makes the new issue build at once.
 */
import { mkdir, writeFile, access } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { stringify } from 'yaml';
import { locateContent } from '../content/discover.ts';
import { loadIssueHeader } from '../content/load-issue.ts';
import { deriveNumbers } from '../content/numbering.ts';
import { FileRegistry } from '../core/problems.ts';
import { EXAMPLE_PHRASES } from '../content/example-text.ts';
import { loadPublication } from '../config/publication.ts';
import { formatIssueLine, formatPeriod } from '../model/issue-line.ts';
import type { VFile } from 'vfile';

export interface NewIssue {
  dir: string;
  issueLine: string;
  periodLabel: string;
  files: string[];
}

/** YYYY-MM(-DD) + one month; the day is kept, at most 28, so it always exists. */
export function nextMonth(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  const year = m === 12 ? y + 1 : y;
  const month = m === 12 ? 1 : m + 1;
  const head = `${year}-${String(month).padStart(2, '0')}`;
  return d ? `${head}-${String(Math.min(d, 28)).padStart(2, '0')}` : head;
}

/** What `newIssue` would make, worked out before anything is written (the studio shows it first). */
export interface IssuePlan {
  dir: string;
  year: number;
  number: number;
  total: number;
  period: string;
  date: string;
  issueLine: string;
  periodLabel: string;
  /** The newest issue's folder name, counted on from. */
  from: string;
  sections: Array<{ title: string; articles: string[] } | { title: string; briefs: string }>;
}

/** The next issue's numbers, dates, folder and sections, or — when the archive's issue.md files or publication.yml have errors — those files, to list. */
export async function planNewIssue(rootArg: string): Promise<IssuePlan | { problems: VFile[] }> {
  const location = await locateContent(rootArg);
  const files = new FileRegistry();
  const publication = await loadPublication(join(location.root, 'publication.yml'), files);
  const headers = await Promise.all(location.archive.map((dir) => loadIssueHeader(dir, files)));
  if (files.hasErrors || !publication) return { problems: files.files };
  const issues = headers.map((h) => ({ file: h.file, ...h.meta!, locate: h.locate }));
  const numbers = deriveNumbers(issues);
  const newest = issues.map((issue, i) => ({ ...issue, ...numbers[i] })).sort((a, b) => b.date.localeCompare(a.date))[0];

  const date = nextMonth(newest.date);
  const period = nextMonth(newest.period);
  const year = Number(date.slice(0, 4));
  const number = year === newest.year ? newest.number + 1 : 1;
  const total = newest.total + 1;

  let dir = join(location.root, date.slice(0, 7));
  for (let n = 2; await exists(dir); n++) dir = join(location.root, `${date.slice(0, 7)}-${n}`);

  const sections: IssuePlan['sections'] = newest.sections.map((s, i) => (s.briefs ? { title: s.title, briefs: 'briefs.md' } : { title: s.title, articles: i === 0 ? ['example/example.md'] : [] }));
  if (!sections.some((s) => 'articles' in s)) sections.unshift({ title: '重点关注', articles: ['example/example.md'] });
  const from = basename(dirname(newest.file.path)); // the issue folder's name
  return { dir, year, number, total, period, date, sections, from, issueLine: formatIssueLine(publication.issueLineTemplate, { year, number, total }), periodLabel: formatPeriod(period) };
}

/**
 * The next issue, or the problems that keep it from being counted.
 * `write` puts each new file on the disk (the studio's writes are atomic); the folder is made first.
 */
export async function newIssue(rootArg: string, options: { write?: (path: string, text: string) => Promise<void> } = {}): Promise<NewIssue | { problems: VFile[] }> {
  const plan = await planNewIssue(rootArg);
  if ('problems' in plan) return plan;
  const { dir, year, number, total, period, date, sections, from } = plan;
  await mkdir(join(dir, 'images'), { recursive: true });
  const front = stringify({ year, number, total, period, date, sections }, { lineWidth: 0 }).trimEnd();
  const written: string[] = [];
  const write = async (rel: string, text: string) => {
    await mkdir(join(dir, rel, '..'), { recursive: true });
    await (options.write ?? writeFile)(join(dir, rel), text);
    written.push(join(dir, rel));
  };

  await write('issue.md', `---\n# 〔${year}〕第${number}期（总第${total}期），从 ${from} 往后数出来的：期号可以不写。\n# 封面照片这样加（去掉行首的 # 号）：\n# cover:\n#   image: images/cover.jpg\n#   caption: 图片说明\n#   credit: 摄影者\n${front}\n---\n\n${EXAMPLE_PHRASES.foreword}。每段一行，段与段之间空一行。\n`);
  await write('example/example.md', EXAMPLE_ARTICLE);
  if (sections.some((s) => 'briefs' in s)) await write('briefs.md', EXAMPLE_BRIEFS.replaceAll('{month}', String(Number(period.slice(5)))));

  return { dir, issueLine: plan.issueLine, periodLabel: plan.periodLabel, files: written };
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(() => true, () => false);
}

const EXAMPLE_ARTICLE = `---
title: ${EXAMPLE_PHRASES.articleTitle}
source: 清远日报
date: ${new Date().toISOString().slice(0, 10)}
---

${EXAMPLE_PHRASES.article}，用来说明写法：每段正文之间空一行，段首不用空格，排版时会自动缩进两个字。把这个文件改成真正的文章，或者删掉它，并从 issue.md 的目录里去掉。

## 小标题这样写

图片这样放：方括号里写图片说明，引号里写摄影者，图片文件放在 images 文件夹里。

文章来源写在上面的 source 一行里，印刷时会出现在文章末尾，例如（清远日报）。
`;

const EXAMPLE_BRIEFS = `{month}月1日，${EXAMPLE_PHRASES.brief}：每条简讯一段，以日期开头，以来源结尾。（经济发展部）
`;
