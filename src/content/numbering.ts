/**
 * Issue numbers across the archive (CONTENT-FORMAT.md, "Numbering"): an issue
 * that leaves out `number`/`total` follows the previous issue by `date`;
 * `number` restarts at 1 in a new year. Two issues with the same total, or the
 * same year and number, are an error that names both files.
 */
import { relative, dirname } from 'node:path';
import type { VFile } from 'vfile';
import { reportError, reportWarning, type Place } from '../core/problems.ts';
import { t } from '../i18n/index.ts';

export interface NumberingInput {
  file: VFile;
  year: number;
  number?: number;
  total?: number;
  date: string;
  locate(path: PropertyKey[]): Place;
}

export interface IssueNumbers {
  number: number;
  total: number;
}

/** Returns the numbers of each input, in input order. */
export function deriveNumbers(issues: readonly NumberingInput[]): IssueNumbers[] {
  const order = issues.map((_, i) => i).sort((a, b) => issues[a].date.localeCompare(issues[b].date) || issues[a].file.path.localeCompare(issues[b].file.path));
  const numbers: IssueNumbers[] = new Array(issues.length);
  let previous: { year: number; number: number; total: number } | undefined;
  for (const i of order) {
    const issue = issues[i];
    const number = issue.number ?? (previous && previous.year === issue.year ? previous.number + 1 : 1);
    let total = issue.total;
    if (total === undefined) {
      if (previous) total = previous.total + 1;
      else {
        total = number;
        reportWarning(issue.file, t().content.numberingTotal({ total }), issue.locate([]), 'numbering-total');
      }
    }
    numbers[i] = { number, total };
    previous = { year: issue.year, number, total };
  }
  reportConflicts(issues, numbers);
  return numbers;
}

function reportConflicts(issues: readonly NumberingInput[], numbers: IssueNumbers[]): void {
  const seen = new Map<string, number>();
  issues.forEach((issue, i) => {
    const keys = [
      { key: `total ${numbers[i].total}`, what: `总第${numbers[i].total}期`, field: 'total' },
      { key: `${issue.year}/${numbers[i].number}`, what: `〔${issue.year}〕第${numbers[i].number}期`, field: 'number' },
    ];
    for (const { key, what, field } of keys) {
      const other = seen.get(key);
      if (other === undefined) {
        seen.set(key, i);
        continue;
      }
      for (const [here, there] of [[i, other], [other, i]]) {
        const thereName = relative(dirname(dirname(issues[here].file.path)), issues[there].file.path);
        reportError(
          issues[here].file,
          t().content.numberingDuplicate({ what, other: thereName, field }),
          issues[here].locate([field]),
          'numbering-duplicate',
        );
      }
    }
  });
}
