/**
 * Text runs → lines. pdf.js gives Chromium's runs (often one per BudouX
 * phrase or per punctuation mark); a line is the runs that share a baseline.
 * A superscript (a footnote mark) sits a little above the baseline and
 * belongs to its line, so runs join a line within 0.4 em of its baseline.
 */
import type { Line, TextRun } from './typeset-types.ts';

const isBlank = (text: string) => !/\S/.test(text);

/** Text without white space (pdf.js puts spaces between Chinese and Latin: "2023 年"). */
export function squash(text: string): string {
  return text.replace(/\s+/g, '');
}

/** Groups runs into lines, top to bottom; runs of white space only add no line. */
export function groupLines(runs: TextRun[]): Line[] {
  const sorted = runs.filter((run) => run.text !== '').sort((a, b) => a.baseline - b.baseline || a.x - b.x);
  const groups: Array<{ baseline: number; size: number; runs: TextRun[] }> = [];
  for (const run of sorted) {
    const last = groups.at(-1);
    if (last && Math.abs(run.baseline - last.baseline) <= 0.4 * Math.max(run.size, last.size)) {
      last.runs.push(run);
      // The line's baseline is its largest text's, not a superscript's.
      if (run.size > last.size && !isBlank(run.text)) [last.baseline, last.size] = [run.baseline, run.size];
    } else {
      groups.push({ baseline: run.baseline, size: run.size, runs: [run] });
    }
  }
  return groups.map((group) => toLine(group.runs, group.baseline)).filter((line): line is Line => line !== undefined);
}

/** One line from its runs: text left to right, a tab for a gap of more than 1 em. */
function toLine(runs: TextRun[], baseline: number): Line | undefined {
  const inked = runs.filter((run) => !isBlank(run.text)).sort((a, b) => a.x - b.x);
  if (!inked.length) return undefined;
  let text = '';
  inked.forEach((run, i) => {
    const previous = inked[i - 1];
    if (previous) {
      const gap = run.x - (previous.x + previous.width);
      text += gap > run.size ? '\t' : runs.some((r) => isBlank(r.text) && r.x >= previous.x && r.x < run.x) ? ' ' : '';
    }
    text += run.text;
  });
  return {
    text,
    x: inked[0].x,
    right: Math.max(...inked.map((run) => run.x + run.width)),
    baseline,
    size: dominantSize(inked),
  };
}

/** The size that most characters of the runs are set in. */
function dominantSize(runs: TextRun[]): number {
  const counts = new Map<number, number>();
  for (const run of runs) {
    const size = Math.round(run.size * 100) / 100;
    counts.set(size, (counts.get(size) ?? 0) + squash(run.text).length);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0][0];
}
