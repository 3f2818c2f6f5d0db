/**
 * Builds the sample issue to PDF with the real CLI and reads it page by page
 * (pdf.js), as the print shop's checker would: running heads by parity,
 * two-digit folios, 目录 numbers against the pages where articles really
 * start, sources, no paragraph lost, punctuation, fonts, bookmarks, metadata.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { copyFileSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadArchive } from '../src/model/load-archive.ts';
import type { Issue } from '../src/model/types.ts';
import { Jieba } from '@node-rs/jieba';
import { PDFDict, PDFDocument, PDFName, PDFRawStream } from 'pdf-lib';
import { dict } from '@node-rs/jieba/dict.js';
import { SAMPLE, copyContent, edit, readPdf, runCli, sampleBuild, squash, tempDir } from './helpers.ts';

type Pdf = Awaited<ReturnType<typeof readPdf>>;
const FOLIO = /^\d{2}$/;
const CLOSING = /^[，。、；：？！）》」』”’〕】…]/;

describe('the sample issue as a PDF', () => {
  let pdf: Pdf;
  let issue: Issue;
  let out: string;
  let stdout: string;
  /** Physical page index (0-based) → printed number, for pages that show one. */
  const folioOf = (index: number) => pdf.lines[index].at(-1) ?? '';

  beforeAll(async () => {
    const run = await sampleBuild(); // the sample built once for the suite (test/helpers.ts)
    out = run.out;
    issue = (await loadArchive(join(SAMPLE, '2024-03'))).issues[0];
    expect(run.stderr).not.toMatch(/error/);
    stdout = run.stdout;
    pdf = await readPdf(join(out, 'pdf', '2024-03.pdf'));
  });

  it('opens with the cover (masthead, issue line, headlines) and the colophon, neither with head or folio', () => {
    const [cover, colophon] = pdf.pages.map(squash);
    expect(cover).toContain(squash(issue.publication.title));
    expect(cover).toContain(squash(issue.issueLine));
    expect(cover).toContain('【2024.02】');
    for (const article of issue.featured) expect(cover).toContain(squash(article.tocTitle));
    expect(colophon).toContain('主办');
    expect(colophon).toContain(squash(issue.publication.sponsor!));
    expect(colophon).toContain('内部资料');
    expect(pdf.lines[0].some((l) => FOLIO.test(l))).toBe(false);
    expect(pdf.lines[1].some((l) => FOLIO.test(l))).toBe(false);
  });

  it('has 卷首语 on 01 and the 目录 on 02, counted from the foreword', () => {
    expect(squash(pdf.pages[2])).toContain('【卷首语】');
    expect(folioOf(2)).toBe('01');
    expect(squash(pdf.pages[3])).toContain('目录');
    expect(folioOf(3)).toBe('02');
  });

  it('runs the masthead on even pages and the issue line on odd pages, with two-digit folios', () => {
    let checked = 0;
    pdf.lines.forEach((lines, index) => {
      if (index < 2 || !FOLIO.test(lines.at(-1) ?? '')) return;
      const printed = index - 1; // two cover pages before 01
      expect(lines.at(-1), `page ${index + 1}`).toBe(String(printed).padStart(2, '0'));
      expect(squash(lines[0]), `head of printed page ${printed}`).toBe(squash(printed % 2 === 0 ? issue.publication.title : issue.issueLine));
      checked++;
    });
    expect(checked).toBeGreaterThan(pdf.pages.length * 0.7);
  });

  it('gives each section a divider page with the running head and folio, as the reference has', () => {
    for (const section of issue.sections) {
      const spaced = section.title.length === 2 ? [...section.title].join('') : section.title;
      const titles = [squash(`【${spaced}】`), squash(`【${[...section.title].join('\u3000')}】`)];
      const index = pdf.lines.findIndex((lines) => lines.length === 3 && titles.includes(squash(lines[1])));
      expect(index, section.title).toBeGreaterThan(3);
      expect(pdf.lines[index]).toHaveLength(3);
      expect(pdf.lines[index].at(-1)).toBe(String(index - 1).padStart(2, '0'));
    }
  });

  it('starts every article on a new page, and the 目录 gives that page', () => {
    const toc = pdf.lines[3].map(squash);
    for (const article of issue.sections.flatMap((s) => s.articles)) {
      const start = pdf.lines.findIndex((lines) => lines.length > 1 && squash(lines.slice(1, 4).join('')).startsWith(squash(article.title).slice(0, 12)));
      expect(start, `${article.file} starts a page`).toBeGreaterThan(3);
      const printed = String(start - 1).padStart(2, '0');
      const entry = toc.find((line) => line.startsWith(`●${squash(article.tocTitle)}`));
      expect(entry, `目录 entry for ${article.tocTitle}`).toBeDefined();
      expect(entry!.slice(-2), `目录 number of ${article.tocTitle}`).toBe(printed);
      expect(folioOf(start)).toBe(printed);
    }
  });

  it('pulls every article\'s last lines back from a spill page, and says which articles it tightened (copyfit)', () => {
    // Set as written, the first article and the 简讯 end with a few lines alone on a page.
    expect(stdout).toContain('版面微调');
    expect(stdout).toMatch(/《广清经济特别合作区交出2023年“成绩单”》：字距行距收紧.档/);
    expect(stdout).toMatch(/《简讯》：字距行距收紧.档/);
    expect(stdout).not.toContain('收不回');
    // The first article now ends on a page well filled (30% of the text block is ~10 lines, ~400 characters).
    const articles = issue.sections.flatMap((section) => section.articles);
    const startOf = (title: string) => pdf.lines.findIndex((lines) => lines.length > 1 && squash(lines.slice(1, 4).join('')).startsWith(squash(title).slice(0, 12)));
    const last = startOf(articles[1].title) - 1;
    expect(last).toBeGreaterThan(startOf(articles[0].title));
    expect(squash(pdf.lines[last].slice(1, -1).join('')).length).toBeGreaterThan(400);
  });

  it('breaks a two-line title only between words (checked with jieba, not the BudouX + ICU that set the breaks)', () => {
    const { twoLine, midWord } = titleBreaks(pdf, issue);
    expect(twoLine.length, 'the sample has a two-line title').toBeGreaterThanOrEqual(1);
    expect(midWord).toEqual([]);
  });

  it('sets adjacent full-width marks (”， 。“ ”。) in 1.5 em, not 2 (clreq)', async () => {
    const advances = await pairAdvances(join(out, 'pdf', '2024-03.pdf'), ['”，', '。“', '”。']);
    for (const [pair, ems] of Object.entries(advances)) {
      expect(ems.length, `the sample has ${pair}`).toBeGreaterThan(0);
      // Half an em from one mark to the next, and a little more where the line is justified.
      expect(Math.max(...ems), pair).toBeLessThan(0.6);
    }
  });

  it('trims an opening mark at a line\'s start to half an em, but keeps it whole where a paragraph begins (text-spacing-trim: space-first)', async () => {
    const starts = (await glyphRows(join(out, 'pdf', '2024-03.pdf'))).flatMap((rows) => {
      // The text block's left edge: where most lines of the page begin.
      const lefts = rows.map((row) => Math.round(row[0].x * 10) / 10);
      const left = [...new Set(lefts)].sort((a, b) => lefts.filter((x) => x === b).length - lefts.filter((x) => x === a).length)[0];
      return rows.filter((row) => row[0].ch === '“').map((row) => (row[0].x - left) / row[0].size);
    });
    // '“飞地孵化、园区转化”' starts a line inside a paragraph: its white half hangs outside the block.
    expect(starts.filter((ems) => Math.abs(ems + 0.5) < 0.02).length).toBeGreaterThan(0);
    // A paragraph that opens with “ keeps it full width after the two-character indent.
    expect(starts.filter((ems) => Math.abs(ems - 2) < 0.02).length).toBeGreaterThan(0);
  });

  it('embeds one font per face, cut to the issue: at most 12 font objects, and the page loads one file per face', () => {
    const doc = readFileSync(join(out, 'pdf', '2024-03.pdf'));
    return PDFDocument.load(doc, { updateMetadata: false }).then((pdfDoc) => {
      let fonts = 0;
      const embedded: string[] = [];
      for (const [, object] of pdfDoc.context.enumerateIndirectObjects()) {
        const dict = object instanceof PDFDict ? object : object instanceof PDFRawStream ? object.dict : undefined;
        const type = dict?.get(PDFName.of('Type'));
        if (type === PDFName.of('Font')) fonts++;
        if (type === PDFName.of('FontDescriptor') && ['FontFile', 'FontFile2', 'FontFile3'].some((key) => dict!.get(PDFName.of(key)))) {
          embedded.push(String(dict!.get(PDFName.of('FontName'))).replace(/^\/[A-Z]{6}\+/, ''));
        }
      }
      expect(fonts).toBeLessThanOrEqual(12);
      expect(embedded.sort()).toEqual(['NotoSansSC-Bold', 'NotoSansSC-Medium', 'NotoSansSC-Regular', 'NotoSerifSC-Black', 'NotoSerifSC-Regular']);
      const fontsDir = join(out, 'print', '2024-03', 'fonts');
      const css = readFileSync(join(fontsDir, 'fonts.css'), 'utf8');
      expect(css).not.toContain('unicode-range');
      const faces = [...css.matchAll(/font-family: '([^']+)';[^}]*font-weight: (\d+);/g)].map((m) => `${m[1]} ${m[2]}`);
      expect(new Set(faces).size).toBe(faces.length);
      expect(readdirSync(fontsDir).filter((name) => name !== 'fonts.css')).toHaveLength(faces.length);
    });
  });

  it('is exactly A4 on every page: 595.28 × 841.89 pt (210 × 297 mm)', async () => {
    const doc = await PDFDocument.load(readFileSync(join(out, 'pdf', '2024-03.pdf')));
    const sizes = doc.getPages().map((page) => page.getMediaBox()).map(({ x, y, width, height }) => [x, y, width.toFixed(2), height.toFixed(2)].join(' '));
    expect(sizes).toHaveLength(pdf.pages.length);
    expect(new Set(sizes)).toEqual(new Set(['0 0 595.28 841.89']));
  });

  it('labels each page with its printed folio (/PageLabels): i, ii for the covers, then 01, 02 …', async () => {
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const doc = await pdfjs.getDocument({ data: new Uint8Array(readFileSync(join(out, 'pdf', '2024-03.pdf'))), isEvalSupported: false }).promise;
    const labels = await doc.getPageLabels();
    await doc.destroy();
    expect(labels).toHaveLength(pdf.pages.length);
    expect(labels!.slice(0, 4)).toEqual(['i', 'ii', '01', '02']);
    expect(labels!.at(-1)).toBe('iii'); // the back cover: no folio
    let folios = 0;
    pdf.lines.forEach((lines, index) => {
      const folio = lines.at(-1) ?? '';
      if (index < 2 || !FOLIO.test(folio)) return;
      expect(labels![index], `page ${index + 1}`).toBe(folio);
      folios++;
    });
    expect(folios).toBeGreaterThan(pdf.pages.length * 0.7);
    // Pages printed without a folio (dividers, blanks) are labelled with the number they count as.
    labels!.slice(2, -1).forEach((label, i) => expect(label).toBe(String(i + 1).padStart(2, '0')));
  });

  it('prints photos whole (never cropped to a box), at least 4 mm below the running head\'s rule', async () => {
    const MM = 72 / 25.4;
    const pages = await imagePlacements(join(out, 'pdf', '2024-03.pdf'));
    const photos = pages.flatMap((page, index) => page.images.map((image) => ({ ...image, page: index + 1, rule: page.rule })));
    expect(photos.length).toBeGreaterThan(8);
    for (const photo of photos) {
      // object-fit: cover drew a 3:2 photo larger than its box and clipped it; whole, it fits the column and its height limit.
      expect(photo.width, `page ${photo.page}`).toBeLessThanOrEqual(460 + 0.5);
      expect(photo.height, `page ${photo.page}`).toBeLessThanOrEqual(120 * MM + 0.5);
      expect(photo.clipped, `page ${photo.page}: drawn ${photo.width.toFixed(1)} × ${photo.height.toFixed(1)} pt, partly clipped`).toBe(false);
      if (photo.rule !== undefined) expect(photo.top - photo.rule, `page ${photo.page}`).toBeGreaterThanOrEqual(4 * MM);
    }
  });

  it('keeps each 简讯 source on the line of its last words, and leaves no line stretched for it', async () => {
    const briefsAt = pdf.lines.findIndex((lines) => lines.length === 3 && squash(lines[1]) === '【简讯】') + 1; // after its divider
    expect(briefsAt).toBeGreaterThan(4);
    const pages = (await hanSpacing(join(out, 'pdf', '2024-03.pdf'))).slice(briefsAt, -1);
    const body = pages.flatMap((rows) => rows.slice(1, -1)); // not the running head or folio
    const endings = body.filter((row) => /（[^（）]+）$/.test(row.text));
    expect(endings.length).toBeGreaterThan(8);
    expect(endings.filter((row) => /^（[^（）]+）$/.test(row.text)).map((row) => row.text)).toEqual([]);
    expect(body.filter((row) => row.text.length > 10 && row.spacing > 1.04).map((row) => `${row.text} (${row.spacing.toFixed(3)} em)`)).toEqual([]);
  });

  it('prints every source, right after the article', () => {
    const all = squash(pdf.pages.join(''));
    for (const article of issue.sections.flatMap((s) => s.articles)) {
      if (article.sources.length) expect(all).toContain(`（${article.sources.join('、')}）`);
    }
  });

  it('loses no paragraph: every paragraph, caption and brief of the HTML is in the PDF', () => {
    const html = readFileSync(join(out, 'print', '2024-03', 'index.html'), 'utf8');
    // Body text without running heads and folios, so a paragraph split over two pages reads whole.
    const body = squash(pdf.lines.map((lines) => lines.filter((l, i) => !(i === 0 && (squash(l) === squash(issue.publication.title) || squash(l) === squash(issue.issueLine))) && !FOLIO.test(l)).join('')).join(''));
    // The HTML as printed: paragraphs may carry the copyfit pass's data-* attributes.
    const paragraphs = [...html.matchAll(/<(p|span|td|th)((?: (?:class="(?:brief|caption|credit|subhead[^"]*)"|data-[a-z-]+="[^"]*"))*)>(.*?)<\/\1>/g)].map((m) => squash(m[3].replace(/<[^>]+>/g, '').replace(/&quot;/g, '"').replace(/&#x26;|&amp;/g, '&')));
    expect(paragraphs.length).toBeGreaterThan(150);
    const lost = paragraphs.filter((p) => p && !body.includes(p));
    expect(lost).toEqual([]);
  });

  it('never starts a line with closing punctuation', () => {
    const offenders = pdf.lines.flatMap((lines, i) => lines.filter((l) => CLOSING.test(l.trim())).map((l) => `p${i + 1}: ${l}`));
    expect(offenders).toEqual([]);
  });

  it('embeds the Song and Hei fonts as subsets, and no fallback font', () => {
    expect(pdf.fontNames.some((f) => /^[A-Z]{6}\+NotoSerifSC/.test(f))).toBe(true);
    expect(pdf.fontNames.some((f) => /^[A-Z]{6}\+NotoSansSC/.test(f))).toBe(true);
    expect(pdf.fontNames.filter((f) => !/NotoS(erif|ans)SC/.test(f))).toEqual([]);
  });

  it('has bookmarks for the sections and articles, not for cover or 目录', () => {
    for (const section of issue.sections) expect(pdf.outline.map(squash)).toContain(squash(`【${section.title.length === 2 ? [...section.title].join('\u3000') : section.title}】`));
    for (const article of issue.sections.flatMap((s) => s.articles)) expect(pdf.outline.map(squash)).toContain(squash(article.title));
    expect(pdf.outline.map(squash)).not.toContain('目录');
    expect(pdf.outline.some((t) => t.includes(issue.publication.title))).toBe(false);
  });

  it('carries the metadata: title, author, language, dates from the issue', () => {
    expect(pdf.info.Title).toBe(`${issue.publication.title} ${issue.issueLine}`);
    expect(pdf.info.Author).toBe(issue.publication.sponsor);
    expect(pdf.info.Language).toBe('zh-CN');
    expect(pdf.info.CreationDate).toMatch(/^D:20240307000000/);
    expect(pdf.info.ModDate).toMatch(/^D:20240307000000/);
  });

  it('writes the 目录 numbers into the print HTML too', () => {
    const html = readFileSync(join(out, 'print', '2024-03', 'index.html'), 'utf8');
    expect(html).not.toMatch(/class="toc-page" data-target="[^"]+"><\/span>/);
    expect(html).toMatch(/class="toc-page" data-target="article-01">\d\d<\/span>/);
  });
});

