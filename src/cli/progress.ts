/**
 * Build progress on a terminal: one line per issue that updates in place
 * (html → pdf → done). Not a terminal (CI, a pipe): silent.
 */
import type { ProgressEvent } from '../build.ts';

export function progressReporter(stream: NodeJS.WriteStream = process.stderr): ((event: ProgressEvent) => void) | undefined {
  if (!stream.isTTY) return undefined;
  const state = new Map<string, string>();
  const started = performance.now();
  let drawn = 0;
  const label: Record<string, string> = { html: '排版 HTML …', pdf: '打印 PDF …', done: '完成 ✓' };
  const draw = () => {
    if (drawn) stream.write(`\x1b[${drawn}A`);
    for (const [issue, step] of state) stream.write(`\x1b[2K  ${issue.padEnd(12)} ${label[step] ?? step}\n`);
    drawn = state.size;
  };
  return (event) => {
    if (event.type === 'loaded') event.issues.forEach((i) => state.set(i, 'waiting'));
    if (event.type === 'issue-step') state.set(event.issue, event.step);
    if (event.type === 'committed') {
      for (const issue of state.keys()) state.set(issue, 'done');
      draw();
      stream.write(`  ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
      return;
    }
    draw();
  };
}
