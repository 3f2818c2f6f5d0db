/**
 * The benchmark (DESIGN.md protocol). In one run on this machine:
 *  - the cold CLI build of the sample issue (content/2024-03), HTML and PDF stages apart;
 *  - the floor: one plain Chromium print of the same final print HTML (bench/floor.mjs);
 *  - a generated ~200-page issue, to show how time grows.
 * Medians of RUNS runs (default 5). Prints a table and writes bench/RESULTS.md.
 * usage: npm run bench [-- --runs 7]
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { PDFDocument } from 'pdf-lib';
import { findBrowser } from '../src/print/find-browser.ts';
import { tmpdir, cpus } from 'node:os';
import { join, resolve } from 'node:path';
import { makeLargeIssue } from './large-issue.ts';
import { median } from './lib/median.ts';

const ROOT = resolve(import.meta.dirname, '..');
const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 5;
const work = mkdtempSync(join(tmpdir(), 'yuebao-bench-'));

interface Sample {
  seconds: number;
  maxRssMb: number;
  timings?: Record<string, number>;
}

/** Runs a command under GNU time (wall time and peak memory of the process tree's largest member). */
function timed(args: string[]): Sample {
  const run = spawnSync('/usr/bin/time', ['-f', 'TIME %e %M', ...args], { cwd: ROOT, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`${args.join(' ')} failed:\n${run.stderr}`);
  const [, seconds, kb] = /TIME ([\d.]+) (\d+)/.exec(run.stderr)!;
  const timings = /timings (\{.*\})/.exec(run.stderr)?.[1];
  return { seconds: Number(seconds), maxRssMb: Number(kb) / 1024, timings: timings ? JSON.parse(timings) : undefined };
}


function buildRuns(path: string, label: string, extra: string[] = []): Sample[] {
  const samples: Sample[] = [];
  for (let i = 0; i < RUNS; i++) {
    const out = join(work, `${label}-${i}`);
    samples.push(timed([process.execPath, 'bin/yuebao.js', 'build', path, '--out', out, '--no-web', '--timings', ...extra]));
    if (i < RUNS - 1) rmSync(out, { recursive: true, force: true });
  }
  return samples;
}

function floorRuns(html: string): Sample[] {
  return Array.from({ length: RUNS }, (_, i) => timed([process.execPath, 'bench/floor.mjs', html, join(work, `floor-${i}.pdf`), findBrowser()!]));
}

async function pageCount(pdf: string): Promise<number> {
  return (await PDFDocument.load(readFileSync(pdf), { updateMetadata: false })).getPageCount();
}

function summarize(samples: Sample[]) {
  const stage = (name: string) => median(samples.map((s) => s.timings?.[name] ?? 0)) / 1000;
  return { seconds: median(samples.map((s) => s.seconds)), rss: median(samples.map((s) => s.maxRssMb)), html: stage('load') + stage('html'), pdf: stage('pdf'), press: stage('press') };
}

if (!findBrowser()) throw new Error('no Chromium: run `npm run sample` once first');
if (spawnSync('/usr/bin/time', ['true']).error) throw new Error('GNU time is missing: apt-get install time');

console.log(`yuebao bench: ${RUNS} runs each, ${cpus().length} cores`);
// Warm the file cache (not the process): the first build of a session reads node_modules from disk.
timed([process.execPath, 'bin/yuebao.js', 'build', 'content/2024-03', '--out', join(work, 'warmup'), '--no-web']);

const sample = summarize(buildRuns('content/2024-03', 'sample'));
const samplePdf = join(work, `sample-${RUNS - 1}`, 'pdf', '2024-03.pdf');
// The print shop's PDF (src/press/): the same build with --press; its extra time over the reader's PDF.
const pressed = summarize(buildRuns('content/2024-03', 'press', ['--press']));
const floor = summarize(floorRuns(join(work, `sample-${RUNS - 1}`, 'print', '2024-03', 'index.html')));

const largeRoot = join(work, 'large-content');
cpSync(join(ROOT, 'content'), largeRoot, { recursive: true });
makeLargeIssue(join(largeRoot, '2024-03'), join(largeRoot, 'large'), 5);
const large = summarize(buildRuns(join(largeRoot, 'large'), 'large'));
const largePdf = join(work, `large-${RUNS - 1}`, 'pdf', 'large.pdf');

const rows = [
  ['sample issue, cold CLI build', await pageCount(samplePdf), sample.seconds, sample.html, sample.pdf, sample.rss],
  ['sample issue, cold CLI build `--press`', await pageCount(join(work, `press-${RUNS - 1}`, 'press', '2024-03.pdf')), pressed.seconds, pressed.html, pressed.pdf, pressed.rss],
  ['floor: plain Chromium print of the same HTML', await pageCount(samplePdf), floor.seconds, NaN, NaN, floor.rss],
  [`generated issue (sample × 5), cold CLI build`, await pageCount(largePdf), large.seconds, large.html, large.pdf, large.rss],
] as const;
const fmt = (n: number, digits = 2) => (Number.isNaN(n) ? '–' : n.toFixed(digits));
const table = [
  '| run | pages | wall s (median) | load+HTML s | PDF s | peak RSS MB (node) |',
  '|---|---:|---:|---:|---:|---:|',
  ...rows.map(([name, pages, s, h, p, m]) => `| ${name} | ${pages} | ${fmt(s)} | ${fmt(h)} | ${fmt(p)} | ${fmt(m, 0)} |`),
].join('\n');
const ratio = sample.seconds / floor.seconds;
const growth = large.seconds / sample.seconds;
const verdict = [
  `- ours / floor: **${ratio.toFixed(2)}** (target ≤ 1.5, goal 1.2)`,
  `- ${await pageCount(largePdf)} pages / sample: **${growth.toFixed(2)}×** the time (target ≤ 4.5×)`,
  `- \`--press\` (bleed print of the covers, Ghostscript to CMYK PDF/X-1a, preflight): **+${(pressed.seconds - sample.seconds).toFixed(2)} s** over the reader's PDF (press stage ${pressed.press.toFixed(2)} s)`,
].join('\n');
const report = `# Benchmark results\n\nMachine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}, ${RUNS} runs each (medians), ${new Date().toISOString().slice(0, 10)}.\nCommand: \`npm run bench\` (bench/bench.ts). Cold = a new Node and a new Chromium every run; the file cache is warm.\n\n${table}\n\n${verdict}\n`;
console.log(`\n${table}\n\n${verdict}`);
// bench/web-archive.ts keeps its own section of the file (between its markers): carried over.
const webArchive = /<!-- web-archive -->[\s\S]*<!-- \/web-archive -->\n?/.exec(readFileSync(join(ROOT, 'bench', 'RESULTS.md'), 'utf8'))?.[0];
writeFileSync(join(ROOT, 'bench', 'RESULTS.md'), webArchive ? `${report}\n${webArchive}` : report);
rmSync(work, { recursive: true, force: true });
