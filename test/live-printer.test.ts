/**
 * The dev server's printer (src/print/live-printer.ts) keeps each issue's
 * page open and swaps in the new body after an edit, printing once with the
 * last layout as a guess. Whatever path it takes, its PDF must read exactly
 * like a fresh print of the same content: same pages, same text on each, the
 * same 目录 numbers — after a small edit, after an edit that moves every
 * later article by a page, and after a photo is replaced under its old name.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import type { Browser } from 'puppeteer';
import { build } from '../src/build.ts';
import { launchBrowser } from '../src/print/browser.ts';
import { LivePrinter } from '../src/print/live-printer.ts';
import { FIXTURES, copyContent, edit, readPdf, squash, tempDir, readPdfText } from './helpers.ts';

const root = copyContent(join(FIXTURES, 'basic'));
const work = tempDir('live-printer');
let browser: Browser;
let printer: LivePrinter;
let builds = 0;

beforeAll(async () => {
  // pdf.js is loaded while Chromium starts, not on the first PDF read.
  [browser] = await Promise.all([launchBrowser(), import('pdfjs-dist/legacy/build/pdf.mjs')]);
  printer = new LivePrinter({ browser: async () => browser, liveDir: join(work, 'live') });
});

afterAll(async () => {
  await printer?.close();
  await browser?.close();
});

/** The pages of the last printBoth (the content has not changed since, unless a test changed it). */
let last: string[] | undefined;

/** The pages' text only (readPdf's fonts cost as much again). */
const readText = async (path: string) => ({ pages: await readPdfText(path), fontNames: [] as string[] });

/**
 * The live print and a fresh one of the content as it is now, page by page
 * (and, when asked, the fonts of each). Both builds run at once, in the one
 * browser. The fresh one prints only 2024-01, the issue compared, into a new
 * folder: nothing taken over from an earlier build, no guess of the layout.
 */
async function printBoth({ fonts = false } = {}): Promise<{ live: string[]; fresh: string[]; fonts: { live: string[]; fresh: string[] } }> {
  const n = ++builds;
  const [live, fresh] = [join(work, 'live-out'), join(work, `fresh-${n}`)];
  const [liveBuild, freshBuild] = await Promise.all([
    build({ path: root, out: live, pdf: true, web: false, printer }),
    build({ path: join(root, '2024-01'), out: fresh, pdf: true, web: false, browser: Promise.resolve(browser), keepBrowser: true }),
  ]);
  expect(liveBuild.ok && freshBuild.ok).toBe(true);
  const read = (out: string) => (fonts ? readPdf : readText)(join(out, 'pdf', '2024-01.pdf'));
  const [l, f] = await Promise.all([live, fresh].map(read));
  // Font names differ only in their subset prefix (ABCDEF+NotoSerifSC-Regular).
  const faces = (names: string[]) => [...new Set(names.map((n) => n.replace(/^[A-Z]{6}\+/, '')))].sort();
  last = l.pages.map(squash);
  return { live: last, fresh: f.pages.map(squash), fonts: { live: faces(l.fontNames), fresh: faces(f.fontNames) } };
}

describe('the live printer', () => {
  it('prints both issues of the first build at once (no page waits for ever in a background tab)', async () => {
    const { live, fresh } = await printBoth();
    expect(live).toEqual(fresh);
    expect(printer.counts).toEqual({ loads: 2, swaps: 0 });
  });

  it('swaps the body in after a small edit, and prints what a fresh print prints', async () => {
    // 爨 and 甑 are in font slices the issue did not use before: a font load in the open page, not a reload.
    edit(join(root, '2024-01', 'news', 'first.md'), '第一段正文。', '第一段正文，春风又绿江南岸，爨甑。');
    const { live, fresh, fonts } = await printBoth({ fonts: true });
    expect(live).toEqual(fresh);
    expect(live.join('\n')).toContain('春风又绿江南岸，爨甑');
    expect(fonts.live).toEqual(fonts.fresh);
    expect(fonts.live.length).toBeGreaterThan(1);
    expect(printer.counts.swaps).toBe(1);
    expect(printer.counts.loads).toBe(2);
  });

  it('finds the new 目录 numbers when an edit moves the later articles', async () => {
    const before = last ?? (await printBoth()).live; // the content as the test before left it
    const paragraphs = Array.from({ length: 80 }, (_, i) => `\n加长的第${i + 1}段：园区建设稳步推进，项目一个接一个落地，企业陆续投产。`).join('\n');
    appendFileSync(join(root, '2024-01', 'news', 'first.md'), paragraphs);
    const { live, fresh } = await printBoth();
    expect(live).toEqual(fresh);
    // The 目录 line of the second article names a later page than before.
    const tocLine = (pages: string[]) => pages.find((p) => p.includes('目录'))!.match(/●第二篇(\d\d)/)?.[1];
    expect(Number(tocLine(live))).toBeGreaterThan(Number(tocLine(before)));
  });

  it('loads the page again when a photo is replaced under the same name', async () => {
    const loads = printer.counts.loads;
    const photo = join(root, '2024-01', 'images', 'dot.png');
    const size = (await sharp(readFileSync(photo)).metadata()).width!;
    writeFileSync(photo, await sharp({ create: { width: size, height: 30, channels: 3, background: '#c00' } }).png().toBuffer());
    const { live, fresh } = await printBoth();
    expect(live).toEqual(fresh);
    expect(printer.counts.loads).toBe(loads + 1);
  });
});
