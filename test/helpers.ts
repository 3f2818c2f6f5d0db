/** Shared test helpers: temp copies of fixtures, running the real CLI, reading PDFs. */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..');
export const FIXTURES = join(ROOT, 'test', 'fixtures');
export const SAMPLE = join(ROOT, 'content');

/** A fresh temp folder. */
export function tempDir(label = 'yuebao-test'): string {
  return mkdtempSync(join(tmpdir(), `${label}-`));
}

/** A temp copy of a fixture (or of the sample content) to change freely. */
export function copyContent(from: string): string {
  const dir = join(tempDir('content'), 'content');
  cpSync(from, dir, { recursive: true });
  return dir;
}

/** Replaces `search` with `replacement` in a file (throws if it is not there: a test that cannot fail is no test). */
export function edit(path: string, search: string | RegExp, replacement: string): void {
  const text = readFileSync(path, 'utf8');
  const changed = text.replace(search, replacement);
  if (changed === text) throw new Error(`edit: ${String(search)} not found in ${path}`);
  writeFileSync(path, changed);
}

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `yuebao ARGS` as a user would. */
export function runCli(args: string[], cwd = ROOT, env: Record<string, string> = {}): CliRun {
  const run = spawnSync(process.execPath, [join(ROOT, 'bin', 'yuebao.js'), ...args], { cwd, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0', ...env } });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

type PdfPage = Awaited<ReturnType<Awaited<ReturnType<typeof openPdf>>['getPage']>>;

async function openPdf(path: string) {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  return pdfjs.getDocument({ data: new Uint8Array(readFileSync(path)), useSystemFonts: false, isEvalSupported: false }).promise;
}

/** A page's lines from top to bottom, each the text at one height. */
async function linesOf(page: PdfPage): Promise<string[]> {
  const rows = new Map<number, string>();
  for (const item of (await page.getTextContent()).items) {
    if (!('str' in item)) continue;
    const y = Math.round(item.transform[5]);
    rows.set(y, (rows.get(y) ?? '') + item.str);
  }
  return [...rows.entries()].sort((a, b) => b[0] - a[0]).map(([, text]) => text.trim()).filter(Boolean);
}

/**
 * The text of each page, as readPdf gives it in `pages`, without the fonts,
 * outline and metadata: for tests that only compare or search the text, in
 * less than half the time (the operator lists that find the fonts are most of it).
 */
export async function readPdfText(path: string): Promise<string[]> {
  const doc = await openPdf(path);
  try {
    const pages: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) pages.push((await linesOf(await doc.getPage(n))).join('\n'));
    return pages;
  } finally {
    await doc.destroy();
  }
}

/** The text of each page of a PDF (pdf.js), and the PDF's outline and fonts. */
export async function readPdf(path: string) {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await openPdf(path);
  const pages: string[] = [];
  const lines: string[][] = [];
  const fonts = new Set<string>();
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const pageLines = await linesOf(page);
    lines.push(pageLines);
    pages.push(pageLines.join('\n'));
    const ops = await page.getOperatorList();
    for (let i = 0; i < ops.fnArray.length; i++) {
      if (ops.fnArray[i] === pdfjs.OPS.setFont) fonts.add(String(ops.argsArray[i][0]));
    }
  }
  const outline = ((await doc.getOutline()) ?? []).flatMap(function flat(item): string[] {
    return [item.title, ...(item.items ?? []).flatMap(flat)];
  });
  const metadata = await doc.getMetadata();
  const fontNames = new Set<string>();
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    await page.getOperatorList();
    for (const id of fonts) {
      const font = page.commonObjs.has(id) ? page.commonObjs.get(id) : undefined;
      if (font?.name) fontNames.add(String(font.name));
    }
  }
  await doc.destroy();
  return { pages, lines, outline, info: metadata.info as Record<string, unknown>, fontNames: [...fontNames] };
}

/** Text without spaces (pdf.js may split or space CJK runs). */
export function squash(text: string): string {
  return text.replace(/\s+/g, '');
}

export interface SampleBuild {
  out: string;
  stdout: string;
  stderr: string;
}

/**
 * The sample content built once per run of the suite (PDFs and web edition, as
 * `yuebao build content` makes them), for tests that only read it. The first
 * caller builds, in whichever worker it runs; the others wait for it (a
 * folder made with mkdir is the lock: only one process can make it).
 */
export async function sampleBuild(): Promise<SampleBuild> {
  const { inject } = await import('vitest');
  const dir = join(inject('runDir'), 'sample');
  const done = join(dir, 'build.json');
  try {
    mkdirSync(dir);
  } catch {
    while (!existsSync(done)) await new Promise((wait) => setTimeout(wait, 200));
    return JSON.parse(readFileSync(done, 'utf8')) as SampleBuild;
  }
  const out = join(dir, 'dist');
  const run = runCli(['build', SAMPLE, '--out', out, '--force']);
  const result = { out, stdout: run.stdout, stderr: run.stderr };
  if (run.status !== 0) result.out = ''; // the waiting tests fail with the reason below
  writeFileSync(done, JSON.stringify(result));
  if (run.status !== 0) throw new Error(`the sample did not build:\n${run.stderr}`);
  return result;
}