/** Each page's lines of glyphs, left to right, with their x and font size, from the page's content stream (pdf.js operator list). */
async function glyphRows(path: string): Promise<Array<Array<Array<{ ch: string; x: number; size: number }>>>> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(readFileSync(path)), useSystemFonts: false, isEvalSupported: false }).promise;
  const pages = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const ops = await (await doc.getPage(n)).getOperatorList();
    const rows = new Map<number, Array<{ ch: string; x: number; size: number }>>();
    let size = 1;
    let x = 0;
    let y = 0;
    for (let i = 0; i < ops.fnArray.length; i++) {
      const [fn, args] = [ops.fnArray[i], ops.argsArray[i]];
      if (fn === pdfjs.OPS.setFont) size = args[1];
      else if (fn === pdfjs.OPS.setTextMatrix) [x, y] = [args[0][4], args[0][5]];
      else if (fn === pdfjs.OPS.moveText) [x, y] = [x + args[0], y + args[1]];
      else if (fn === pdfjs.OPS.showText) {
        let at = x;
        for (const glyph of args[0]) {
          if (typeof glyph === 'number') at -= (glyph / 1000) * size;
          else {
            const row = rows.get(Math.round(y)) ?? rows.set(Math.round(y), []).get(Math.round(y))!;
            row.push({ ch: glyph.unicode, x: at, size });
            at += (glyph.width / 1000) * size;
          }
        }
      }
    }
    pages.push([...rows.entries()].sort((r, s) => r[0] - s[0]).map(([, row]) => row.sort((g, h) => g.x - h.x)));
  }
  await doc.destroy();
  return pages;
}

