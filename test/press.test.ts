/**
 * The print shop's PDF (`yuebao build --press`), read back as a print shop's
 * preflight would: boxes on every page, a PDF/X output intent, CMYK images,
 * black text in K alone, embedded fonts, the reader's page count, and
 * Ghostscript's acceptance. The sample issue is built once (in-process, PDF
 * only); the preflight's own findings are tested on doctored copies and
 * made-up placements.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFNumber, PDFRawStream, decodePDFRawStream } from 'pdf-lib';
import { build } from '../src/build.ts';
import { publicationSchema } from '../src/config/publication.ts';
import { MM, sheetGeometry } from '../src/press/geometry.ts';
import { PAGE_SIZES } from '../src/config/page-measures.ts';
import { neutralToGray } from '../src/press/neutral-colours.ts';
import { paintedPage } from '../src/press/placements.ts';
import { checkPressPdf } from '../src/press/preflight.ts';
import { photoResolution } from '../src/press/photo-resolution.ts';
import { charsNearTrim, parseTxtwrite } from '../src/press/text-near-trim.ts';
import { cropMarkLines } from '../src/press/marks.ts';
import { DEFAULT_PROFILE } from '../src/press/pdfx.ts';
import { SAMPLE, tempDir } from './helpers.ts';

const A4: [number, number] = [595.28, 841.89];
const BLEED = 3 * MM;
const geometry = sheetGeometry(PAGE_SIZES.A4, { bleed: BLEED, marks: true });

const boxOf = (node: PDFDict, key: string) => node.lookup(PDFName.of(key), PDFArray).asArray().map((v) => (v as PDFNumber).asNumber());

describe('the sample issue as the print shop PDF', () => {
  let out: string;
  let press: PDFDocument;
  let reader: PDFDocument;
  let problems: string[];

  beforeAll(async () => {
    out = join(tempDir('press'), 'dist');
    const result = await build({ path: join(SAMPLE, '2024-03'), out, pdf: true, web: false, press: true });
    problems = result.files.flatMap((f) => f.messages.filter((m) => m.ruleId?.startsWith('press-')).map((m) => `${f.path}: ${m.reason}`));
    expect(result.ok).toBe(true);
    press = await PDFDocument.load(readFileSync(join(out, 'press', '2024-03.pdf')));
    reader = await PDFDocument.load(readFileSync(join(out, 'pdf', '2024-03.pdf')));
  }, 180_000);

  it('passes its own preflight', () => {
    expect(problems).toEqual([]);
  });

  it('has the reader’s pages: same count', () => {
    expect(press.getPageCount()).toBe(reader.getPageCount());
    expect(press.getPageCount()).toBeGreaterThan(20);
  });

  it('has on every page a TrimBox of exactly A4, a BleedBox 3 mm beyond it, and room for marks outside', () => {
    for (const page of press.getPages()) {
      const [tx0, ty0, tx1, ty1] = boxOf(page.node, 'TrimBox');
      expect(tx1 - tx0).toBeCloseTo(A4[0], 2);
      expect(ty1 - ty0).toBeCloseTo(A4[1], 2);
      const [bx0, by0, bx1, by1] = boxOf(page.node, 'BleedBox');
      for (const [bleed, trim] of [[bx0, tx0], [by0, ty0]]) expect(trim - bleed).toBeCloseTo(BLEED, 2);
      for (const [bleed, trim] of [[bx1, tx1], [by1, ty1]]) expect(bleed - trim).toBeCloseTo(BLEED, 2);
      const [mx0, my0, mx1, my1] = boxOf(page.node, 'MediaBox');
      // Crop marks need at least their offset and length (3 + 5 mm) beyond the trim on every side.
      expect(Math.min(tx0 - mx0, ty0 - my0, mx1 - tx1, my1 - ty1)).toBeGreaterThanOrEqual(8 * MM);
    }
  });

  it('has a PDF/X-1a output intent with an embedded CMYK profile', () => {
    const intents = press.catalog.lookup(PDFName.of('OutputIntents'), PDFArray);
    const intent = press.context.lookup(intents.get(0)) as PDFDict;
    expect(intent.get(PDFName.of('S'))).toBe(PDFName.of('GTS_PDFX'));
    const profile = intent.lookup(PDFName.of('DestOutputProfile')) as PDFRawStream;
    expect((profile.dict.get(PDFName.of('N')) as PDFNumber).asNumber()).toBe(4);
    const info = press.context.lookup(press.context.trailerInfo.Info) as PDFDict;
    expect(info.lookup(PDFName.of('GTS_PDFXConformance'))?.toString()).toContain('PDF/X-1a:2001');
    expect(readFileSync(join(out, 'press', '2024-03.pdf')).subarray(0, 8).toString('latin1')).toBe('%PDF-1.3');
  });

  it('has only CMYK images, each photo at least 250 ppi as printed', () => {
    const images = press.getPages().flatMap((page) => paintedPage(page).images);
    expect(images.length).toBeGreaterThan(10);
    for (const image of images) {
      expect(image.colorSpace).toBe('DeviceCMYK');
      expect(image.width / (image.shownWidth / 72)).toBeGreaterThanOrEqual(250);
    }
  });

  it('sets black text in K alone (the content stream sets `0 g` before text) and has no RGB colour left', () => {
    const page = press.getPage(2); // 卷首语: body text
    const contents = [page.node.get(PDFName.of('Contents'))].flatMap((c) => (c instanceof PDFArray ? c.asArray() : [c]));
    const text = contents.map((ref) => Buffer.from(decodePDFRawStream(press.context.lookup(ref) as PDFRawStream).decode()).toString('latin1')).join('\n');
    const painted = paintedPage(page);
    expect(painted.textColours.has('0 g')).toBe(true);
    for (const p of press.getPages()) {
      const { colours, textColours } = paintedPage(p);
      for (const colour of colours) expect(colour).not.toMatch(/ (rg|RG)$|DeviceRGB/);
      for (const colour of textColours) {
        // Grey (K only) or CMYK; a CMYK text colour is the house red, never four-colour black.
        const cmyk = /^([\d.]+) ([\d.]+) ([\d.]+) ([\d.]+) k$/.exec(colour);
        if (cmyk) expect(Number(cmyk[4]) < 0.5 || Number(cmyk[1]) + Number(cmyk[2]) + Number(cmyk[3]) === 0).toBe(true);
        else expect(colour).toMatch(/^[\d.]+ g$/);
      }
    }
    expect(text).toMatch(/(^|\s)0 g\s/);
    expect(text).not.toMatch(/\s(rg|RG)\s/);
  });

  it('embeds every font', () => {
    let fonts = 0;
    for (const [, object] of press.context.enumerateIndirectObjects()) {
      if (!(object instanceof PDFDict) || object.get(PDFName.of('Type')) !== PDFName.of('FontDescriptor')) continue;
      fonts++;
      expect(['FontFile', 'FontFile2', 'FontFile3'].some((key) => object.has(PDFName.of(key)))).toBe(true);
    }
    expect(fonts).toBeGreaterThan(2);
  });

  it('is accepted by Ghostscript as PDF/X (a re-conversion finds nothing to fix)', () => {
    const run = spawnSync('gs', ['-q', '-dNOPAUSE', '-dBATCH', '-dSAFER', '-sDEVICE=pdfwrite', '-dPDFX', '-sColorConversionStrategy=CMYK', '-sProcessColorModel=DeviceCMYK', '-sOutputFile=/dev/null', join(out, 'press', '2024-03.pdf')], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(`${run.stdout}${run.stderr}`).not.toMatch(/not permitted|reverting|error|warning/i);
  });
});

describe('the press preflight', () => {
  let pressPdf: Uint8Array;
  beforeAll(async () => {
    // A press-shaped PDF without gs: two sheets with boxes, one painting RGB text.
    const doc = await PDFDocument.create();
    for (let i = 0; i < 2; i++) {
      const page = doc.addPage([geometry.media.width, geometry.media.height]);
      page.setBleedBox(geometry.bleed.x, geometry.bleed.y, geometry.bleed.width, geometry.bleed.height);
      if (i === 0) page.setTrimBox(geometry.trim.x, geometry.trim.y, geometry.trim.width, geometry.trim.height);
    }
    pressPdf = await doc.save();
  });

  it('names a missing TrimBox, a missing output intent and the wrong page count', async () => {
    const doc = await PDFDocument.load(pressPdf);
    const { findings } = checkPressPdf({ doc, file: 'press.pdf', geometry, readerPageCount: 3 });
    const rules = findings.map((f) => f.ruleId);
    expect(rules).toContain('press-output-intent');
    expect(rules).toContain('press-page-count');
    expect(findings.find((f) => f.ruleId === 'press-boxes')?.place?.line).toBe(2);
    expect(findings.every((f) => f.severity === 'error')).toBe(true);
  });

  it('finds RGB and four-colour black text in a content stream', async () => {
    const doc = await PDFDocument.load(pressPdf);
    const stream = doc.context.flateStream('q 0.7 0.1 0.1 rg BT ET 0.8 0.7 0.7 0.9 k BT /F1 10 Tf (x) Tj ET Q');
    doc.getPage(0).node.set(PDFName.of('Contents'), doc.context.register(stream));
    const rules = checkPressPdf({ doc, file: 'press.pdf', geometry }).findings.map((f) => f.ruleId);
    expect(rules).toContain('press-rgb');
    expect(rules).toContain('press-black-text');
  });

  it('reports a photo below 250 ppi at the line that names it', () => {
    const figures = [
      { file: 'issue.md', place: { line: 8, column: 3 }, name: 'cover.jpg', width: 1600, height: 1200 },
      { file: 'focus/a.md', place: { line: 12, column: 1 }, name: 'small.jpg', width: 800, height: 600 },
    ];
    const shown = (width: number, height: number, mm: number) => ({ width, height, shownWidth: mm * MM, shownHeight: ((mm * height) / width) * MM, colorSpace: 'DeviceCMYK' });
    const pages = [
      { images: [shown(1600, 1200, 150)], colours: new Set<string>(), textColours: new Set<string>() },
      { images: [shown(800, 600, 160)], colours: new Set<string>(), textColours: new Set<string>() },
    ];
    const findings = photoResolution(pages, figures, 'press.pdf');
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ file: 'focus/a.md', place: { line: 12 }, ruleId: 'press-image-ppi', severity: 'warning' });
    expect(findings[0].message).toMatch(/127 ppi/);
  });

  it('finds text within 3 mm of the trim, and none farther in', () => {
    const top = geometry.media.height - geometry.trim.y - geometry.trim.height; // the trim's top, from the sheet's top
    const xml = `<page>\n<span bbox="0 0 0 0" font="X" size="10">\n<char bbox="${geometry.trim.x + 1 * MM} ${top + 40} ${geometry.trim.x + 1 * MM + 10} ${top + 40}" c="&#x5e7f;"/>\n<char bbox="${geometry.trim.x + 30 * MM} ${top + 60} ${geometry.trim.x + 30 * MM + 10} ${top + 60}" c="A"/>\n</span>\n</page>`;
    const near = charsNearTrim(parseTxtwrite(xml), geometry);
    expect([...near.keys()]).toEqual([1]);
    expect(near.get(1)!.text).toBe('广');
    expect(near.get(1)!.distance / MM).toBeCloseTo(1, 1);
  });
});

describe('press parts', () => {
  it('turns neutral RGB into grey, near-black into solid black, and leaves colours alone', () => {
    expect(neutralToGray('.102 .102 .102 rg BT (a) Tj ET .6 .6 .6 RG .7059 .0863 .1059 rg')).toBe('0 g BT (a) Tj ET 0.6 G .7059 .0863 .1059 rg');
    // Inside a string the same bytes are text, not an operator.
    expect(neutralToGray('BT (0 0 0 rg) Tj ET')).toBe('BT (0 0 0 rg) Tj ET');
  });

  it('draws the crop marks outside the bleed, on the lines of the trim', () => {
    const bleedRight = geometry.bleed.x + geometry.bleed.width;
    for (const [x1, y1, x2, y2] of cropMarkLines(geometry)) {
      const outside = (x: number, y: number) => x <= geometry.bleed.x || x >= bleedRight || y <= geometry.bleed.y || y >= geometry.bleed.y + geometry.bleed.height;
      expect(outside(x1, y1) && outside(x2, y2)).toBe(true);
      expect([x1, y1, x2, y2].some((v) => [geometry.trim.x, geometry.trim.x + geometry.trim.width, geometry.trim.y, geometry.trim.y + geometry.trim.height].some((t) => Math.abs(v - t) < 1e-9))).toBe(true);
    }
  });

  it('reads `press:` in publication.yml: bleed as a length, marks, profile', () => {
    const base = { title: '月报' };
    expect(publicationSchema.parse(base).press).toEqual({ bleed: 3 * MM, marks: true });
    expect(publicationSchema.parse({ ...base, press: { bleed: '5mm', marks: false } }).press).toMatchObject({ bleed: 5 * MM, marks: false });
    expect(publicationSchema.parse({ ...base, press: { bleed: 0 } }).press.bleed).toBe(0);
    expect(publicationSchema.safeParse({ ...base, press: { bleed: '3 厘米' } }).success).toBe(false);
    expect(publicationSchema.safeParse({ ...base, press: { bleed: '15mm' } }).success).toBe(false);
  });

  it('ships a CMYK output profile that caps the ink at 300%', () => {
    const profile = readFileSync(DEFAULT_PROFILE);
    expect(profile.toString('latin1', 16, 20)).toBe('CMYK');
    // Ghostscript converts RGB black — the darkest colour there is — through it: much ink, but within the cap.
    const dir = tempDir('press-ink');
    const ps = join(dir, 'black.ps');
    writeFileSync(ps, '%!\n0 0 0 setrgbcolor 0 0 72 72 rectfill showpage\n');
    const coverage = execFileSync('gs', ['-q', '-dNOPAUSE', '-dBATCH', '-dSAFER', '-sDEVICE=ink_cov', '-r72', '-g10x10', `-sOutputICCProfile=${DEFAULT_PROFILE}`, '-sOutputFile=-', ps], { encoding: 'utf8' });
    const inks = coverage.trim().split(/\s+/).slice(0, 4).map(Number);
    const total = inks.reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThan(200);
    expect(total).toBeLessThanOrEqual(301);
  });
});
