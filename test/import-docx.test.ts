/**
 * `yuebao import` of Word files: county-office articles as Word and WPS save
 * them (made by scripts/make-docx-fixtures.ts), real .docx files from Word and
 * WPS (test/fixtures/intake/docx/README.md says where from), and the files an
 * office sends that are no .docx (.doc, .wps, PDF), each refused with the way
 * to one. In process, no browser: fast.
 */
import { AlignmentType, Document, ImageRun, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import JSZip from 'jszip';
import { copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { formatProblems } from '../src/core/format-problems.ts';
import { articleSchema } from '../src/content/schemas.ts';
import { eastAsiaFirst } from '../src/import/docx/package.ts';
import { readStyles } from '../src/import/docx/styles.ts';
import { importClippings } from '../src/import/import-clippings.ts';
import { FIXTURES, tempDir } from './helpers.ts';

const DOCX = join(FIXTURES, 'intake', 'docx');
const problemLines = (result: { files: Parameters<typeof formatProblems>[0] }) => formatProblems(result.files, { verbose: true }).lines;

/** Imports `files` into a fresh folder: the problems, and each article's front matter, body lines and text. */
async function run(...files: string[]) {
  const out = tempDir('import-docx');
  const result = await importClippings(files, { out });
  const articles = result.written.map((path) => {
    const text = readFileSync(path, 'utf8');
    const [, yaml = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [];
    return { path, text, data: parseYaml(yaml) as Record<string, unknown>, lines: body.split('\n') };
  });
  return { out, problems: problemLines(result), articles };
}

/** The first bytes of each kind of file an office may send instead of a .docx. */
const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const oleFile = (...streams: string[]) => Buffer.concat([OLE, Buffer.alloc(504), ...streams.map((s) => Buffer.from(s, 'utf16le')), Buffer.alloc(512)]);

describe('import: Word files as county offices write them', () => {
  const cases = [
    {
      file: 'county-brief-word.docx',
      data: { title: '清新区：菜心产业“链”起乡村振兴路', subtitle: '清新区推进“百千万工程”见闻', author: '黄津 李明', source: '清远日报' },
      subheadings: ['一、建基地，做大产业规模', '（一）连片种植提质量', '（二）标准生产保品质', '二、强链条，提升产业效益', '三、优服务，激活发展动能'],
      figures: ['![太和镇菜心基地里，村民正在采收菜心](images/county-brief-word-1.jpg "朱梓恒 摄")'],
      table: ['| 指标 | 2023年 | 同比增长 |', '| 年产值 | 3.2亿元 | 12% |'],
      note: '[^1]: “百千万工程”即广东省实施的“百县千镇万村高质量发展工程”。',
    },
    {
      file: 'county-brief-wps.docx',
      data: { title: '飞来峡镇：小茶叶做成富民大产业', subtitle: '飞来峡镇茶产业帮扶工作纪实', author: '陈晓 王芳', source: '清远日报', date: '2024-03-08' },
      subheadings: ['一、育好茶苗，打牢产业基础', '（一）引进良种扩面积', '（二）培训茶农提技能', '二、做强品牌，拓宽增收渠道', '茶旅融合迎来新机遇'],
      figures: [
        '![茶农在飞来峡镇的生态茶园里采摘春茶。](images/county-brief-wps-1.jpg "陈晓 摄")',
        // The caption in the picture's own paragraph, after a line break.
        '![制茶师傅在加工车间里炒制新茶](images/county-brief-wps-2.jpg "王芳 摄")',
      ],
      table: ['| 项目 | 2022年 | 2023年 |', '| 茶叶产量 | 45吨 | 78吨 |'],
      note: '[^1]: 茶产业帮扶项目由广州市对口帮扶资金支持建设。',
    },
  ];

  for (const c of cases) {
    it(`${c.file}: title, subtitle, byline, subheadings, photos with captions and credits, table, footnote and source`, async () => {
      const { out, problems, articles } = await run(join(DOCX, c.file));
      expect(problems).toEqual([]);
      const [a] = articles;
      expect(a.data).toEqual(c.data);
      expect(articleSchema.safeParse(a.data).success).toBe(true);
      expect(a.lines.filter((l) => l.startsWith('#'))).toEqual(c.subheadings.map((s) => `## ${s}`));
      for (const figure of c.figures) expect(a.lines).toContain(figure);
      for (const name of readdirSync(join(out, 'images'))) expect(readFileSync(join(out, 'images', name)).subarray(0, 3)).toEqual(Buffer.from([0xff, 0xd8, 0xff]));
      expect(readdirSync(join(out, 'images'))).toHaveLength(c.figures.length);
      for (const row of c.table) expect(a.lines).toContain(row);
      expect(a.text).toMatch(/[^\n]\[\^1\][^:]/);
      expect(a.lines).toContain(c.note);
      // Nothing of the head, the byline, the captions or the source is left as a line of its own.
      for (const gone of ['——', '记者', '来源', '摄）', '简报', '第3期']) expect(a.lines.filter((l) => !l.startsWith('!')).join('\n')).not.toContain(gone);
      expect(a.text).not.toMatch(/&#x|<\/?[a-z]/i);
      expect(a.text).toBe(readFileSync(join(DOCX, c.file.replace('.docx', '.expected.md')), 'utf8'));
    });
  }

  it('keeps the run-in 黑体 head of a paragraph bold, without escaping the text after it', async () => {
    const { articles } = await run(join(DOCX, 'county-brief-word.docx'));
    expect(articles[0].lines).toContain('**一是完善冷链物流**。基地附近建起三座冷库，菜心采收后两个小时内就能预冷保鲜，运到大湾区城市的餐桌只要半天。');
    // A table's title set in 黑体 stays a paragraph (and is not made bold).
    expect(articles[0].lines.some((l) => /^表1\s?清新区菜心产业主要指标$/.test(l))).toBe(true);
  });

  it('warns about a picture that cannot be printed (a Word drawing, EMF/WMF), naming it by its number and caption', async () => {
    const zip = await JSZip.loadAsync(readFileSync(join(DOCX, 'county-brief-word.docx')));
    const rels = (await zip.file('word/_rels/document.xml.rels')?.async('string')) ?? '';
    zip.file('word/_rels/document.xml.rels', rels.replace('media/image1.jpg', 'media/image1.wmf'));
    zip.file('word/media/image1.wmf', Buffer.from([0xd7, 0xcd, 0xc6, 0x9a, 0, 0, 0, 0]));
    zip.remove('word/media/image1.jpg');
    const types = (await zip.file('[Content_Types].xml')?.async('string')) ?? '';
    zip.file('[Content_Types].xml', types.replace('<Default ', '<Default ContentType="image/x-wmf" Extension="wmf"/><Default '));
    const file = join(tempDir('docx-wmf'), 'drawing.docx');
    writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer' }));
    const { out, problems, articles } = await run(file);
    expect(problems).toEqual([
      expect.stringMatching(/drawing\.docx:1:1 {2}警告 {2}第 1 张图片（“太和镇菜心基地里，村民正在采收菜心（朱梓恒 摄）”）是 WMF 格式（Word 里画的图形或粘贴进来的图表）.*另存为图片.* {2}import-image-format$/),
    ]);
    expect(problems[0]).toContain(join(out, 'images'));
    // The rest of the article is there; the picture and its caption are not.
    expect(articles[0].data.title).toBe('清新区：菜心产业“链”起乡村振兴路');
    expect(articles[0].text).not.toContain('![');
    expect(articles[0].lines).toContain('## （二）标准生产保品质');
  });

  it('takes a picture out of the paragraph it floats in, and out of a table laying it out with its caption', async () => {
    const jpeg = await sharp({ create: { width: 64, height: 40, channels: 3, background: '#4a4' } }).jpeg().toBuffer();
    const text = '清新区整合撂荒地和零散地块，推动菜心连片种植。'.repeat(6);
    const doc = new Document({
      sections: [
        {
          children: [
            new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: '菜心连片种植', bold: true, size: 44 })] }),
            new Paragraph({ children: [new TextRun(text.slice(0, 40)), new ImageRun({ type: 'jpg', data: jpeg, transformation: { width: 64, height: 40 }, floating: { horizontalPosition: { offset: 0 }, verticalPosition: { offset: 0 } } }), new TextRun(text.slice(40))] }),
            new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun('村民在田间采收菜心（朱梓恒 摄）')] }),
            new Table({
              rows: [
                new TableRow({ children: [new TableCell({ children: [new Paragraph({ children: [new ImageRun({ type: 'jpg', data: jpeg, transformation: { width: 64, height: 40 } })] })] })] }),
                new TableRow({ children: [new TableCell({ children: [new Paragraph('菜心装车发往大湾区（李明 摄）')] })] }),
              ],
            }),
          ],
        },
      ],
    });
    const file = join(tempDir('docx-float'), 'float.docx');
    writeFileSync(file, await Packer.toBuffer(doc));
    const { problems, articles } = await run(file);
    expect(problems).toEqual([]);
    expect(articles[0].lines.filter(Boolean)).toEqual([text, '![村民在田间采收菜心](images/float-1.jpg "朱梓恒 摄")', '![菜心装车发往大湾区](images/float-2.jpg "李明 摄")']);
  });

  it('reads a .docx whatever its name: a Word file saved as .doc is still read', async () => {
    const dir = tempDir('docx-names');
    copyFileSync(join(DOCX, 'county-brief-wps.docx'), join(dir, '飞来峡镇茶产业.doc'));
    const { problems, articles } = await run(join(dir, '飞来峡镇茶产业.doc'));
    expect(problems).toEqual([]);
    expect(articles[0].data.title).toBe('飞来峡镇：小茶叶做成富民大产业');
    // No ASCII in the name: the article (and its pictures) take the date's name.
    expect(articles[0].path.endsWith('article-2024-03-08.md')).toBe(true);
    expect(articles[0].lines).toContain('![茶农在飞来峡镇的生态茶园里采摘春茶。](images/article-2024-03-08-1.jpg "陈晓 摄")');
  });
});