/** For each pair of characters, the advance (in ems) from the first to the second wherever they stand side by side on a line. */
async function pairAdvances(path: string, pairs: string[]): Promise<Record<string, number[]>> {
  const found: Record<string, number[]> = Object.fromEntries(pairs.map((pair) => [pair, []]));
  for (const row of (await glyphRows(path)).flat()) {
    for (let k = 0; k + 1 < row.length; k++) found[row[k].ch + row[k + 1].ch]?.push((row[k + 1].x - row[k].x) / row[k].size);
  }
  return found;
}

/** The median advance (in ems) between two Chinese characters side by side, per line of each page: above 1, the line is stretched. */
async function hanSpacing(path: string): Promise<Array<Array<{ text: string; spacing: number }>>> {
  const han = /\p{Script=Han}/u;
  return (await glyphRows(path)).map((rows) =>
    rows.map((row) => {
      const advances = row.slice(1).flatMap((g, k) => (han.test(g.ch) && han.test(row[k].ch) ? [(g.x - row[k].x) / row[k].size] : [])).sort((a, b) => a - b);
      return { text: row.map((g) => g.ch).join(''), spacing: advances[Math.floor(advances.length / 2)] ?? 1 };
    }),
  );
}

type Matrix = [number, number, number, number, number, number];
const multiply = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[1] * n[2], m[0] * n[1] + m[1] * n[3],
  m[2] * n[0] + m[3] * n[2], m[2] * n[1] + m[3] * n[3],
  m[4] * n[0] + m[5] * n[2] + n[4], m[4] * n[1] + m[5] * n[3] + n[5],
];
/** y of a point in page space, measured down from the page's top. */
const downFromTop = (m: Matrix, x: number, y: number, pageHeight: number) => pageHeight - (m[1] * x + m[3] * y + m[5]);

