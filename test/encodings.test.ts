/**
 * Text in the encodings an editor's files and clippings come in — UTF-8, GBK,
 * Big5, UTF-16 — read right, from a declared charset or by detection, by the
 * one decoder the content loader and `yuebao import` share
 * (src/content/read-text.ts). Fast and in-process; the fixtures' bytes are
 * made here (test/legacy-bytes.ts).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { readContentText } from '../src/content/read-content.ts';
import { decodeText, declaredCharset } from '../src/content/read-text.ts';
import { setLang } from '../src/i18n/index.ts';
import { decode, readClipping } from '../src/import/read-clipping.ts';
import { ClippingError } from '../src/import/types.ts';
import { legacyBytes } from './legacy-bytes.ts';

setLang('zh');

/** About 300 characters of Traditional Chinese news, as a Hong Kong partner sends it. */
const BIG5_ARTICLE = `港澳青年赴大灣區創業 粵港合作再添新動力

本報訊（記者 陳嘉欣）為進一步推動粵港澳大灣區青年交流合作，香港特區政府民政及青年事務局日前聯同廣東省有關部門，組織五十多名港澳青年創業者赴廣州、清遠兩地考察，了解內地創業扶持政策和營商環境。

考察團先後參觀了廣州南沙粵港澳青年創業基地、清遠廣清產業園等地。在創業基地，團員們與已在內地落戶的港澳青年企業家座談交流，聽取他們在註冊公司、申請資助、招聘人才等方面的經驗。

「以前總覺得到內地創業手續繁複，今次親身走訪，發現很多事情都可以在網上辦理，效率比想像中高得多。」來自香港的團員李先生說。
`;

/** A simplified-Chinese article as old Notepad saves it. */
const GBK_ARTICLE = `惊蛰过后，英德各地茶园陆续开采春茶。3月10日，在英德市英红镇的一处茶园里，采茶工们背着竹篓在茶垄间穿行，指尖翻飞，一芽一叶的嫩梢被轻轻摘下。

“今年开春气温回升快，头春茶比去年早了一个星期，品质也不错。”茶园负责人介绍，春茶开采没几天，已经有广州的茶叶经销商和连锁茶饮企业上门看样订货。
`;

/** A county government's news page: a long ASCII head, navigation, two short paragraphs. */
const govPage = (meta: string) => `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head>${meta}
<title>连南县召开2024年春季森林防火工作会议_连南瑶族自治县人民政府</title>
<link href="/css/style.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/js/jquery-1.8.3.min.js"></script>
</head><body>
<div class="top"><a href="/">首页</a> | <a href="/zwgk/">政务公开</a> | <a href="/bsfw/">办事服务</a></div>
<div class="content"><h1>连南县召开2024年春季森林防火工作会议</h1>
<div class="info">发布时间：2024-03-05 来源：连南县林业局</div>
<p>3月4日，连南县召开2024年春季森林防火工作会议，总结去年森林防火工作，部署今年春季森林防火任务。</p>
<p>会议强调，各镇、各有关部门要压实责任，加强野外火源管控，做好清明期间祭祀用火的宣传引导和巡查工作。</p>
</div><div class="foot">版权所有：连南瑶族自治县人民政府 粤ICP备05012345号</div></body></html>
`;

/** A Hong Kong press release page. */
const hkPage = (meta: string) => `<html><head>${meta}<title>政府新聞公報</title></head><body>
<h1>港澳青年赴大灣區創業</h1>
<p>${BIG5_ARTICLE.split('\n\n').slice(1).join('</p>\n<p>')}</p>
</body></html>
`;

/** The GBK article in UTF-8, with a stray byte before 茶园负责人 and one before 广州 (a bad copy out of a PDF). */
const twoBrokenBytes = () => {
  const text = Buffer.from(GBK_ARTICLE);
  const [first, second] = [text.indexOf('茶园负责人'), text.indexOf('广州')];
  return Buffer.concat([text.subarray(0, first), Buffer.from([0xff]), text.subarray(first, second), Buffer.from([0xfe]), text.subarray(second)]);
};

