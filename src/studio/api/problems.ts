/**
 * Problems (vfile messages) as the studio's pages list them: one row each,
 * with the file relative to the content root, so that a click can open the
 * article at its line.
 */
import type { VFile } from 'vfile';
import { isInside } from '../../core/paths.ts';
import { relativeName } from '../safe-path.ts';

export interface ProblemRow {
  /** Relative to the content root; absent for a file outside it (an upload being imported). */
  file?: string;
  name: string;
  line: number;
  column: number;
  severity: 'error' | 'warning';
  message: string;
  rule: string;
}

export function problemRows(files: VFile[], root: string): ProblemRow[] {
  return files.flatMap((file) =>
    [...file.messages]
      .sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0))
      .map((m) => {
        const inside = isInside(root, file.path);
        return {
          file: inside ? relativeName(root, file.path) : undefined,
          name: inside ? relativeName(root, file.path) : file.basename ?? file.path,
          line: m.line ?? 1,
          column: m.column ?? 1,
          severity: m.fatal ? ('error' as const) : ('warning' as const),
          message: m.reason,
          rule: m.ruleId ?? '',
        };
      }),
  );
}
