/**
 * Writes the county-office Word fixtures of test/fixtures/intake/docx/:
 * two 简报-style articles, in our own words, laid out the way offices lay
 * them out (no heading styles: a centred bold 二号 title, a —— subtitle, a
 * （记者 … 通讯员 …） byline, 一、 subheads in 黑体 and （一） in bold 楷体,
 * a photo with its caption and 摄 credit under it, a table, a footnote, a
 * closing （来源：清远日报）). One is saved the way Word writes .docx, the
 * other the way WPS does: fonts given only as w:eastAsia, no size in the
 * document defaults (only in its Normal style), numeric style ids, WPS's
 * document properties.
 *
 * The files are committed; tests never run this. Run it again after changing
 * the articles: `npx tsx scripts/make-docx-fixtures.ts`.
 */
import {
  AlignmentType,
  Document,
  FootnoteReferenceRun,
  ImageRun,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';
import JSZip from 'jszip';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import sharp from 'sharp';
import { articles, type Block } from './docx-fixture-articles.ts';

const OUT = resolve(import.meta.dirname, '..', 'test', 'fixtures', 'intake', 'docx');
/** Every entry of the zip gets this date, so that the same articles give the same bytes. */
const STAMP = new Date('2024-03-08T08:00:00Z');

/** 二号 22 pt, 三号 16 pt, 四号 14 pt, 小初 36 pt; docx wants half-points. */
const pt = (points: number) => points * 2;
const FANGSONG = '仿宋_GB2312';
const KAI = '楷体_GB2312';

interface RunStyle {
  font: string;
  size: number;
  bold?: boolean;
  color?: string;
}

/** Word: the Chinese face as w:eastAsia, Times New Roman for Latin letters and digits, as in a government template. */
function run(text: string, s: RunStyle): TextRun {
  return new TextRun({ text, bold: s.bold, color: s.color, size: pt(s.size), font: { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: s.font } });
}

/** Text with `[^n]` marks → runs and footnote references. */
function runs(text: string, s: RunStyle): ParagraphChild[] {
  return text.split(/(\[\^\d+\])/).flatMap((part) => {
    const note = /^\[\^(\d+)\]$/.exec(part);
    return note ? [new FootnoteReferenceRun(Number(note[1]))] : part ? [run(part, s)] : [];
  });
}

const BODY: RunStyle = { font: FANGSONG, size: 16 };
const indented = { firstLine: 640 };

async function photo(colour: { r: number; g: number; b: number }): Promise<Buffer> {
  // A small picture with some structure (a gradient), as JPEG like a camera's.
  const width = 160;
  const height = 100;
  const pixels = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 3;
      [pixels[i], pixels[i + 1], pixels[i + 2]] = [colour.r + (x % 40), colour.g + (y % 30), colour.b];
    }
  }
  return sharp(pixels, { raw: { width, height, channels: 3 } }).jpeg({ quality: 70 }).toBuffer();
}

async function paragraphs(blocks: Block[], alt: string): Promise<(Paragraph | Table)[]> {
  const out: (Paragraph | Table)[] = [];
  for (const b of blocks) {
    const centred = { alignment: AlignmentType.CENTER };
    if (b.kind === 'masthead') out.push(new Paragraph({ ...centred, children: [run(b.text, { font: '方正小标宋简体', size: b.size, color: b.red ? 'FF0000' : undefined })] }));
    else if (b.kind === 'title') out.push(new Paragraph({ ...centred, children: [run(b.text, { font: '方正小标宋简体', size: 22, bold: true })] }));
    else if (b.kind === 'centred') out.push(new Paragraph({ ...centred, children: [run(b.text, { font: KAI, size: 16 })] }));
    else if (b.kind === 'section') out.push(new Paragraph({ indent: indented, children: [run(b.text, { font: '黑体', size: 16 })] }));
    else if (b.kind === 'subsection') out.push(new Paragraph({ indent: indented, children: [run(b.text, { font: KAI, size: 16, bold: true })] }));
    else if (b.kind === 'lead') out.push(new Paragraph({ alignment: AlignmentType.JUSTIFIED, indent: indented, children: [run(b.lead, { font: '黑体', size: 16 }), ...runs(b.text, BODY)] }));
    else if (b.kind === 'text') out.push(new Paragraph({ alignment: AlignmentType.JUSTIFIED, indent: indented, children: runs(b.text, BODY) }));
    else if (b.kind === 'caption') out.push(new Paragraph({ ...centred, children: [run(b.text, { font: KAI, size: 14 })] }));
    else if (b.kind === 'tableTitle') out.push(new Paragraph({ ...centred, children: [run(b.text, { font: '黑体', size: 14 })] }));
    else if (b.kind === 'photo') {
      const image = new ImageRun({ type: 'jpg', data: await photo(b.colour), transformation: { width: 480, height: 300 }, altText: { name: b.name, description: alt, title: '' } });
      // A caption in the picture's own paragraph, after a line break (as some offices do).
      const inline = b.inlineCaption ? [new TextRun({ break: 1 }), run(b.inlineCaption, { font: KAI, size: 14 })] : [];
      out.push(new Paragraph({ ...centred, children: [image, ...inline] }));
    } else if (b.kind === 'table') {
      const rows = b.rows.map((cells) => new TableRow({ children: cells.map((text) => new TableCell({ children: [new Paragraph({ ...centred, children: [run(text, { font: FANGSONG, size: 14 })] })] })) }));
      out.push(new Table({ rows, width: { size: 100, type: WidthType.PERCENTAGE } }));
    }
  }
  return out;
}

