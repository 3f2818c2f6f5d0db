/**
 * XMP metadata beside the Info dictionary (issue #11): the finished PDF's
 * catalog points to an uncompressed /Metadata stream that parses and says what
 * Info says (title, creator, language, dates from the issue, tool, producer),
 * on both paths of src/print/pdf-metadata.ts — the incremental update of
 * Chromium's PDF, and the pdf-lib rewrite of any other PDF — each giving the
 * same bytes when run again.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'puppeteer';
import { PDFDocument, PDFName, PDFRawStream, PDFRef } from 'pdf-lib';
import { launchBrowser } from '../src/print/browser.ts';
import { finishPdf } from '../src/print/pdf-metadata.ts';
import { buildXmp, escapeXml, xmpDate } from '../src/print/xmp.ts';
import type { Issue } from '../src/model/types.ts';
import { sampleBuild, tempDir } from './helpers.ts';

/** Just what finishPdf reads of an issue; the masthead has every character XML must escape. */
const ISSUE = {
  publication: { title: '测试月报<增刊> & "特刊"', sponsor: "某某指挥部 'A&B'", language: 'zh-CN', page: 'A4' },
  issueLine: '〔2024〕第3期（总第134期）',
  periodLabel: '2024.02',
  date: '2024-03-07',
} as unknown as Issue;
const TITLE = `${ISSUE.publication.title} ${ISSUE.issueLine}`;

/** The PDF's Info and XMP as pdf.js reads them (its XMP parser gives up, and leaves `metadata` null, on XML that does not parse). */
async function readMetadata(pdf: Uint8Array) {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(pdf), isEvalSupported: false }).promise;
  const { info, metadata } = await doc.getMetadata();
  await doc.destroy();
  return { info: info as Record<string, string>, xmp: metadata };
}

/** The catalog's /Metadata stream: its dictionary and its text (pdf-lib). */
async function metadataStream(pdf: Uint8Array) {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  const ref = doc.catalog.get(PDFName.of('Metadata'));
  expect(ref).toBeInstanceOf(PDFRef);
  const stream = doc.context.lookup(ref as PDFRef);
  expect(stream).toBeInstanceOf(PDFRawStream);
  const { dict, contents } = stream as PDFRawStream;
  return { type: String(dict.get(PDFName.of('Type'))), subtype: String(dict.get(PDFName.of('Subtype'))), filter: dict.get(PDFName.of('Filter')), text: Buffer.from(contents).toString('utf8') };
}