/**
 * Per page: each image drawn (size and top, in pt from the page's top, and
 * whether a clip smaller than the image was in force: object-fit: cover), and
 * the bottom of the running head's rule (the first red fill at the top).
 */
async function imagePlacements(path: string) {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(readFileSync(path)), isEvalSupported: false }).promise;
  const pages: Array<{ rule?: number; images: Array<{ width: number; height: number; top: number; clipped: boolean }> }> = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const height = page.view[3];
    const ops = await page.getOperatorList();
    const result: (typeof pages)[number] = { images: [] };
    let ctm: Matrix = [1, 0, 0, 1, 0, 0];
    let clip: number | undefined; // height of the last clip rectangle, in pt
    let red = false;
    let pendingClip = false;
    const stack: Array<[Matrix, number | undefined]> = [];
    for (let i = 0; i < ops.fnArray.length; i++) {
      const [fn, args] = [ops.fnArray[i], ops.argsArray[i]];
      if (fn === pdfjs.OPS.save) stack.push([ctm, clip]);
      else if (fn === pdfjs.OPS.restore) [ctm, clip] = stack.pop() ?? [ctm, clip];
      else if (fn === pdfjs.OPS.transform) ctm = multiply(args as Matrix, ctm);
      else if (fn === pdfjs.OPS.setFillRGBColor) red = String(args[0]).toLowerCase() === '#b4161b';
      else if (fn === pdfjs.OPS.clip || fn === pdfjs.OPS.eoClip) pendingClip = true;
      else if (fn === pdfjs.OPS.constructPath) {
        const box = args[2] as number[] | undefined;
        if (!box) continue;
        const [top, bottom] = [downFromTop(ctm, box[0], box[1], height), downFromTop(ctm, box[0], box[3], height)].sort((a, b) => a - b);
        if (pendingClip || ops.fnArray[i + 1] === pdfjs.OPS.clip || ops.fnArray[i + 1] === pdfjs.OPS.eoClip) clip = bottom - top;
        else if (red && result.rule === undefined && bottom < 30 * (72 / 25.4)) result.rule = bottom;
        pendingClip = false;
      } else if (fn === pdfjs.OPS.paintImageXObject) {
        const [top, bottom] = [downFromTop(ctm, 0, 0, height), downFromTop(ctm, 0, 1, height)].sort((a, b) => a - b);
        const width = Math.hypot(ctm[0], ctm[1]);
        result.images.push({ width, height: bottom - top, top, clipped: clip !== undefined && clip < bottom - top - 0.5 });
      }
    }
    pages.push(result);
  }
  await doc.destroy();
  return pages;
}

