/**
 * 「检查」 and 「一键修正」: `yuebao check` on the issue on screen, its
 * problems as rows (a click opens the file at the line), and with `fix` the
 * safe fixes written — through the studio's store, so each fixed file is
 * written atomically, its old version kept, and the whole fix is one change
 * that 「撤销」 takes back.
 */
import { join } from 'node:path';
import { check } from '../../check/check.ts';
import { t } from '../../i18n/index.ts';
import type { ContentStore } from '../content-store.ts';
import { relativeName } from '../safe-path.ts';
import { issueFile } from './issue.ts';
import { problemRows, type ProblemRow } from './problems.ts';

export interface CheckView {
  problems: ProblemRow[];
  fixed: Array<{ file: string; line: number; before: string; after: string; rule: string }>;
}

export async function checkIssue(store: ContentStore, folder: string, fix: boolean): Promise<CheckView> {
  issueFile(folder);
  const tx = store.begin(t().studio.changes.fix);
  const result = await check(join(store.root, folder), {
    fix,
    write: (path, text) => tx.write(relativeName(store.root, path), text),
  });
  tx.commit();
  return {
    problems: problemRows(result.files, store.root),
    fixed: result.fixed.map((f) => ({ file: relativeName(store.root, f.file), line: f.line, before: f.before, after: f.after, rule: f.ruleId })),
  };
}
