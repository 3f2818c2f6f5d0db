/**
 * `yuebao dev` rebuild latency: what an editor waits for after saving.
 *
 * Starts the dev server in-process on a temp copy of content/ (the real one
 * is never touched), waits for the first build, then RUNS times appends a word
 * to a paragraph of 2024-03/focus/zone-report.md and measures from the file
 * write to the `reload` event of the print preview on /__events (read with a
 * plain HTTP client, as a page would). Round A: only the print preview is open.
 * Round B: a page of the web edition is open too, so every print rebuild is
 * followed by a web edition rebuild; both reloads are timed.
 * Then, to show where the time goes, the live printer's steps
 * (src/print/live-printer.ts) one by one on the same print HTML, in a warm
 * browser, beside what the old path cost.
 * Writes bench/DEV-RESULTS.md.
 * usage: node --import tsx bench/dev-bench.ts [--runs 5]
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { get, type IncomingMessage } from 'node:http';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PDFDocument } from 'pdf-lib';
import { build } from '../src/build.ts';
import { startDevServer } from '../src/dev/dev-server.ts';
import type { DevState } from '../src/dev/rebuilder.ts';
import { launchBrowser, openOfflinePage } from '../src/print/browser.ts';
import { readDraftLayout } from '../src/print/toc-numbers.ts';
import { waitForFontsAndImages } from '../src/print/printer.ts';
import { swapBody } from '../src/print/live-printer.ts';
import { PREVIEW_IMAGE_WIDTH } from '../src/dev/rebuilder.ts';
import { median } from './lib/median.ts';

const ROOT = resolve(import.meta.dirname, '..');
const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 5;
const work = mkdtempSync(join(tmpdir(), 'yuebao-dev-bench-'));
const content = join(work, 'content');
cpSync(join(ROOT, 'content'), content, { recursive: true });
const target = join(content, '2024-03', 'focus', 'zone-report.md');

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));
const seconds = (ms: number) => (ms / 1000).toFixed(2);

const log: string[] = [];
const server = await startDevServer({ path: content, port: 0, log: (line) => (log.push(line), console.log(`  dev: ${line}`)) });
const status = async () => (await (await fetch(`${server.url}/__status`)).json()) as DevState;

/** An /__events listener: resolves `next(scope)` on the next reload of that part. */
function listen(scope: 'print' | 'web'): Promise<{ next: (part: string) => Promise<number>; close: () => void }> {
  return new Promise((ready) => {
    const waiting: Array<{ part: string; resolve: (at: number) => void }> = [];
    const req = get(`${server.url}/__events?scope=${scope}`, (res: IncomingMessage) => {
      let buffer = '';
      res.setEncoding('utf8').on('data', (chunk: string) => {
        const at = performance.now();
        buffer += chunk;
        let end;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const name = /^event: (.*)$/m.exec(block)?.[1];
          const data = /^data: (.*)$/m.exec(block)?.[1];
          if (name === 'errors') console.error(`  errors: ${data}`);
          if (name !== 'reload') continue;
          for (const w of waiting.filter((w) => w.part === data)) {
            waiting.splice(waiting.indexOf(w), 1);
            w.resolve(at);
          }
        }
      });
      ready({ next: (part) => new Promise((resolve) => waiting.push({ part, resolve })), close: () => req.destroy() });
    });
  });
}

/** Appends a word to the first body paragraph (a real change: the issue is printed again). */
function appendWord(run: string): void {
  const text = readFileSync(target, 'utf8');
  const changed = text.replace(/(\n---\n\n[^\n]*?)。/, `$1，试${run}。`);
  if (changed === text) throw new Error('no paragraph found to edit');
  writeFileSync(target, changed);
}

console.log('waiting for the first build…');
while (!((await status()).webBuiltAt && !(await status()).building)) await sleep(200);
const pdfBytes = new Uint8Array(await (await fetch(`${server.url}/__preview/pdf/2024-03.pdf`)).arrayBuffer());
const pages = (await PDFDocument.load(pdfBytes, { updateMetadata: false })).getPageCount();

interface Run {
  print: number;
  web?: number;
  timings: Record<string, number>;
}

async function round(label: string, withWeb: boolean): Promise<Run[]> {
  const printEvents = await listen('print');
  const webEvents = withWeb ? await listen('web') : undefined;
  await sleep(300);
  if (withWeb) while ((await status()).building || (await status()).webStale) await sleep(100);
  const runs: Run[] = [];
  for (let i = 0; i < RUNS; i++) {
    const printed = printEvents.next('print');
    const webbed = webEvents?.next('web');
    const start = performance.now();
    appendWord(`${label}${i}`);
    const print = (await printed) - start;
    const web = webbed ? (await webbed) - start : undefined;
    const { timings } = await status();
    runs.push({ print, web, timings });
    console.log(`${label} run ${i + 1}: print preview ${seconds(print)} s${web ? `, web edition ${seconds(web)} s` : ''}`);
    while ((await status()).building) await sleep(50);
    await sleep(300);
  }
  printEvents.close();
  webEvents?.close();
  return runs;
}

const ANALYSIS = `How the preview gets there (src/print/live-printer.ts): Chromium stays running, and each issue's
print page stays loaded between builds; after an edit only its <body> is swapped, so the fonts and photos
are already there. The final print is made straight away with the last print's 目录 numbers and blank pages,
and checked against the anchors in that PDF; the draft print is made only when an edit moved an article
to another page. Photos print at screen resolution (800 px) in the preview: half the print time of 300 dpi.
Only the changed issue is printed; the web edition is built after the preview (without page images), and
only while one of its pages is open.

What is left is one print of all 48 pages (~0.45 s). Printing only the changed article's pages
(\`pageRanges\`, ~0.1 s) and splicing them into the last PDF would take most of it off, at the cost of a PDF
rewritten or appended to after every edit; not needed for the target.`;