/**
 * The article titles set in two lines (first line / second line), and those of
 * them whose break falls inside a word as jieba cuts the title: an independent
 * segmenter, not the BudouX + ICU that put the breaks in (src/markdown/phrases.ts).
 */
function titleBreaks(pdf: Pdf, issue: Issue): { twoLine: string[]; midWord: string[] } {
  const jieba = Jieba.withDict(dict);
  const titles = issue.sections.flatMap((s) => s.articles).map((a) => squash(a.title));
  const twoLine: string[] = [];
  const midWord: string[] = [];
  for (const lines of pdf.lines) {
    const squashed = lines.map(squash);
    for (let i = 0; i + 1 < squashed.length; i++) {
      const title = titles.find((t) => squashed[i] && squashed[i + 1] && t === squashed[i] + squashed[i + 1]);
      if (!title) continue;
      twoLine.push(`${squashed[i]} / ${squashed[i + 1]}`);
      let end = 0;
      const wordEnds = new Set(jieba.cut(title, false).map((word) => (end += word.length)));
      if (!wordEnds.has(squashed[i].length)) midWord.push(twoLine.at(-1)!);
    }
  }
  return { twoLine, midWord };
}

describe('long titles (those the real issue broke inside words: 召开2023年工 / 作总结, 助 / 力, 农业产 / 业：)', () => {
  it('wrap in two lines between words', async () => {
    const root = copyContent(SAMPLE);
    const retitle = (path: string, title: string) => edit(join(root, '2024-03', path), /^title: .*$/m, `title: ${title}`);
    retitle('focus/command-meeting.md', '广清指挥部召开2023年工作总结暨2024年工作部署会议 全面推进对口帮扶协作提质增效');
    retitle('zone/guangfo-forum.md', '广佛产业园召开2024年企业家座谈会 助力园区企业稳产扩产和农业产业链延伸');
    retitle('villages/five-industries.md', '清远部署2024年五大百亿农业产业重点工作 推动农业产业：从种得好到卖得好');
    const out = join(tempDir('long-titles'), 'dist');
    expect(runCli(['build', join(root, '2024-03'), '--out', out, '--no-web']).status).toBe(0);
    const { twoLine, midWord } = titleBreaks(await readPdf(join(out, 'pdf', '2024-03.pdf')), (await loadArchive(join(root, '2024-03'))).issues[0]);
    expect(twoLine.length).toBeGreaterThanOrEqual(4);
    expect(midWord).toEqual([]);
  });
});

