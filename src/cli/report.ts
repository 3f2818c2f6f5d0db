/**
 * Content problems, printed like a linter: one line each,
 * `path:line:col  error|warning  message  rule-id`, paths relative to the
 * working folder, sorted by file and line; then a one-line summary.
 */
import { relative } from 'node:path';
import type { VFile } from 'vfile';

export interface ProblemCount {
  errors: number;
  warnings: number;
}

export function formatProblems(files: VFile[], cwd = process.cwd()): { lines: string[]; count: ProblemCount } {
  const lines: string[] = [];
  const count: ProblemCount = { errors: 0, warnings: 0 };
  for (const file of files) {
    const rel = relative(cwd, file.path);
    const path = !rel || rel.startsWith('../..') ? file.path : rel;
    const messages = [...file.messages].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
    for (const message of messages) {
      const severity = message.fatal ? 'error' : 'warning';
      if (message.fatal) count.errors++;
      else count.warnings++;
      const where = `${path}:${message.line ?? 1}:${message.column ?? 1}`;
      lines.push(`${where}  ${severity}  ${message.reason}  ${message.ruleId ?? ''}`.trimEnd());
    }
  }
  return { lines, count };
}

export function summary(count: ProblemCount): string {
  const parts = [];
  if (count.errors) parts.push(`${count.errors} error${count.errors > 1 ? 's' : ''}`);
  if (count.warnings) parts.push(`${count.warnings} warning${count.warnings > 1 ? 's' : ''}`);
  return parts.join(', ');
}