const load = loadavg()[0];
const printOnly = await round('A', false);
const withWeb = await round('B', true);
await server.close();
const loadAfter = loadavg()[0];
const profile = await profilePrint();
rmSync(work, { recursive: true, force: true });

/**
 * The live printer's steps for one edit, timed apart on the same issue in a
 * warm browser (medians of 4 edits after a warm-up), and what the old path
 * (a new page loading the whole issue) and 300 dpi photos would cost.
 */
async function profilePrint(): Promise<Record<string, number>> {
  const out = join(work, 'profile');
  const fullOut = join(work, 'profile-300dpi');
  await build({ path: content, out, pdf: false, web: false, printImageWidth: PREVIEW_IMAGE_WIDTH });
  await build({ path: content, out: fullOut, pdf: false, web: false });
  const htmlPath = join(out, 'print', '2024-03', 'index.html');
  const html = readFileSync(htmlPath, 'utf8');
  const browser = await launchBrowser();
  const PDF = { preferCSSPageSize: true, printBackground: true, timeout: 120_000 } as const;
  const samples: Array<Record<string, number>> = [];
  const page = await openOfflinePage(browser, [work]);
  await page.goto(pathToFileURL(htmlPath).href, { waitUntil: 'load' });
  const marginText = '';
  await page.evaluate(waitForFontsAndImages, marginText);
  for (let i = 0; i < 5; i++) {
    const t: Record<string, number> = {};
    let last = performance.now();
    const lap = (name: string) => {
      const now = performance.now();
      t[name] = now - last;
      last = now;
    };
    await page.evaluate(swapBody, html.replace('。', `，试${i}。`));
    lap('swap in the new body');
    await page.evaluate(waitForFontsAndImages, marginText);
    lap('wait for fonts and photos (already loaded)');
    const pdf = await page.pdf({ ...PDF, outline: true, tagged: true });
    lap('final print, 48 pages, 目录 numbers from the last print');
    await readDraftLayout(pdf);
    lap('check those numbers against the PDF\'s anchors');
    const hide = await page.addStyleTag({ content: '* { visibility: hidden !important; } a[href^="#"] { visibility: visible !important; }' });
    await page.pdf({ ...PDF, outline: false, tagged: false });
    await hide.evaluate((style) => style.remove());
    lap('(draft print: only when an article moved to another page)');
    if (i > 0) samples.push(t);
  }
  await page.close();
  for (let i = 0; i < 3; i++) {
    const t = samples[i];
    let last = performance.now();
    const fresh = await openOfflinePage(browser, [work]);
    await fresh.goto(pathToFileURL(join(fullOut, 'print', '2024-03', 'index.html')).href, { waitUntil: 'load' });
    await fresh.evaluate(waitForFontsAndImages, marginText);
    t['(before: a new page loading the issue, fonts and photos)'] = performance.now() - last;
    last = performance.now();
    await fresh.pdf({ ...PDF, outline: true, tagged: true });
    t['(before: final print with 300 dpi photos)'] = performance.now() - last;
    await fresh.close();
  }
  await browser.close();
  return Object.fromEntries(Object.keys(samples[0]).map((k) => [k, median(samples.filter((s) => k in s).map((s) => s[k]))]));
}

const stages = (runs: Run[]) =>
  Object.keys(runs[0].timings)
    .map((k) => `${k} ${seconds(median(runs.map((r) => r.timings[k] ?? 0)))}`)
    .join(', ');
const list = (values: number[]) => values.map(seconds).join(', ');
const a = printOnly.map((r) => r.print);
const b = withWeb.map((r) => r.print);
const bw = withWeb.map((r) => r.web!);
const report = `# \`yuebao dev\` rebuild latency

Machine: ${cpus().length} × ${cpus()[0]?.model.trim()}, Node ${process.version}, load average ${load.toFixed(1)} at the start and ${loadAfter.toFixed(1)} at the end (other work shares the machine), ${new Date().toISOString().slice(0, 10)}.
Command: \`node --import tsx bench/dev-bench.ts\` (bench/dev-bench.ts), ${RUNS} runs per row.

Measured from writing the file (a word appended to a paragraph of 2024-03/focus/zone-report.md, in a temp
copy of content/) to the \`reload\` event the open pages get: watcher debounce, the incremental build of the
changed issue (${pages} pages; 2024-04 is kept), and commit — with Chromium kept warm between builds.

| | median s | each run s | target |
|---|---:|---|---|
| A. print preview reloaded (only preview pages open) | **${seconds(median(a))}** | ${list(a)} | ≤ 1 s |
| B. print preview reloaded (a web page open too) | ${seconds(median(b))} | ${list(b)} | ≤ 1 s |
| B. web edition reloaded after it | ${seconds(median(bw))} | ${list(bw)} | – |

Build stages of the print preview, medians (s): A: ${stages(printOnly)}; B: ${stages(withWeb)}.

${median(a) <= 1 ? 'The target is met.' : 'Above the 1 s target: see below where the time goes.'}

## Where the time goes

The \`pdf\` stage, step by step (the live printer's steps replayed on the same print HTML, warm browser, medians):

| step | s |
|---|---:|
${Object.entries(profile).map(([step, ms]) => `| ${step} | ${seconds(ms)} |`).join('\n')}

${ANALYSIS}
`;
writeFileSync(join(ROOT, 'bench', 'DEV-RESULTS.md'), report);
console.log(`\n${report}`);