async function wordDocument(article: (typeof articles)[number]): Promise<Buffer> {
  const doc = new Document({
    creator: '县委宣传部',
    styles: { default: { document: { run: { size: pt(16), font: { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: FANGSONG } } } } },
    footnotes: Object.fromEntries(Object.entries(article.notes).map(([n, text]) => [n, { children: [new Paragraph({ children: [run(text, { font: FANGSONG, size: 9 })] })] }])),
    sections: [{ children: await paragraphs(article.blocks, article.dialect === 'word' ? article.autoAlt : '') }],
  });
  return Packer.toBuffer(doc);
}

const APP = (application: string) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Template>Normal.dotm</Template><Pages>2</Pages><Application>${application}</Application><DocSecurity>0</DocSecurity></Properties>`;

/** WPS's own property, which WPS writes into every file it saves. */
const WPS_CUSTOM = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="KSOProductBuildVer"><vt:lpwstr>2052-12.1.0.16417</vt:lpwstr></property><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="3" name="ICV"><vt:lpwstr>5F1D3C8A0B7E4A2C9D6E1F3A5B7C9D0E_12</vt:lpwstr></property></Properties>`;

/**
 * WPS's styles.xml, shortened: document defaults with fonts but no size, the
 * Normal style (id 1) at 五号, numeric ids as WPS gives them.
 */
const WPS_STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="宋体" w:cs="Times New Roman"/></w:rPr></w:rPrDefault><w:pPrDefault/></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="1"><w:name w:val="Normal"/><w:qFormat/><w:uiPriority w:val="0"/><w:pPr><w:widowControl w:val="0"/><w:jc w:val="both"/></w:pPr><w:rPr><w:rFonts w:asciiTheme="minorHAnsi" w:hAnsiTheme="minorHAnsi" w:eastAsiaTheme="minorEastAsia" w:cstheme="minorBidi"/><w:kern w:val="2"/><w:sz w:val="21"/><w:szCs w:val="24"/><w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="2"><w:name w:val="footnote text"/><w:basedOn w:val="1"/><w:uiPriority w:val="0"/><w:pPr><w:snapToGrid w:val="0"/><w:jc w:val="left"/></w:pPr><w:rPr><w:sz w:val="18"/></w:rPr></w:style><w:style w:type="character" w:default="1" w:styleId="5"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="0"/></w:style><w:style w:type="table" w:default="1" w:styleId="4"><w:name w:val="Normal Table"/><w:uiPriority w:val="0"/><w:tblPr><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style><w:style w:type="character" w:styleId="6"><w:name w:val="footnote reference"/><w:basedOn w:val="5"/><w:uiPriority w:val="0"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style><w:style w:type="character" w:styleId="7"><w:name w:val="endnote reference"/><w:basedOn w:val="5"/><w:uiPriority w:val="0"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style></w:styles>`;

/** Style ids as the docx package names them → WPS's. */
const WPS_IDS: Record<string, string> = { FootnoteText: '2', FootnoteReference: '6', EndnoteReference: '7' };

/** The XML of a part as WPS writes it: East Asian fonts alone (with its hint), WPS's style ids, a language on each run. */
function asWps(xml: string): string {
  return xml
    .replace(/<w:rFonts\b[^>]*w:eastAsia="([^"]*)"[^>]*\/>/g, '<w:rFonts w:hint="eastAsia" w:eastAsia="$1"/>')
    .replace(/<w:(p|r)Style w:val="([^"]+)"\/>/g, (tag, kind: string, id: string) => `<w:${kind}Style w:val="${WPS_IDS[id] ?? id}"/>`)
    .replace(/<\/w:rPr>/g, '<w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr>')
    .replace('<w:document ', '<w:document xmlns:wpsCustomData="http://www.wps.cn/officeDocument/2013/wpsCustomData" ');
}

async function save(bytes: Buffer, dialect: 'word' | 'wps', name: string): Promise<void> {
  const zip = await JSZip.loadAsync(bytes);
  const set = async (path: string, edit: (xml: string) => string) => zip.file(path, edit((await zip.file(path)?.async('string')) ?? ''));
  await set('docProps/core.xml', (xml) => xml.replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*/g, `$1${STAMP.toISOString().replace('.000', '')}`));
  if (dialect === 'wps') {
    for (const part of ['word/document.xml', 'word/footnotes.xml', 'word/endnotes.xml']) await set(part, asWps);
    zip.file('word/styles.xml', WPS_STYLES);
    zip.file('docProps/custom.xml', WPS_CUSTOM);
  }
  zip.file('docProps/app.xml', APP(dialect === 'wps' ? 'WPS Office_12.1.0.16417_F1E327BC-269C-435d-A152-05C5408002CA' : 'Microsoft Office Word'));
  for (const file of Object.values(zip.files)) file.date = STAMP;
  writeFileSync(join(OUT, `${name}.docx`), await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
}

for (const article of articles) {
  await save(await wordDocument(article), article.dialect, article.name);
  console.log(`wrote ${join(OUT, `${article.name}.docx`)}`);
}