describe('import: office files that are no .docx', () => {
  it('refuses .doc, .wps, PDF and RTF by their bytes, saying how to make a .docx', async () => {
    const dir = tempDir('docx-refused');
    const files: Record<string, Buffer> = {
      'old.doc': oleFile('WordDocument'),
      'old.wps': oleFile('WordDocument'),
      'scan.pdf': Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n', 'latin1'),
      // A PDF named like a text file is still a PDF.
      'notice.txt': Buffer.from('%PDF-1.4\n', 'latin1'),
      'letter.rtf': Buffer.from('{\\rtf1\\ansi\\ansicpg936 {\\fonttbl}}', 'latin1'),
    };
    for (const [name, bytes] of Object.entries(files)) writeFileSync(join(dir, name), bytes);
    const { problems, articles } = await run(...Object.keys(files).map((name) => join(dir, name)));
    expect(articles).toEqual([]);
    const [doc, wps, pdf, txt, rtf] = problems;
    expect(doc).toMatch(/old\.doc:1:1 {2}错误 {2}这是旧版 Word 文档（\.doc）.*文件 → 另存为.*Word 文档\(\*\.docx\).* {2}import-unsupported-format$/);
    expect(wps).toMatch(/old\.wps:1:1 {2}错误 {2}这是 WPS 文字的旧格式（\.wps）.*用 WPS 打开.*文件 → 另存为.*\.docx.* {2}import-unsupported-format$/);
    expect(pdf).toMatch(/scan\.pdf:1:1 {2}错误 {2}这是 PDF 文件.*原始的 Word 文件.*WPS 或 Word 打开.*另存为 \.docx.* {2}import-unsupported-format$/);
    expect(txt).toMatch(/notice\.txt:1:1 {2}错误 {2}这是 PDF 文件.* {2}import-unsupported-format$/);
    expect(rtf).toMatch(/letter\.rtf:1:1 {2}错误 {2}这是 RTF 文件.* {2}import-unsupported-format$/);
  });

  it('reports a locked, a broken and an empty .docx as located errors, never as internal failures', async () => {
    const dir = tempDir('docx-broken');
    const noDocument = new JSZip();
    noDocument.file('hello', 'Hello world\n');
    writeFileSync(join(dir, 'no-document.docx'), await noDocument.generateAsync({ type: 'nodebuffer' }));
    writeFileSync(join(dir, 'cut-off.docx'), readFileSync(join(DOCX, 'county-brief-word.docx')).subarray(0, 3000));
    writeFileSync(join(dir, 'empty.docx'), '');
    writeFileSync(join(dir, 'locked.docx'), oleFile('EncryptedInfo', 'EncryptedPackage'));
    const bad = new JSZip();
    bad.file('word/document.xml', '<w:document><w:body><w:p>');
    writeFileSync(join(dir, 'bad-xml.docx'), await bad.generateAsync({ type: 'nodebuffer' }));
    const names = ['no-document.docx', 'cut-off.docx', 'empty.docx', 'locked.docx', 'bad-xml.docx'];
    const { problems, articles } = await run(...names.map((name) => join(dir, name)));
    expect(articles).toEqual([]);
    expect(problems).toHaveLength(names.length);
    for (const [i, line] of problems.entries()) expect(line).toMatch(new RegExp(`${names[i].replace('.', '\\.')}:1:1 {2}错误 {2}.+ {2}import-unreadable$`));
    expect(problems[0]).toContain('里面没有 Word 正文 word/document.xml');
    expect(problems[1]).toContain('文件不完整或已损坏');
    expect(problems[2]).toContain('不是 .docx 的格式');
    expect(problems[3]).toContain('设了打开密码');
    expect(problems[4]).toContain('里面的 Word 内容有错');
  });

  it('leaves files that are no office file to the text reader', async () => {
    const dir = tempDir('docx-text');
    writeFileSync(join(dir, 'note.txt'), '春耕备耕忙\n清远各地农民抓住晴好天气开展春耕生产，田野里处处是忙碌的身影。\n');
    const { problems, articles } = await run(join(dir, 'note.txt'), join(dir, 'missing.docx'));
    expect(articles.map((a) => a.data.title)).toEqual(['春耕备耕忙']);
    expect(problems).toEqual([expect.stringMatching(/missing\.docx:1:1 {2}错误 {2}没有这个文件.* {2}import-unreadable$/)]);
    expect(existsSync(join(dir, 'missing.docx'))).toBe(false);
  });
});

