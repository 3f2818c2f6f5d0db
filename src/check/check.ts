/**
 * `yuebao check`: everything a build would report, without building, plus a
 * proof-reader's pass over the Markdown's prose (remark-lint rules on the
 * mdast, src/check/remark-proofread.ts), the titles in the articles' front
 * matter (src/check/title-rules.ts) and the issue (src/check/content-rules.ts).
 * With `fix`, the safe text fixes are written back into the files, and listed.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { VFile } from 'vfile';
import { loadArchive } from '../model/load-archive.ts';
import { promoteStrictWarnings, reportWarning } from '../core/problems.ts';
import { blankFrontMatter } from '../content/front-matter.ts';
import { t } from '../i18n/index.ts';
import { fixText, lintMarkdown, type FixMade } from './text-rules.ts';
import { fixTitles, lintTitles, titlePlace } from './title-rules.ts';
import { checkIssue } from './content-rules.ts';

/** A fix written into a file: at line:column, `before` became `after` (e.g. `,` → `，`, `"开门红"` → `“开门红”`, `2 月` → `2月`). */
export interface Fixed {
  file: string;
  line: number;
  /** Where `before` starts. */
  column: number;
  ruleId: string;
  before: string;
  after: string;
}

export interface CheckResult {
  files: VFile[];
  /** Each fix applied, in file and line order. */
  fixed: Fixed[];
}

export async function check(
  path: string,
  /** `write`: how a fixed file is written (the studio writes atomically and keeps the old version). */
  options: { fix?: boolean; strict?: boolean; write?: (path: string, text: string) => Promise<unknown> } = {},
): Promise<CheckResult> {
  const archive = await loadArchive(path);
  if (options.strict) promoteStrictWarnings(archive.files.files, t().content.exampleTextStrict);
  const fixed: Fixed[] = [];

  for (const file of archive.files.files) {
    if (!file.path.endsWith('.md')) continue;
    // The text as the loader decoded it (a GBK file too); a fix writes it back as UTF-8.
    const read = typeof file.value === 'string' ? file.value : await readFile(file.path, 'utf8').catch(() => undefined);
    if (read === undefined) continue;
    // Positions count from after a byte-order mark, as editors see them; it is written back as it was.
    const bom = read.startsWith('\uFEFF') ? '\uFEFF' : '';
    const text = read.slice(bom.length);
    // issue.md holds no article titles; its body (the 卷首语) is proof-read like any other.
    const titles = basename(file.path) === 'issue.md' ? [] : lintTitles(text);
    const body = lintMarkdown(blankFrontMatter(text));
    const found = [
      ...titles.flatMap(({ title, findings }) => findings.map((finding) => ({ finding, place: titlePlace(text, title, finding) }))),
      ...body.map((finding) => ({ finding, place: { line: finding.line, column: finding.column } })),
    ];

    const made: FixMade[] = [];
    if (options.fix && found.some(({ finding }) => finding.fix)) {
      // Body fixes first: they are made by offset, and stand after the front matter, so the titles' offsets stay right.
      const inBody = fixText(text, body);
      const inTitles = fixTitles(inBody.text, titles);
      made.push(...inTitles.made, ...inBody.made);
      await (options.write ?? writeFile)(file.path, bom + inTitles.text);
      fixed.push(...made.map((m) => ({ file: file.path, line: m.line, column: m.column, ruleId: m.finding.ruleId, before: m.before, after: m.after })));
    }
    const done = new Set(made.map((m) => m.finding));
    for (const { finding, place } of found) {
      if (!done.has(finding)) reportWarning(file, `${finding.message}${finding.fix ? t().check.fixHint : ''}`, place, finding.ruleId);
    }
  }

  for (const issue of archive.issues) await checkIssue(issue, archive.files);
  return { files: archive.files.files, fixed };
}