const utf16 = (text: string, order: 'le' | 'be', bom: boolean) => {
  const bytes = Buffer.from((bom ? '\uFEFF' : '') + text, 'utf16le');
  return order === 'be' ? bytes.swap16() : bytes;
};

describe('decodeText: which encoding, and the text right', () => {
  it.each([
    ['a 300-character Traditional Chinese article in Big5', legacyBytes('big5', BIG5_ARTICLE), BIG5_ARTICLE, 'big5'],
    ['a simplified article in GBK', legacyBytes('gbk', GBK_ARTICLE), GBK_ARTICLE, 'gb18030'],
    ['Traditional characters in GBK (GBK has them too)', legacyBytes('gbk', BIG5_ARTICLE), BIG5_ARTICLE, 'gb18030'],
    ['a GBK page with <meta http-equiv content-type charset=gb2312>', legacyBytes('gbk', govPage('<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />')), undefined, 'gb18030'],
    ['a GBK page with no meta charset', legacyBytes('gbk', govPage('')), govPage(''), 'gb18030'],
    ['a GBK page that says it is UTF-8', legacyBytes('gbk', govPage('<meta charset="utf-8">')), govPage('<meta charset="utf-8">'), 'gb18030'],
    ['a GBK page served as ISO-8859-1', legacyBytes('gbk', govPage('<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">')), undefined, 'gb18030'],
    ['a Big5 page with <meta charset=big5>', legacyBytes('big5', hkPage('<meta charset="big5">')), hkPage('<meta charset="big5">'), 'big5'],
    ['a Big5 page with no meta charset', legacyBytes('big5', hkPage('')), hkPage(''), 'big5'],
    ['a Big5 page that says it is UTF-8', legacyBytes('big5', hkPage('<meta charset="UTF-8">')), hkPage('<meta charset="UTF-8">'), 'big5'],
    ['an XHTML page declaring GBK in its XML declaration', legacyBytes('gbk', `<?xml version="1.0" encoding="GBK"?>\n${govPage('')}`), undefined, 'gb18030'],
    ['UTF-8 re-saved from a GBK page, its meta still saying gb2312', Buffer.from(govPage('<meta charset="gb2312">')), govPage('<meta charset="gb2312">'), 'utf-8'],
    ['UTF-16 LE with a byte order mark', utf16(GBK_ARTICLE, 'le', true), GBK_ARTICLE, 'utf-16'],
    ['UTF-16 BE with a byte order mark', utf16(GBK_ARTICLE, 'be', true), GBK_ARTICLE, 'utf-16'],
    ['UTF-16 LE without a byte order mark', utf16(GBK_ARTICLE, 'le', false), GBK_ARTICLE, 'utf-16'],
    ['UTF-16 BE without a byte order mark', utf16(GBK_ARTICLE, 'be', false), GBK_ARTICLE, 'utf-16'],
    ['UTF-8 with a byte order mark', Buffer.from(`\uFEFF${GBK_ARTICLE}`), GBK_ARTICLE, 'utf-8'],
  ] as const)('%s', (_, bytes, text, encoding) => {
    const decoded = decodeText(bytes);
    expect(decoded.encoding).toBe(encoding);
    expect(decoded.broken).toBe(0);
    if (text) expect(decoded.text).toBe(text);
    else expect(decoded.text).toContain('连南县召开2024年春季森林防火工作会议');
  });

  it('keeps UTF-8 with two broken bytes UTF-8, the two marked', () => {
    const decoded = decodeText(twoBrokenBytes());
    expect(decoded).toMatchObject({ encoding: 'utf-8', broken: 2 });
    expect(decoded.text.replaceAll('\uFFFD', '')).toBe(GBK_ARTICLE);
  });

  it('keeps UTF-8 UTF-8 when a broken byte cuts a character', () => {
    const bytes = Buffer.from(GBK_ARTICLE);
    bytes[bytes.indexOf('茶园负责人')] = 0xff;
    const decoded = decodeText(bytes);
    expect(decoded).toMatchObject({ encoding: 'utf-8', broken: 3 });
    expect(decoded.text).toContain('“今年开春气温回升快，头春茶比去年早了一个星期');
  });

  it('reads a GBK file with a stray byte as GBK, the byte marked', () => {
    const bytes = Buffer.concat([legacyBytes('gbk', GBK_ARTICLE), Buffer.from([0xff, 0x0a])]);
    const decoded = decodeText(bytes);
    expect(decoded).toMatchObject({ encoding: 'gb18030', broken: 1 });
    expect(decoded.text.replace('\uFFFD', '')).toBe(`${GBK_ARTICLE}\n`);
  });

  it('tells short GBK and Big5 lines apart: headlines, a front matter, a section heading', () => {
    const pairs = [
      ['关于做好春耕生产工作的通知', '關於做好春耕生產工作的通知'],
      ['广州对口帮扶协作清远指挥部', '廣州對口幫扶協作清遠指揮部'],
      ['粤港澳大湾区建设', '粵港澳大灣區建設'],
      ['title: 英德春茶开采\nsource: 南方日报\n', 'title: 英德春茶開採\nsource: 南方日報\n'],
      ['一、总体要求', '一、總體要求'],
      ['中国人民', '中國人民'],
    ];
    for (const [simplified, traditional] of pairs) {
      expect(decodeText(legacyBytes('gbk', simplified))).toMatchObject({ encoding: 'gb18030', text: simplified });
      expect(decodeText(legacyBytes('big5', traditional))).toMatchObject({ encoding: 'big5', text: traditional });
    }
  });

  it('reads the Hong Kong characters of Big5-HKSCS (Node’s Big5 has them not)', () => {
    // 「深水埗街坊話啲嘢」: 埗 0x96F5, 啲 0x9DF8, 嘢 0x9DCF are HKSCS, the rest plain Big5.
    const hk = `${BIG5_ARTICLE}\n`;
    const line = Buffer.from('a1 75 b2 60 a4 f4 96 f5 b5 f3 a7 7b b8 dc 9d f8 9d cf a1 76'.replace(/ /g, ''), 'hex');
    const decoded = decodeText(Buffer.concat([legacyBytes('big5', hk), line]));
    expect(decoded).toMatchObject({ encoding: 'big5', broken: 0 });
    expect(decoded.text).toBe(`${hk}「深水埗街坊話啲嘢」`);
  });

  it('names another legacy encoding it finds (Shift_JIS)', () => {
    const japanese = '広州市と清遠市は、農産物の販売や観光の分野で協力を強めている。今年の春には、茶の産地を訪れるツアーが始まり、多くの観光客が集まった。';
    expect(decodeText(legacyBytes('shift_jis', japanese))).toMatchObject({ encoding: 'other', label: 'shift_jis', text: japanese });
  });

  it('refuses bytes that are no text', () => {
    const zip = Buffer.concat([Buffer.from('PK\u0003\u0004\u0014\u0000\u0006\u0000', 'latin1'), Buffer.alloc(64, 0x41), Buffer.from([0, 0, 0x12, 0, 0, 0x9c])]);
    expect(decodeText(zip).encoding).toBe('binary');
  });

  it('finds the charset a page declares', () => {
    const declared = (head: string) => declaredCharset(Buffer.from(head));
    expect(declared('<meta charset="gb2312">')).toBe('gb2312');
    expect(declared("<META HTTP-EQUIV='Content-Type' CONTENT='text/html; charset=big5'>")).toBe('big5');
    expect(declared('<meta content="text/html; charset=GBK" http-equiv="Content-Type">')).toBe('GBK');
    expect(declared('<?xml version="1.0" encoding="gb18030"?><html>')).toBe('gb18030');
    expect(declared('<p>the page says charset=gbk in its text</p>')).toBeUndefined();
  });
});