describe('import: what Word and WPS write differently', () => {
  it('takes the East Asian font where mammoth looks for a font', () => {
    expect(eastAsiaFirst('<w:rFonts w:ascii="Times New Roman" w:eastAsia="黑体" w:hAnsi="Times New Roman"/>')).toBe('<w:rFonts w:ascii="黑体" w:eastAsia="黑体" w:hAnsi="Times New Roman"/>');
    expect(eastAsiaFirst('<w:rFonts w:hint="eastAsia" w:eastAsia="黑体"/>')).toBe('<w:rFonts w:ascii="黑体" w:hint="eastAsia" w:eastAsia="黑体"/>');
    expect(eastAsiaFirst('<w:rFonts w:ascii="Arial" w:eastAsiaTheme="minorEastAsia"/>')).toBe('<w:rFonts w:ascii="Arial" w:eastAsiaTheme="minorEastAsia"/>');
  });

  it('resolves sizes, bold and fonts through styles, with or without document defaults', () => {
    const word = readStyles(
      '<w:styles><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:eastAsia="仿宋_GB2312"/><w:sz w:val="32"/></w:rPr></w:rPrDefault></w:docDefaults>' +
        '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>' +
        '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:jc w:val="center"/></w:pPr><w:rPr><w:b/><w:bCs/><w:sz w:val="44"/></w:rPr></w:style></w:styles>',
    );
    expect(word.paragraph(null)).toEqual({ size: 16, bold: undefined, font: '仿宋_GB2312', align: undefined });
    expect(word.paragraph('Heading1')).toEqual({ size: 22, bold: true, font: '仿宋_GB2312', align: 'center' });
    expect(word.name('Heading1')).toBe('heading 1');
    // WPS: no size in the defaults, the Normal style (id 1) has it; a character style sets only what it says.
    const wps = readStyles(
      '<w:styles><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:eastAsia="宋体"/></w:rPr></w:rPrDefault><w:pPrDefault/></w:docDefaults>' +
        '<w:style w:type="paragraph" w:default="1" w:styleId="1"><w:name w:val="Normal"/><w:rPr><w:sz w:val="21"/><w:szCs w:val="24"/></w:rPr></w:style>' +
        '<w:style w:type="character" w:styleId="6"><w:name w:val="Strong"/><w:rPr><w:b w:val="1"/></w:rPr></w:style>' +
        '<w:style w:type="character" w:styleId="7"><w:name w:val="Plain"/><w:rPr><w:b w:val="0"/></w:rPr></w:style></w:styles>',
    );
    expect(wps.paragraph(undefined)).toMatchObject({ size: 10.5, font: '宋体' });
    expect(wps.character('6')).toEqual({ size: undefined, bold: true, font: undefined, align: undefined });
    expect(wps.character('7').bold).toBe(false);
    expect(readStyles(undefined).paragraph(null)).toEqual({ size: undefined, bold: undefined, font: undefined, align: undefined });
  });
});
