/**
 * `yuebao check`: everything a build would report, without building, plus a
 * proof-reader's pass over the text (src/check/text-rules.ts) and the issue
 * (src/check/content-rules.ts). With `fix`, the safe text fixes are written
 * back into the files, and listed.
 */
import { readFile, writeFile } from 'node:fs/promises';
import type { VFile } from 'vfile';
import { loadArchive } from '../model/load-archive.ts';
import { reportWarning } from '../content/problems.ts';
import { applyFixes, lintMarkdown } from './text-rules.ts';
import { checkIssue } from './content-rules.ts';
import { blankFrontMatter } from '../content/front-matter.ts';

export interface CheckResult {
  files: VFile[];
  /** `path:line:col  rule  before → after` for each fix applied. */
  fixed: Array<{ file: string; line: number; column: number; ruleId: string }>;
}

export async function check(path: string, options: { fix?: boolean } = {}): Promise<CheckResult> {
  const archive = await loadArchive(path);
  const fixed: CheckResult['fixed'] = [];

  for (const file of archive.files.files) {
    if (!file.path.endsWith('.md')) continue;
    const text = await readFile(file.path, 'utf8').catch(() => undefined);
    if (text === undefined) continue;
    const body = blankFrontMatter(text);
    const findings = lintMarkdown(body);
    if (options.fix && findings.some((f) => f.fix)) {
      // The body keeps the file's line numbers, so its fixes apply to the file as it is.
      const fixable = findings.filter((f) => f.fix);
      await writeFile(file.path, applyFixes(text, fixable));
      fixed.push(...fixable.map((f) => ({ file: file.path, line: f.line, column: f.column, ruleId: f.ruleId })));
    }
    for (const f of findings) {
      if (options.fix && f.fix) continue;
      reportWarning(file, `${f.message}${f.fix ? ' (yuebao check --fix does it)' : ''}`, { line: f.line, column: f.column }, f.ruleId);
    }
  }

  for (const issue of archive.issues) await checkIssue(issue, archive.files);
  return { files: archive.files.files, fixed };
}
