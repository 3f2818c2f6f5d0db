/**
 * Content problems, printed like a linter: one line each,
 * `path:line:col  错误|警告  message  rule-id`, paths relative to the
 * working folder, sorted by file and line; then a one-line summary. A file
 * with many warnings of one kind (a pasted article full of half-width commas)
 * shows the first few and one line with the count, unless `verbose`: errors
 * are always listed in full.
 */
import { relative } from 'node:path';
import type { VFile } from 'vfile';
import { t } from '../i18n/index.ts';

export interface ProblemCount {
  errors: number;
  warnings: number;
}

/** More warnings than this of one rule in one file are folded into a count. */
const FOLD_OVER = 5;
/** … of which this many are still shown. */
const SHOWN_WHEN_FOLDED = 3;

export function formatProblems(files: VFile[], options: { cwd?: string; verbose?: boolean } = {}): { lines: string[]; count: ProblemCount } {
  const cwd = options.cwd ?? process.cwd();
  const lines: string[] = [];
  const count: ProblemCount = { errors: 0, warnings: 0 };
  const words = t().cli;
  for (const file of files) {
    const rel = relative(cwd, file.path);
    const path = !rel || rel.startsWith('../..') ? file.path : rel;
    const messages = [...file.messages].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
    const perRule = new Map<string, number>();
    for (const m of messages) if (!m.fatal) perRule.set(m.ruleId ?? '', (perRule.get(m.ruleId ?? '') ?? 0) + 1);
    const shown = new Map<string, number>();
    for (const message of messages) {
      if (message.fatal) count.errors++;
      else count.warnings++;
      const rule = message.ruleId ?? '';
      if (!message.fatal && !options.verbose && (perRule.get(rule) ?? 0) > FOLD_OVER) {
        const n = (shown.get(rule) ?? 0) + 1;
        shown.set(rule, n);
        if (n === SHOWN_WHEN_FOLDED + 1) lines.push(`${path}  ${words.moreOfKind({ count: perRule.get(rule)! - SHOWN_WHEN_FOLDED, rule })}`);
        if (n > SHOWN_WHEN_FOLDED) continue;
      }
      const severity = message.fatal ? words.severityError : words.severityWarning;
      const where = `${path}:${message.line ?? 1}:${message.column ?? 1}`;
      lines.push(`${where}  ${severity}  ${message.reason}  ${rule}`.trimEnd());
    }
  }
  return { lines, count };
}

export function summary(count: ProblemCount): string {
  return t().cli.problemCount(count);
}