describe('yuebao import reads clippings in any of them', () => {
  const dir = mkdtempSync(join(tmpdir(), 'encodings-'));
  const write = (name: string, bytes: Uint8Array) => {
    const path = join(dir, name);
    writeFileSync(path, bytes);
    return path;
  };

  it('a Big5 .txt article', async () => {
    expect(await readClipping(write('hk-youth.txt', legacyBytes('big5', BIG5_ARTICLE)))).toEqual({ kind: 'text', text: BIG5_ARTICLE });
  });

  it('a GBK page without a meta charset, and one that says UTF-8', async () => {
    for (const meta of ['', '<meta charset="utf-8">']) {
      const clipping = await readClipping(write('liannan.html', legacyBytes('gbk', govPage(meta))));
      expect(clipping).toEqual({ kind: 'html', text: govPage(meta) });
    }
  });

  it('a Big5 page with its meta charset', async () => {
    const page = hkPage('<meta http-equiv="Content-Type" content="text/html; charset=big5">');
    expect(await readClipping(write('hk.htm', legacyBytes('big5', page)))).toEqual({ kind: 'html', text: page });
  });

  it('a UTF-16 .txt without a byte order mark', async () => {
    expect(await readClipping(write('notes.txt', utf16(GBK_ARTICLE, 'le', false)))).toEqual({ kind: 'text', text: GBK_ARTICLE });
  });

  it('refuses a Word document', () => {
    const docx = Buffer.concat([Buffer.from('PK\u0003\u0004\u0014\u0000\u0006\u0000[Content_Types].xml', 'latin1'), Buffer.alloc(200)]);
    expect(() => decode(docx)).toThrow(ClippingError);
  });
});

