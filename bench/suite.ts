/**
 * The test suite against one cold build (issue #14: "the whole suite in at
 * most 10× one cold build of a real issue, measured in the same run").
 * In one run on this machine:
 *  - one cold CLI build of the sample issue (content/2024-03) into a new
 *    folder, as `npm run sample` makes it (PDF and web edition), and the same
 *    without the web edition; medians of RUNS runs (default 3);
 *  - the whole suite, `vitest run`, as `npm test` runs it (after setup).
 * Prints a table and writes bench/SUITE.md.
 * usage: npm run bench:suite [-- --runs 5]
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { median } from './lib/median.ts';

const ROOT = resolve(import.meta.dirname, '..');
const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 3;
const work = mkdtempSync(join(tmpdir(), 'yuebao-suite-bench-'));

/** Wall seconds of a command run from the project root; it must succeed. */
function seconds(command: string, args: string[]): { seconds: number; output: string } {
  const start = performance.now();
  const run = spawnSync(command, args, { cwd: ROOT, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' } });
  const elapsed = (performance.now() - start) / 1000;
  if (run.status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${run.stdout}\n${run.stderr}`);
  return { seconds: elapsed, output: `${run.stdout}\n${run.stderr}` };
}


function coldBuilds(label: string, extra: string[]): number {
  return median(
    Array.from({ length: RUNS }, (_, i) => seconds(process.execPath, ['bin/yuebao.js', 'build', 'content/2024-03', '--out', join(work, `${label}-${i}`), ...extra]).seconds),
  );
}

console.log(`yuebao suite bench: ${RUNS} cold builds each, then the suite, ${cpus().length} cores`);
// Warm the file cache and the CLI bundle (not the process): a build after `npm ci` on this machine.
seconds(process.execPath, ['bin/yuebao.js', 'build', 'content/2024-03', '--out', join(work, 'warmup')]);
const full = coldBuilds('full', []);
const noWeb = coldBuilds('no-web', ['--no-web']);
const suite = seconds(process.execPath, ['node_modules/vitest/vitest.mjs', 'run']);
const tests = /Tests\s+(\d+) passed/.exec(suite.output.replace(/\x1b\[[0-9;]*m/g, ""))?.[1] ?? '?';

const rows: Array<[string, number]> = [
  ['one cold build of the sample issue (PDF + web edition)', full],
  ['one cold build of the sample issue, `--no-web`', noWeb],
  [`the whole suite (${tests} tests)`, suite.seconds],
];
const table = ['| run | wall s |', '|---|---:|', ...rows.map(([name, s]) => `| ${name} | ${s.toFixed(2)} |`)].join('\n');
const verdict = [
  `- suite / cold build: **${(suite.seconds / full).toFixed(1)}×** (target ≤ 10×)`,
  `- suite / cold build without the web edition: **${(suite.seconds / noWeb).toFixed(1)}×**`,
].join('\n');
const report = `# The suite against one cold build\n\nMachine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}.\nCommand: \`npm run bench:suite\` (bench/suite.ts). Cold build: a new Node and a new Chromium, a new output folder (medians of ${RUNS}); the file cache and the CLI bundle are warm, as after \`npm ci\` and one build.\n\n${table}\n\n${verdict}\n`;
console.log(`\n${table}\n\n${verdict}`);
writeFileSync(join(ROOT, 'bench', 'SUITE.md'), report);
rmSync(work, { recursive: true, force: true });