/** Both readers agree: the stream is XMP, uncompressed, and parses to what Info says. */
async function expectXmpMatchesInfo(pdf: Uint8Array, title: string, day: string) {
  const stream = await metadataStream(pdf);
  expect([stream.type, stream.subtype, stream.filter]).toEqual(['/Metadata', '/XML', undefined]);
  expect(stream.text).toMatch(/^<\?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"\?>/);
  const { info, xmp } = await readMetadata(pdf);
  expect(xmp, 'the XMP parses').not.toBeNull();
  expect(info.Title).toBe(title);
  expect(xmp!.get('dc:title')).toBe(info.Title);
  expect(xmp!.get('dc:creator')).toEqual([info.Author]);
  expect(xmp!.get('dc:language')).toBe('zh-CN');
  expect(xmp!.get('xmp:creatortool')).toBe(info.Creator);
  expect(xmp!.get('pdf:producer')).toBe(info.Producer);
  expect(xmp!.get('xmp:createdate')).toBe(`${day}T00:00:00+00:00`);
  expect(xmp!.get('xmp:modifydate')).toBe(`${day}T00:00:00+00:00`);
  // The same instant (pdf-lib writes UTC as Z).
  expect(info.CreationDate).toMatch(new RegExp(`^D:${day.replaceAll('-', '')}000000(Z|\\+00'00')$`));
  expect(info.ModDate).toBe(info.CreationDate);
}

describe('the XMP packet', () => {
  it('escapes the markup characters and drops what XML cannot hold', () => {
    expect(escapeXml(`a<b>&"c"'d'\u0001\uFFFE\uD800e`)).toBe('a&lt;b&gt;&amp;&quot;c&quot;&apos;d&apos;e');
    const xmp = buildXmp({ title: '<x>&', keywords: ['甲', 'a&b'], language: 'zh-CN', date: '2024-03-07', creatorTool: 'yuebao', producer: 'p' });
    expect(xmp).toContain('<rdf:li xml:lang="x-default">&lt;x&gt;&amp;</rdf:li>');
    expect(xmp).toContain('<pdf:Keywords>甲 a&amp;b</pdf:Keywords>');
    expect(xmp).not.toContain('dc:creator'); // no sponsor, no empty element
  });

  it('dates from the issue, in the same instant as the Info dates', () => {
    expect(xmpDate('2024-03-07')).toBe('2024-03-07T00:00:00+00:00');
    expect(() => xmpDate('2024-3-7')).toThrow();
  });
});

describe('finishPdf writes XMP metadata', () => {
  let browser: Browser;
  let chromiumPdf: Uint8Array;
  beforeAll(async () => {
    browser = await launchBrowser();
    const page = await browser.newPage();
    await page.setContent('<!doctype html><html lang="zh-CN"><body><h1>标题</h1><p>正文</p></body></html>');
    chromiumPdf = await page.pdf({ format: 'A4', tagged: true, outline: true });
    await page.close();
  });
  afterAll(() => browser?.close());

  it("into Chromium's PDF, as an incremental update", async () => {
    const finished = await finishPdf(chromiumPdf, ISSUE, { front: 0, back: 0 });
    const tail = Buffer.from(finished).subarray(chromiumPdf.length).toString('latin1');
    expect(tail, 'appended after the original file').toMatch(/\/Type \/Metadata \/Subtype \/XML[\s\S]*\/Prev \d+>>\nstartxref\n\d+\n%%EOF\n$/);
    await expectXmpMatchesInfo(finished, TITLE, '2024-03-07');
    expect(Buffer.from(await finishPdf(chromiumPdf, ISSUE, { front: 0, back: 0 })).equals(Buffer.from(finished))).toBe(true);
    // poppler reads it too, where installed.
    const path = join(tempDir('xmp'), 'chromium.pdf');
    writeFileSync(path, finished);
    const pdfinfo = spawnSync('pdfinfo', ['-meta', path], { encoding: 'utf8' });
    if (!pdfinfo.error) expect(pdfinfo.stdout).toContain('<dc:title><rdf:Alt><rdf:li xml:lang="x-default">测试月报&lt;增刊&gt; &amp; &quot;特刊&quot; 〔2024〕');
  });

  it('into any other PDF, through pdf-lib', async () => {
    const other = await PDFDocument.create();
    other.addPage([595, 842]);
    const input = await other.save({ useObjectStreams: true }); // an xref stream: not Chromium's shape
    const finished = await finishPdf(input, ISSUE, { front: 0, back: 0 });
    expect(Buffer.from(finished).subarray(0, 8).toString('latin1')).toMatch(/^%PDF-/);
    await expectXmpMatchesInfo(finished, TITLE, '2024-03-07');
    expect(Buffer.from(await finishPdf(input, ISSUE, { front: 0, back: 0 })).equals(Buffer.from(finished))).toBe(true);
  });
});

describe('a built issue', () => {
  // The sample as the suite builds it once (test/helpers.ts); that a rebuild gives the same bytes is
  // print.test.ts's first test.
  it('carries XMP that matches its Info', async () => {
    const { out } = await sampleBuild();
    await expectXmpMatchesInfo(readFileSync(join(out, 'pdf', '2024-03.pdf')), '广清对口帮扶协作月报 〔2024〕第3期（总第134期）', '2024-03-07');
  });
});
