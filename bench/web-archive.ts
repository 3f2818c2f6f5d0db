/**
 * The web edition of a ten-year archive (issue #13): how long a rebuild takes
 * after an editor changed one article, for an archive of 12 issues and one of
 * 120 (the sample issue 2024-03 copied a month apart, bench/archive.ts), and
 * whether the home page groups the 120 issues by year.
 *
 * Per archive: one cold CLI build (`--no-pdf`: printing 120 PDFs would take
 * half an hour and says nothing about the archive's size; a PDF's cost is its
 * own issue's), then RUNS rebuilds, each after appending a sentence to an
 * article of the newest issue, timed from the outside (wall) and by stage
 * (`--timings`). One more row rebuilds with PDFs in the 12-issue archive: what
 * an edit costs with the PDF, its page pictures and its page view.
 *
 * Writes its section of bench/RESULTS.md (between <!-- web-archive --> markers;
 * bench/bench.ts keeps it when it rewrites the file).
 * usage: node --import tsx bench/web-archive.ts [--runs 3] [--sizes 12,120]
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { makeArchive } from './archive.ts';
import { median } from './lib/median.ts';

const ROOT = resolve(import.meta.dirname, '..');
const arg = (name: string, fallback: string) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? process.argv[at + 1] : fallback;
};
const RUNS = Number(arg('runs', '3'));
const SIZES = arg('sizes', '12,120').split(',').map(Number);
const work = mkdtempSync(join(tmpdir(), 'yuebao-web-archive-'));

interface Run {
  seconds: number;
  timings: Record<string, number>;
}

function cli(args: string[]): Run {
  const start = performance.now();
  const run = spawnSync(process.execPath, ['bin/yuebao.js', ...args, '--timings'], { cwd: ROOT, encoding: 'utf8' });
  const seconds = (performance.now() - start) / 1000;
  if (run.status !== 0) throw new Error(`yuebao ${args.join(' ')} failed:\n${run.stderr}\n${run.stdout}`);
  const timings = /timings (\{.*\})/.exec(run.stderr + run.stdout)?.[1];
  return { seconds, timings: timings ? JSON.parse(timings) : {} };
}

const s = (ms: number | undefined) => ((ms ?? 0) / 1000).toFixed(2);

/** RUNS rebuilds, each after a sentence is added to the newest issue's first article. */
function rebuilds(content: string, out: string, newest: string, pdf: boolean): Run[] {
  const article = join(content, newest, 'focus', 'zone-report.md');
  return Array.from({ length: RUNS }, (_, i) => {
    appendFileSync(article, `\n\n第${i + 1}次修改加上的一句话。\n`);
    return cli(['build', content, '--out', out, ...(pdf ? [] : ['--no-pdf'])]);
  });
}

/** Median stage times of the `--no-pdf` rebuilds, per archive size: for the summary under the table. */
const stages = new Map<number, Record<string, number>>();

function row(label: string, runs: Run[]) {
  const m = (stage: string) => median(runs.map((r) => r.timings[stage] ?? 0));
  return `| ${label} | **${median(runs.map((r) => r.seconds)).toFixed(2)}** | ${runs.map((r) => r.seconds.toFixed(2)).join(', ')} | ${s(m('load'))} | ${s(m('html'))} | ${s(m('pdf'))} | ${s(m('web'))} | ${s(m('commit'))} |`;
}

console.log(`web archive bench: sizes ${SIZES.join(', ')}, ${RUNS} rebuilds each, ${cpus().length} cores, load ${loadavg()[0].toFixed(1)}`);
const rows: string[] = [];
const cold: string[] = [];
let years = '';
let pdfRow = '';
for (const size of SIZES) {
  const content = join(work, `content-${size}`);
  const out = join(work, `dist-${size}`);
  const folders = makeArchive(join(ROOT, 'content'), '2024-03', content, size);
  console.log(`${size} issues: cold build …`);
  const first = cli(['build', content, '--out', out, '--no-pdf']);
  cold.push(`| ${size} issues, cold (\`--no-pdf\`) | ${first.seconds.toFixed(1)} | ${s(first.timings.load)} | ${s(first.timings.web)} |`);
  console.log(`${size} issues: ${RUNS} rebuilds after an edit …`);
  const runs = rebuilds(content, out, folders[0], false);
  rows.push(row(`${size} issues, one edited (\`--no-pdf\`)`, runs));
  stages.set(size, Object.fromEntries(['load', 'web', 'commit'].map((stage) => [stage, median(runs.map((r) => r.timings[stage] ?? 0))])));
  if (size === Math.max(...SIZES)) {
    const home = readFileSync(join(out, 'web', 'index.html'), 'utf8');
    const groups = [...home.matchAll(/<h3 id="y(\d{4})">\d{4}年<span class="year-count">(\d+) 期/g)].map((m) => `${m[1]}: ${m[2]}`);
    const bundles = groups.filter((g) => existsSync(join(out, 'web', 'pagefind', g.slice(0, 4), 'pagefind-entry.json'))).length;
    years = `The home page of the ${size}-issue archive groups its issues by year (${groups.length} years — ${groups.join(', ')}), and search has one index per year (${bundles} indexes).`;
  }
  if (size === Math.min(...SIZES)) {
    console.log(`${size} issues: a build with PDFs, then ${RUNS} rebuilds after an edit …`);
    cli(['build', content, '--out', out]);
    pdfRow = row(`${size} issues, one edited, with PDF and page view`, rebuilds(content, out, folders[0], true));
  }
  rmSync(content, { recursive: true, force: true });
  rmSync(out, { recursive: true, force: true });
}

const section = `<!-- web-archive -->
## The web edition of a ten-year archive

Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}, load average ${loadavg()[0].toFixed(1)} at the end, ${new Date().toISOString().slice(0, 10)}.
Command: \`node --import tsx bench/web-archive.ts\` (bench/web-archive.ts). Archives of the sample issue copied a month apart (bench/archive.ts).
A rebuild after an editor appended a sentence to one article of the newest issue; ${RUNS} runs, CLI wall time and medians of the build's stages (s).

| rebuild | wall s (median) | each run | load | html | pdf | web | commit |
|---|---:|---|---:|---:|---:|---:|---:|
${rows.join('\n')}
${pdfRow}

| cold build | wall s | load | web |
|---|---:|---:|---:|
${cold.join('\n')}

${years}

${growth()}

The web stage remakes the edited issue (its pages, photos, page pictures when there is a PDF) and the search index of its year
only; the other issues' pages and the other years' indexes are hard links to the last build's. What still grows with the
archive is outside the web stage: reading and checking every issue's content (\`load\`) and taking over the other issues'
print HTML and folders by hard links.
<!-- /web-archive -->
`;
console.log(`\n${section}`);

function growth(): string {
  const [small, large] = [Math.min(...SIZES), Math.max(...SIZES)];
  const a = stages.get(small)!;
  const b = stages.get(large)!;
  const line = (stage: string) => `${stage} ${s(a[stage])} → ${s(b[stage])} s`;
  return `From ${small} to ${large} issues (${large / small}× the archive), one edited: ${line('web')}, ${line('load')}, ${line('commit')}.`;
}
const results = join(ROOT, 'bench', 'RESULTS.md');
const current = existsSync(results) ? readFileSync(results, 'utf8') : '# Benchmark results\n';
const marked = /<!-- web-archive -->[\s\S]*<!-- \/web-archive -->\n?/;
writeFileSync(results, marked.test(current) ? current.replace(marked, section) : `${current.trimEnd()}\n\n${section}`);
rmSync(work, { recursive: true, force: true });