describe('the content loader reads them, and says what it found', () => {
  const dir = mkdtempSync(join(tmpdir(), 'encodings-'));
  const load = async (bytes: Uint8Array) => {
    const path = join(dir, 'article.md');
    writeFileSync(path, bytes);
    const file = new VFile({ path });
    const text = await readContentText({ file, path, namedIn: file, advice: '' });
    return { text, messages: file.messages.map((m) => ({ line: m.line, column: m.column, rule: m.ruleId, reason: m.reason })) };
  };
  const article = `---\ntitle: 港澳青年赴大灣區創業\nsource: 文匯報\ndate: 2024-03-12\n---\n\n${BIG5_ARTICLE.split('\n\n').slice(1).join('\n\n')}`;

  it('a Big5 article: its text, and a warning naming Big5', async () => {
    const { text, messages } = await load(legacyBytes('big5', article));
    expect(text).toBe(article);
    expect(messages).toEqual([{ line: 1, column: 1, rule: 'encoding', reason: expect.stringMatching(/Big5.*繁体中文/) }]);
  });

  it('a GBK article with a stray byte: a GBK warning, and one where the byte was', async () => {
    const { text, messages } = await load(Buffer.concat([legacyBytes('gbk', GBK_ARTICLE), Buffer.from([0xff, 0x0a])]));
    expect(text).toBe(`${GBK_ARTICLE}\n`);
    expect(messages).toEqual([
      { line: 1, column: 1, rule: 'encoding', reason: expect.stringMatching(/GBK/) },
      { line: 4, column: 1, rule: 'encoding', reason: expect.stringMatching(/编码不明/) },
    ]);
  });

  it('a UTF-8 article with two broken bytes: no encoding named, the first broken byte located', async () => {
    const { text, messages } = await load(twoBrokenBytes());
    expect(text).toBe(GBK_ARTICLE);
    expect(messages).toEqual([{ line: 3, column: 32, rule: 'encoding', reason: expect.stringMatching(/编码不明/) }]);
  });

  it('a Shift_JIS article: a warning naming the encoding', async () => {
    const { messages } = await load(legacyBytes('shift_jis', '広州市と清遠市は、農産物の販売や観光の分野で協力を強めている。今年の春には、茶の産地を訪れるツアーが始まった。'));
    expect(messages).toEqual([{ line: 1, column: 1, rule: 'encoding', reason: expect.stringContaining('`shift_jis`') }]);
  });
});
