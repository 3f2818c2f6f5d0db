/**
 * Build progress. On a terminal: one line per issue that updates in place
 * (排版 → 印刷 PDF → 完成). Not a terminal (CI, a pipe, a log file): one
 * plain line per issue and step as it starts, so a log shows what is going on
 * and where a build stopped.
 */
import type { ProgressEvent } from '../build.ts';
import { t } from '../i18n/index.ts';

export function progressReporter(stream: NodeJS.WritableStream & { isTTY?: boolean } = process.stderr): (event: ProgressEvent) => void {
  return stream.isTTY ? liveTable(stream) : plainLines(stream);
}

function plainLines(stream: NodeJS.WritableStream): (event: ProgressEvent) => void {
  const started = performance.now();
  const m = t().cli;
  return (event) => {
    if (event.type === 'issue-step') stream.write(`${m.progressLine({ issue: event.issue, step: m.steps[event.step] ?? event.step })}\n`);
    if (event.type === 'committed') stream.write(`${m.doneIn({ s: ((performance.now() - started) / 1000).toFixed(1) })}\n`);
  };
}

function liveTable(stream: NodeJS.WritableStream): (event: ProgressEvent) => void {
  const state = new Map<string, string>();
  const started = performance.now();
  const m = t().cli;
  let drawn = 0;
  const draw = () => {
    if (drawn) stream.write(`\x1b[${drawn}A`);
    for (const [issue, step] of state) stream.write(`\x1b[2K  ${issue.padEnd(12)} ${m.steps[step] ?? step}\n`);
    drawn = state.size;
  };
  return (event) => {
    if (event.type === 'loaded') event.issues.forEach((i) => state.set(i, 'waiting'));
    if (event.type === 'issue-step') state.set(event.issue, event.step);
    if (event.type === 'committed') {
      for (const issue of state.keys()) state.set(issue, 'done');
      draw();
      stream.write(`  ${m.seconds({ s: ((performance.now() - started) / 1000).toFixed(1) })}\n`);
      return;
    }
    draw();
  };
}