/**
 * One copy of the sample, built once, for two things that do not touch each other: a character
 * that only the running heads print, and a 目录 as long as the real issue's.
 */
describe('a long 目录, and a character only the running heads print', () => {
  let pdf: Pdf;
  beforeAll(async () => {
    const root = copyContent(SAMPLE);
    // 龘 is in no article: the issue line (heads of odd pages, and the cover) is the only place it is set.
    edit(join(root, 'publication.yml'), /^issue-line: .*$/m, 'issue-line: "〔{year}〕第{number}期（总第{total}期）龘"');
    // Seven more articles, 26 in all like the real issue we are judged on: copies under new names
    // (an article listed twice prints once).
    const again = (list: string[]) => list.map((path) => (copyFileSync(join(root, '2024-03', path), join(root, '2024-03', path.replace('.md', '-2.md'))), `      - ${path.replace('.md', '-2.md')}\n`)).join('');
    edit(join(root, '2024-03', 'issue.md'), '      - villages/lianjiangkou.md\n', `      - villages/lianjiangkou.md\n${again(['focus/memo.md', 'zone/guangfo-forum.md', 'integration/beijiang.md', 'integration/spring-tour.md'])}`);
    edit(join(root, '2024-03', 'issue.md'), '      - aid/notice.md\n', `      - aid/notice.md\n${again(['focus/standing-committee.md', 'zone/guangde-projects.md', 'integration/cross-city.md'])}`);
    const out = join(tempDir('long-toc'), 'dist');
    expect(runCli(['build', join(root, '2024-03'), '--out', out, '--no-web']).status).toBe(0);
    pdf = await readPdf(join(out, 'pdf', '2024-03.pdf'));
  });

  it('prints the head-only character as itself, in the head\'s own face (not an empty box)', () => {
    const heads = pdf.lines.filter((lines, index) => index >= 2 && /^\d{2}$/.test(lines.at(-1) ?? '') && Number(lines.at(-1)) % 2 === 1).map((lines) => lines[0]);
    expect(heads.length).toBeGreaterThan(3);
    for (const head of heads) expect(squash(head)).toContain('龘');
  });

  it('keeps a 目录 of 26 articles on one page, 02, with every entry and its number', () => {
    const entries = pdf.lines[3].filter((l) => l.startsWith('●'));
    expect(entries).toHaveLength(26);
    expect(entries.every((l) => /\d\d$/.test(l))).toBe(true);
    expect(pdf.lines[3].at(-1)).toBe('02');
    expect(pdf.pages[4]).not.toContain('●');
  });
});
