/**
 * Our own corpus of bad and awkward inputs: each case is the sample content
 * (content/: issues 2024-03 and 2024-04) with ONE planted problem, and what
 * the build must say about it. test/bad-inputs.test.ts runs them all through
 * the real build.
 *
 * Bad cases must stop the build with a located, Chinese message; awkward
 * cases (odd but legitimate: a GBK file, CRLF, 2024年3月7日 …) must build,
 * with the warnings listed and their text printed un-garbled.
 *
 * Paths are relative to the content root. Line numbers are those of the
 * sample files (see content/2024-04/issue.md: line 12 is
 * `      - focus/quarter-projects.md`, line 23 `    briefs: briefs.md`).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { FIXTURES } from '../helpers.ts';
import { legacyBytes } from '../legacy-bytes.ts';
import { docxBytes, gbk, utf16, type Plant } from './plant.ts';

export type CaseClass = 'yaml' | 'schema' | 'files' | 'images' | 'numbering' | 'make-up' | 'encoding' | 'example-text';

export interface Expected {
  rule: string;
  /** Relative to the content root; the message's file path must end with it. */
  file: string;
  /** The message's line; null: the message is about a file that is not there (no line to point at). */
  line: number | null;
  column?: number;
  severity: 'error' | 'warning';
  /** A Chinese phrase of the message. */
  text: RegExp;
}

interface CaseBase {
  name: string;
  class: CaseClass;
  plant: Plant[];
  /** What is built, relative to the content root (default: the whole root). */
  path?: string;
  strict?: boolean;
  /** Known bug, left in as `it.fails`: why. */
  fails?: string;
}

export interface BadCase extends CaseBase {
  expect: Expected & { ok?: false; also?: Expected[] };
}

export interface OkCase extends CaseBase {
  expect: {
    ok: true;
    /** Warnings that must be there: rule ids, or a rule with its place and text. */
    warnings?: (string | Partial<Expected> & { rule: string })[];
    /** Text that must appear in out/print/<issue>/index.html. */
    printed?: RegExp;
    /** The issue folder whose print HTML is read (default 2024-04). */
    issue?: string;
    /** No message at all, not even a warning. */
    quiet?: true;
    /** Replacement characters (�) the print HTML may hold: a byte no encoding can read is printed so, and warned about. */
    garbled?: number;
  };
}

export type Case = BadCase | OkCase;

const ISSUE = '2024-04/issue.md';
const QUARTER = '2024-04/focus/quarter-projects.md';
const VISIT = '2024-04/focus/guangzhou-visit.md';
const TEA = '2024-04/villages/spring-tea.md';
const TEXTILE = '2024-04/zone/textile-park.md';
const PUBLICATION = 'publication.yml';
const PHOTO = '2024-04/images/quarter-site.jpg';
const PHOTO_REF = '../images/quarter-site.jpg';

/** A real iPhone photo (test/fixtures/photos/README.md). */
const IPHONE_HEIC = join(FIXTURES, 'photos', 'phone-park.heic');

/** The tea article as a Hong Kong partner would send it: in Traditional characters, Big5. */
const TEA_TRADITIONAL = `---
title: 英德春茶開採 廣州採購商上門訂貨
source: 南方日報
date: 2024-03-12
---

驚蟄過後，英德各地茶園陸續開採春茶。3月10日，在英德市英紅鎮的一處茶園裡，採茶工們背著竹簍在茶壟間穿行，指尖翻飛，一芽一葉的嫩梢被輕輕摘下。茶園旁的加工廠裡，萎凋、揉捻、發酵等工序同步進行，空氣中瀰漫著清新的茶香。

「今年開春氣溫回升快，頭春茶比去年早了一個星期，品質也不錯。」茶園負責人介紹，春茶開採沒幾天，已經有廣州的茶葉經銷商和連鎖茶飲企業上門看樣訂貨，預訂量比去年同期增長約三成。

近年來，在廣州對口幫扶協作的推動下，英德紅茶加快「出山入灣」步伐。廣清指揮部駐英德工作隊聯合廣州組團幫扶單位，在廣州舉辦英德紅茶品鑒推介活動，組織茶企參加廣州茶博會等展會，並引導廣州茶飲品牌到英德建立原料基地。2023年，經各類幫扶渠道銷往大灣區的英德紅茶超過800噸。

駐英德工作隊負責人表示，今年將繼續支持茶企開展標準化茶園建設和加工設備升級，推動茶產業與研學旅遊、鄉村民宿融合發展，讓一片葉子帶動更多茶農增收致富。`;
/** 「香港深水埗的茶行也派人來訂貨。」in Big5-HKSCS: 埗 (0x96F5) is a Hong Kong character, not in plain Big5. */
const HK_CHARACTERS = Buffer.concat([legacyBytes('big5', '香港深水'), Buffer.from([0x96, 0xf5]), legacyBytes('big5', '的茶行也派人來訂貨。\n')]);

const read = (root: string, path: string) => readFileSync(join(root, path));
const readText = (root: string, path: string) => readFileSync(join(root, path), 'utf8');

export const cases: Case[] = [
  // ── YAML: what a Chinese input method and a word processor type ──────────
  {
    name: 'full-width colon after title',
    class: 'yaml',
    plant: [{ edit: QUARTER, find: 'title: ', replace: 'title：' }],
    expect: { rule: 'yaml-fullwidth-colon', file: QUARTER, line: 2, column: 1, severity: 'error', text: /全角冒号/ },
  },
  {
    name: 'full-width colon after a nested key (cover caption)',
    class: 'yaml',
    plant: [{ edit: ISSUE, find: '  caption: ', replace: '  caption：' }],
    expect: { rule: 'yaml-fullwidth-colon', file: ISSUE, line: 7, column: 3, severity: 'error', text: /“caption”后面用了全角冒号/ },
  },
  {
    name: 'full-width colon after a list item key (section title)',
    class: 'yaml',
    plant: [{ edit: ISSUE, find: '  - title: 简讯', replace: '  - title：简讯' }],
    expect: { rule: 'yaml-fullwidth-colon', file: ISSUE, line: 22, column: 5, severity: 'error', text: /全角冒号/ },
  },
  {
    name: 'full-width colon in publication.yml',
    class: 'yaml',
    plant: [{ edit: PUBLICATION, find: 'sponsor: ', replace: 'sponsor：' }],
    expect: { rule: 'yaml-fullwidth-colon', file: PUBLICATION, line: 2, column: 1, severity: 'error', text: /全角冒号/ },
  },
  {
    name: 'full-width space after the colon',
    class: 'yaml',
    plant: [{ edit: VISIT, find: 'title: ', replace: 'title:\u3000' }],
    expect: { rule: 'yaml-fullwidth-colon', file: VISIT, line: 2, column: 1, severity: 'error', text: /全角空格/ },
  },
  {
    name: 'no space after the colon',
    class: 'yaml',
    plant: [{ edit: QUARTER, find: 'source: ', replace: 'source:' }],
    expect: { rule: 'yaml-no-space', file: QUARTER, line: 3, column: 1, severity: 'error', text: /缺一个空格/ },
  },
  {
    name: 'tab indent in the section list',
    class: 'yaml',
    plant: [{ edit: ISSUE, find: '      - focus/guangzhou-visit.md', replace: '\t- focus/guangzhou-visit.md' }],
    expect: { rule: 'yaml-tab', file: ISSUE, line: 13, column: 1, severity: 'error', text: /Tab 键缩进/ },
  },
  {
    name: 'unquoted value containing ": "',
    class: 'yaml',
    plant: [{ edit: VISIT, find: 'title: 广州市', replace: 'title: 调研: 广州市' }],
    expect: { rule: 'yaml-unquoted-colon', file: VISIT, line: 2, column: 1, severity: 'error', text: /会被当成新的键/ },
  },
  {
    name: 'missing closing quote',
    class: 'yaml',
    plant: [{ edit: QUARTER, find: 'title: ', replace: 'title: "' }],
    expect: { rule: 'yaml-unclosed-quote', file: QUARTER, line: 2, column: 8, severity: 'error', text: /没有配对的结束引号/ },
  },
  {
    name: 'list item indented one space short',
    class: 'yaml',
    plant: [{ edit: ISSUE, find: '      - focus/guangzhou-visit.md', replace: '     - focus/guangzhou-visit.md' }],
    expect: { rule: 'yaml-list-indent', file: ISSUE, line: 13, severity: 'error', text: /列表缩进不齐/ },
  },
  {
    name: 'list item indented one space too deep (YAML would read one item "a.md - b.md")',
    class: 'yaml',
    plant: [{ edit: ISSUE, find: '      - focus/guangzhou-visit.md', replace: '       - focus/guangzhou-visit.md' }],
    expect: { rule: 'yaml-list-indent', file: ISSUE, line: 13, column: 8, severity: 'error', text: /列表缩进不齐/ },
  },
  {
    name: 'a top-level key indented',
    class: 'yaml',
    plant: [{ edit: ISSUE, find: 'period: ', replace: '  period: ' }],
    expect: { rule: 'yaml-indent', file: ISSUE, line: 3, column: 3, severity: 'error', text: /缩进与上下文对不上/ },
  },
  {
    name: 'duplicate key',
    class: 'yaml',
    plant: [{ edit: QUARTER, find: 'featured: true', replace: 'featured: true\nsource: 南方日报' }],
    expect: { rule: 'yaml-duplicate-key', file: QUARTER, line: 6, column: 1, severity: 'error', text: /“source”写了两次/ },
  },
  {
    name: 'source list never closed',
    class: 'yaml',
    plant: [{ edit: TEA, find: 'source: 南方日报', replace: 'source: [南方日报, 广东乡村发展' }],
    expect: { rule: 'yaml-unclosed-bracket', file: TEA, line: 3, column: 1, severity: 'error', text: /没有配对的 \]/ },
  },
  {
    name: 'title starting with @',
    class: 'yaml',
    plant: [{ edit: VISIT, find: 'title: ', replace: 'title: @' }],
    expect: { rule: 'yaml-reserved-start', file: VISIT, line: 2, column: 8, severity: 'error', text: /值以“@”开头.*title: "@广州市/ },
  },
  {
    name: 'title starting with * (Markdown emphasis)',
    class: 'yaml',
    plant: [{ edit: VISIT, find: 'title: 广州市对口帮扶协作调研组', replace: 'title: *广州市*对口帮扶协作调研组' }],
    expect: { rule: 'yaml-reserved-start', file: VISIT, line: 2, column: 8, severity: 'error', text: /值以“\*”开头/ },
  },
  {
    name: 'source starting with &',
    class: 'yaml',
    plant: [{ edit: VISIT, find: 'source: 广清指挥部办公室', replace: 'source: &广清指挥部 办公室' }],
    expect: { rule: 'yaml-reserved-start', file: VISIT, line: 3, column: 9, severity: 'error', text: /值以“&”开头/ },
  },
  {
    name: 'title starting with "- "',
    class: 'yaml',
    plant: [{ edit: VISIT, find: 'title: ', replace: 'title: - ' }],
    expect: { rule: 'yaml-reserved-start', file: VISIT, line: 2, column: 8, severity: 'error', text: /值以“-”开头/ },
  },
  {
    name: 'title starting with a quoted phrase ("百千万工程"推进会)',
    class: 'yaml',
    plant: [{ edit: VISIT, find: 'title: 广州市对口帮扶协作调研组', replace: 'title: "百千万工程"广州市对口帮扶协作调研组' }],
    expect: { rule: 'yaml-text-after-quote', file: VISIT, line: 2, column: 8, severity: 'error', text: /" 后面还有文字.*title: '"百千万工程"广州市/ },
  },
  {
    name: 'title starting with [视频]',
    class: 'yaml',
    plant: [{ edit: VISIT, find: 'title: ', replace: 'title: [视频]' }],
    expect: { rule: 'yaml-text-after-quote', file: VISIT, line: 2, column: 8, severity: 'error', text: /\] 后面还有文字/ },
  },
  {
    name: 'an alias inside a flow list (the parser throws, not reports)',
    class: 'yaml',
    plant: [{ edit: TEA, find: 'source: 南方日报', replace: 'source: [南方日报, *广东乡村发展]' }],
    expect: { rule: 'yaml-reserved-start', file: TEA, line: 3, column: 16, severity: 'error', text: /值以“\*”开头/ },
  },
  {
    name: 'front matter never closed',
    class: 'yaml',
    plant: [{ edit: VISIT, find: 'date: 2024-03-14\n---\n', replace: 'date: 2024-03-14\n' }],
    expect: { rule: 'front-matter-unclosed', file: VISIT, line: 1, column: 1, severity: 'error', text: /没有结束/ },
  },
  {
    name: 'article without front matter',
    class: 'yaml',
    plant: [{ edit: TEXTILE, find: /^---\n[\s\S]*?\n---\n/, replace: '' }],
    expect: { rule: 'front-matter-missing', file: TEXTILE, line: 1, column: 1, severity: 'error', text: /这篇文章没有文件头/ },
  },
  {
    name: 'issue.md without front matter',
    class: 'yaml',
    plant: [{ edit: ISSUE, find: /^---\n[\s\S]*?\n---\n/, replace: '' }],
    expect: { rule: 'front-matter-missing', file: ISSUE, line: 1, column: 1, severity: 'error', text: /issue\.md 没有文件头/ },
  },
  {
    name: 'empty (0-byte) article',
    class: 'yaml',
    plant: [{ write: TEXTILE, text: '' }],
    expect: { rule: 'article-empty', file: TEXTILE, line: 1, column: 1, severity: 'error', text: /文件是空的/ },
  },
  {
    name: 'an article with a front matter and no text',
    class: 'yaml',
    plant: [{ write: TEXTILE, text: '---\ntitle: 纺织产业园招商\nsource: 清远日报\n---\n\n' }],
    expect: { ok: true, warnings: [{ rule: 'article-no-body', file: TEXTILE, text: /没有正文/ }] },
  },

  // ── Schema: the front matter parses, but says the wrong thing ────────────
  {
    name: 'missing title',
    class: 'schema',
    plant: [{ edit: QUARTER, find: /^title: .*\n/m, replace: '' }],
    expect: { rule: 'schema-invalid_type', file: QUARTER, line: 2, column: 1, severity: 'error', text: /文章的文件头缺少 `title`/ },
  },
  {
    name: 'empty title',
    class: 'schema',
    plant: [{ edit: QUARTER, find: /^title: .*$/m, replace: 'title:' }],
    expect: { rule: 'schema-invalid_type', file: QUARTER, line: 2, severity: 'error', text: /`title` 应是文字/ },
  },
  {
    name: 'front matter that is a sentence, not keys',
    class: 'schema',
    plant: [{ edit: TEXTILE, find: /^---\n[\s\S]*?\n---\n/, replace: '---\n广清纺织服装产业园首批企业试产\n---\n' }],
    expect: { rule: 'schema', file: TEXTILE, line: 2, column: 1, severity: 'error', text: /应是一行一个的/ },
  },
  {
    name: 'bad date',
    class: 'schema',
    plant: [{ edit: QUARTER, find: 'date: 2024-03-29', replace: 'date: 2024-13-29' }],
    expect: { rule: 'schema-invalid_format', file: QUARTER, line: 4, column: 7, severity: 'error', text: /日期请写成 年-月-日/ },
  },
  {
    name: 'a day that does not exist (30 February)',
    class: 'schema',
    plant: [{ edit: VISIT, find: 'date: 2024-03-14', replace: 'date: 2024-02-30' }],
    expect: { rule: 'schema-custom', file: VISIT, line: 4, column: 7, severity: 'error', text: /日历上没有这一天/ },
  },
  {
    name: 'bad period',
    class: 'schema',
    plant: [{ edit: ISSUE, find: 'period: 2024-03', replace: 'period: 2024年第一季度' }],
    expect: { rule: 'schema-invalid_format', file: ISSUE, line: 3, column: 9, severity: 'error', text: /月份请写成 年-月/ },
  },
  {
    name: 'year not a number',
    class: 'schema',
    plant: [{ edit: ISSUE, find: 'year: 2024', replace: 'year: 二〇二四' }],
    expect: { rule: 'schema-invalid_type', file: ISSUE, line: 2, column: 7, severity: 'error', text: /`year` 应是数字/ },
  },
  {
    name: 'year of two digits',
    class: 'schema',
    plant: [{ edit: ISSUE, find: 'year: 2024', replace: 'year: 24' }],
    expect: { rule: 'schema-too_small', file: ISSUE, line: 2, column: 7, severity: 'error', text: /不能小于 1900/ },
  },
  {
    name: 'issue number with a fraction',
    class: 'schema',
    plant: [{ edit: '2024-03/issue.md', find: 'number: 3', replace: 'number: 3.5' }],
    expect: { rule: 'schema-invalid_type', file: '2024-03/issue.md', line: 3, column: 9, severity: 'error', text: /`number` 应是整数/ },
  },
  {
    name: 'section without articles or briefs',
    class: 'schema',
    plant: [{ edit: ISSUE, find: '    briefs: briefs.md\n', replace: '' }],
    expect: { rule: 'schema-custom', file: ISSUE, line: 22, column: 5, severity: 'error', text: /栏目要有/ },
  },
  {
    name: 'empty sections',
    class: 'schema',
    plant: [{ edit: ISSUE, find: /^sections:\n[\s\S]*?(?=^---)/m, replace: 'sections: []\n' }],
    expect: { rule: 'schema-too_small', file: ISSUE, line: 9, column: 11, severity: 'error', text: /至少要有 1 项/ },
  },
  {
    name: 'articles written as one path, not a list',
    class: 'schema',
    plant: [{ edit: ISSUE, find: '    articles:\n      - focus/quarter-projects.md\n      - focus/guangzhou-visit.md', replace: '    articles: focus/quarter-projects.md' }],
    expect: { rule: 'schema-invalid_type', file: ISSUE, line: 11, column: 15, severity: 'error', text: /应是列表/ },
  },
  {
    name: 'cover without image',
    class: 'schema',
    plant: [{ edit: ISSUE, find: '  image: images/cover.jpg\n', replace: '' }],
    expect: { rule: 'schema-invalid_type', file: ISSUE, line: 6, severity: 'error', text: /缺少 `cover\.image`/ },
  },
  {
    name: 'layout neither article nor photos',
    class: 'schema',
    plant: [{ edit: TEXTILE, find: 'date: 2024-03-22', replace: 'date: 2024-03-22\nlayout: gallery' }],
    expect: { rule: 'schema-invalid_value', file: TEXTILE, line: 5, column: 9, severity: 'error', text: /只能是 `article`、`photos` 之一/ },
  },
  {
    name: 'publication.yml without title',
    class: 'schema',
    plant: [{ edit: PUBLICATION, find: /^title: .*\n/, replace: '' }],
    expect: { rule: 'schema-invalid_type', file: PUBLICATION, line: 1, column: 1, severity: 'error', text: /publication\.yml缺少 `title`/ },
  },
  {
    name: 'publication.yml url without https://',
    class: 'schema',
    plant: [{ edit: PUBLICATION, find: 'url: https://example.gov.cn/yuebao/', replace: 'url: example.gov.cn/yuebao' }],
    expect: { rule: 'schema-invalid_format', file: PUBLICATION, line: 9, column: 6, severity: 'error', text: /要写完整的网址/ },
  },
  {
    name: 'issue-line without {total}',
    class: 'schema',
    plant: [{ edit: PUBLICATION, find: '（总第{total}期）', replace: '' }],
    expect: { rule: 'issue-line', file: PUBLICATION, line: 7, column: 13, severity: 'error', text: /里必须有 \{total\}/ },
  },

  // ── Files named in content ────────────────────────────────────────────────
  {
    name: 'article missing, with a did-you-mean',
    class: 'files',
    plant: [{ edit: ISSUE, find: '- focus/quarter-projects.md', replace: '- focus/quarter-project.md' }],
    expect: { rule: 'missing-file', file: ISSUE, line: 12, column: 9, severity: 'error', text: /找不到 focus\/quarter-project\.md：是不是 focus\/quarter-projects\.md？/ },
  },
  {
    name: 'article deleted',
    class: 'files',
    plant: [{ delete: '2024-04/zone/talent-apartment.md' }],
    expect: { rule: 'missing-file', file: ISSUE, line: 17, column: 9, severity: 'error', text: /找不到 zone\/talent-apartment\.md/ },
  },
  {
    name: 'briefs file missing',
    class: 'files',
    plant: [{ delete: '2024-04/briefs.md' }],
    expect: { rule: 'missing-file', file: ISSUE, line: 23, column: 13, severity: 'error', text: /找不到 briefs\.md/ },
  },
  {
    name: 'article path outside the content root',
    class: 'files',
    plant: [{ edit: ISSUE, find: '- focus/guangzhou-visit.md', replace: '- ../../outside.md' }],
    expect: { rule: 'path-outside-root', file: ISSUE, line: 13, column: 9, severity: 'error', text: /指到了内容文件夹外面/ },
  },
  {
    name: 'article with an absolute path',
    class: 'files',
    plant: [{ edit: ISSUE, find: '- focus/guangzhou-visit.md', replace: '- /etc/passwd' }],
    expect: { rule: 'path-outside-root', file: ISSUE, line: 13, column: 9, severity: 'error', text: /是绝对路径/ },
  },
  {
    name: 'article given as a web address',
    class: 'files',
    plant: [{ edit: ISSUE, find: '- focus/guangzhou-visit.md', replace: '- https://example.gov.cn/news/1.md' }],
    expect: { rule: 'path-outside-root', file: ISSUE, line: 13, column: 9, severity: 'error', text: /是网上的地址/ },
  },
  {
    name: 'issue.md names a folder as an article',
    class: 'files',
    plant: [{ edit: ISSUE, find: '- focus/guangzhou-visit.md', replace: '- focus' }],
    expect: { rule: 'missing-file', file: ISSUE, line: 13, column: 9, severity: 'error', text: /focus 是文件夹，不是文件/ },
  },
  {
    name: 'publication.yml missing',
    class: 'files',
    plant: [{ delete: PUBLICATION }],
    expect: { rule: 'missing-file', file: PUBLICATION, line: null, severity: 'error', text: /缺少 publication\.yml/ },
  },
  {
    name: 'publication.yml missing when one issue is built',
    class: 'files',
    path: '2024-04',
    plant: [{ delete: PUBLICATION }],
    expect: { rule: 'missing-file', file: PUBLICATION, line: null, severity: 'error', text: /缺少 publication\.yml/ },
  },

  // ── Images, the cover included ─────────────────────────────────────────────
  {
    name: 'missing image, with a did-you-mean',
    class: 'images',
    plant: [{ edit: QUARTER, find: PHOTO_REF, replace: '../images/quarter-sites.jpg' }],
    expect: { rule: 'missing-image', file: QUARTER, line: 12, column: 1, severity: 'error', text: /找不到图片 \.\.\/images\/quarter-sites\.jpg.*是不是 \.\.\/images\/quarter-site\.jpg？/ },
  },
  {
    name: 'image whose extension differs in case',
    class: 'images',
    plant: [{ write: '2024-04/images/quarter-site.JPG', bytes: (root) => read(root, PHOTO) }, { delete: PHOTO }],
    expect: { rule: 'missing-image', file: QUARTER, line: 12, column: 1, severity: 'error', text: /是不是 \.\.\/images\/quarter-site\.JPG？/ },
  },
  {
    name: 'missing image named by reference ([图][1] … [1]: path)',
    class: 'images',
    plant: [{ edit: QUARTER, find: `![广清产业园一季度集中动工项目现场](${PHOTO_REF} "林泽宇 摄")`, replace: '![广清产业园一季度集中动工项目现场][site]\n\n[site]: ../images/site.jpg "林泽宇 摄"' }],
    expect: { rule: 'missing-image', file: QUARTER, line: 12, column: 1, severity: 'error', text: /找不到图片 \.\.\/images\/site\.jpg/ },
  },
  {
    name: 'missing image inside a paragraph',
    class: 'images',
    plant: [{ edit: QUARTER, find: '在主会场，', replace: '在主会场（![](../images/map.png)），' }],
    expect: { rule: 'missing-image', file: QUARTER, line: 10, column: 6, severity: 'error', text: /找不到图片 \.\.\/images\/map\.png/ },
  },
  {
    name: 'missing image in the foreword',
    class: 'images',
    plant: [{ edit: ISSUE, find: /更不负韶华。\n$/, replace: '更不负韶华。\n\n![英德茶园](images/tea-garden.jpg)\n' }],
    expect: { rule: 'missing-image', file: ISSUE, line: 30, column: 1, severity: 'error', text: /找不到图片 images\/tea-garden\.jpg/ },
  },
  {
    name: 'missing image in the briefs',
    class: 'images',
    plant: [{ edit: '2024-04/briefs.md', find: '（广德园）\n', replace: '（广德园）\n\n![植树](images/trees.jpg)\n' }],
    expect: { rule: 'missing-image', file: '2024-04/briefs.md', line: 7, column: 1, severity: 'error', text: /找不到图片 images\/trees\.jpg/ },
  },
  {
    name: 'missing cover',
    class: 'images',
    plant: [{ delete: '2024-04/images/cover.jpg' }],
    expect: { rule: 'missing-image', file: ISSUE, line: 6, column: 10, severity: 'error', text: /找不到图片 images\/cover\.jpg/ },
  },
  {
    name: 'cover that is a folder',
    class: 'images',
    plant: [{ edit: ISSUE, find: 'image: images/cover.jpg', replace: 'image: images' }],
    expect: { rule: 'missing-image', file: ISSUE, line: 6, column: 10, severity: 'error', text: /图片 images 是一个文件夹/ },
  },
  {
    name: 'cover of 0 bytes',
    class: 'images',
    plant: [{ write: '2024-04/images/cover.jpg', text: '' }],
    expect: { rule: 'image-unreadable', file: ISSUE, line: 6, column: 10, severity: 'error', text: /空文件（0 字节）/ },
  },
  {
    name: '0-byte JPEG',
    class: 'images',
    plant: [{ write: PHOTO, text: '' }],
    expect: { rule: 'image-unreadable', file: QUARTER, line: 12, column: 1, severity: 'error', text: /空文件（0 字节）/ },
  },
  {
    name: 'truncated JPEG (first 3000 bytes)',
    class: 'images',
    plant: [{ truncate: PHOTO, bytes: 3000 }],
    expect: { rule: 'image-unreadable', file: QUARTER, line: 12, column: 1, severity: 'error', text: /已损坏或不完整/ },
  },
  {
    name: 'truncated cover JPEG',
    class: 'images',
    plant: [{ truncate: '2024-04/images/cover.jpg', bytes: 3000 }],
    expect: { rule: 'image-unreadable', file: ISSUE, line: 6, column: 10, severity: 'error', text: /已损坏或不完整/ },
  },
  {
    name: 'text file named .jpg',
    class: 'images',
    plant: [{ write: PHOTO, text: '照片见邮件附件，稍后补发。\n' }],
    expect: { rule: 'image-unreadable', file: QUARTER, line: 12, column: 1, severity: 'error', text: /其实不是图片（内容是文字）/ },
  },
  {
    name: 'HTML page named .jpg',
    class: 'images',
    plant: [{ write: PHOTO, text: '<!DOCTYPE html>\n<html><head><title>404</title></head><body>页面不存在</body></html>\n' }],
    expect: { rule: 'image-unreadable', file: QUARTER, line: 12, column: 1, severity: 'error', text: /内容是网页/ },
  },
  {
    name: 'PDF named .png',
    class: 'images',
    plant: [
      { write: '2024-04/images/quarter-site.png', text: '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n' },
      { edit: QUARTER, find: PHOTO_REF, replace: '../images/quarter-site.png' },
    ],
    expect: { rule: 'image-unreadable', file: QUARTER, line: 12, column: 1, severity: 'error', text: /内容是PDF 文档/ },
  },
  {
    name: 'TIFF photo',
    class: 'images',
    plant: [
      { write: '2024-04/images/quarter-site.tif', bytes: (root) => sharp(read(root, PHOTO)).resize(64).tiff().toBuffer() },
      { edit: QUARTER, find: PHOTO_REF, replace: '../images/quarter-site.tif' },
    ],
    expect: { rule: 'image-format', file: QUARTER, line: 12, column: 1, severity: 'error', text: /是 TIFF 格式，排版用不了/ },
  },
  {
    name: 'HEIC photo cut short (first 4000 bytes)',
    class: 'images',
    plant: [
      { write: '2024-04/images/phone-photo.heic', bytes: () => readFileSync(IPHONE_HEIC).subarray(0, 4_000) },
      { edit: QUARTER, find: PHOTO_REF, replace: '../images/phone-photo.heic' },
    ],
    expect: { rule: 'image-unreadable', file: QUARTER, line: 12, column: 1, severity: 'error', text: /phone-photo\.heic 已损坏或不完整/ },
  },
  {
    name: 'HEIC photo heic-decode does not take (an unknown brand)',
    class: 'images',
    plant: [
      { write: '2024-04/images/phone-photo.heic', bytes: () => Buffer.concat([readFileSync(IPHONE_HEIC).subarray(0, 8), Buffer.from('heim'), readFileSync(IPHONE_HEIC).subarray(12)]) },
      { edit: QUARTER, find: PHOTO_REF, replace: '../images/phone-photo.heic' },
    ],
    expect: { rule: 'image-format', file: QUARTER, line: 12, column: 1, severity: 'error', text: /是一种解不开的 HEIC 照片/ },
  },
  {
    name: 'image path outside the content root',
    class: 'images',
    plant: [{ edit: QUARTER, find: PHOTO_REF, replace: '../../../photo.jpg' }],
    expect: { rule: 'path-outside-root', file: QUARTER, line: 12, column: 1, severity: 'error', text: /指到了内容文件夹外面/ },
  },
  {
    name: 'image with an absolute path',
    class: 'images',
    plant: [{ edit: QUARTER, find: PHOTO_REF, replace: '/home/editor/photo.jpg' }],
    expect: { rule: 'path-outside-root', file: QUARTER, line: 12, column: 1, severity: 'error', text: /是绝对路径/ },
  },
  {
    name: 'remote image',
    class: 'images',
    plant: [{ edit: QUARTER, find: PHOTO_REF, replace: 'https://example.gov.cn/photo.jpg' }],
    expect: { rule: 'remote-image', file: QUARTER, line: 12, column: 1, severity: 'error', text: /是网上的地址/ },
  },

  // ── Numbering across the archive ──────────────────────────────────────────
  {
    name: 'two issues with the same total',
    class: 'numbering',
    plant: [{ edit: ISSUE, find: 'year: 2024', replace: 'year: 2024\ntotal: 134' }],
    expect: {
      rule: 'numbering-duplicate',
      file: ISSUE,
      line: 3,
      column: 8,
      severity: 'error',
      text: /期号重复：总第134期与 2024-03\/issue\.md 相同/,
      also: [{ rule: 'numbering-duplicate', file: '2024-03/issue.md', line: 4, column: 8, severity: 'error', text: /总第134期与 2024-04\/issue\.md 相同/ }],
    },
  },
  {
    name: 'two issues with the same year and number',
    class: 'numbering',
    plant: [{ edit: ISSUE, find: 'year: 2024', replace: 'year: 2024\nnumber: 3' }],
    expect: {
      rule: 'numbering-duplicate',
      file: ISSUE,
      line: 3,
      column: 9,
      severity: 'error',
      text: /〔2024〕第3期与 2024-03\/issue\.md 相同/,
      also: [{ rule: 'numbering-duplicate', file: '2024-03/issue.md', line: 3, column: 9, severity: 'error', text: /〔2024〕第3期与 2024-04\/issue\.md 相同/ }],
    },
  },

  // ── Encodings ───────────────────────────────────────────────────────────────
  {
    name: 'Word document (.docx bytes) named article.md',
    class: 'encoding',
    plant: [{ write: QUARTER, bytes: docxBytes() }],
    expect: { rule: 'encoding', file: QUARTER, line: 1, column: 1, severity: 'error', text: /不是文本/ },
  },
  {
    name: 'JPEG photo named .md',
    class: 'encoding',
    plant: [{ write: TEXTILE, bytes: (root) => read(root, PHOTO) }],
    expect: { rule: 'encoding', file: TEXTILE, line: 1, column: 1, severity: 'error', text: /不是文本/ },
  },
  {
    name: 'Word document named briefs.md',
    class: 'encoding',
    plant: [{ write: '2024-04/briefs.md', bytes: docxBytes(1500) }],
    expect: { rule: 'encoding', file: '2024-04/briefs.md', line: 1, column: 1, severity: 'error', text: /不是文本/ },
  },

  // ── yuebao new, left as it was written ───────────────────────────────────
  {
    name: 'untouched `yuebao new` issue with --strict',
    class: 'example-text',
    strict: true,
    plant: [{ yuebaoNew: true }],
    expect: {
      rule: 'example-text',
      file: '2024-05/example/example.md',
      line: 2,
      column: 8,
      severity: 'error',
      text: /示例文字.*用了 --strict/,
      also: [
        { rule: 'example-text', file: '2024-05/briefs.md', line: 1, severity: 'error', text: /这是一条示例简讯/ },
        { rule: 'example-text', file: '2024-05/issue.md', severity: 'error', line: 25, column: 1, text: /在这里写卷首语/ },
      ],
    },
  },

  // ── Awkward, not bad: these must build ───────────────────────────────────
  {
    name: 'GBK-encoded article',
    class: 'encoding',
    plant: [{ write: TEA, bytes: (root) => gbk(readText(root, TEA)) }],
    expect: { ok: true, warnings: [{ rule: 'encoding', file: TEA, line: 1, text: /GBK/ }], printed: /让一片叶子带动更多茶农增收致富/ },
  },
  {
    name: 'GBK-encoded issue.md (foreword and section titles)',
    class: 'encoding',
    plant: [{ write: ISSUE, bytes: (root) => gbk(readText(root, ISSUE)) }],
    expect: { ok: true, warnings: [{ rule: 'encoding', file: ISSUE, line: 1 }], printed: /春光正好，不负农时，更不负韶华。[\s\S]*百千万工程/ },
  },
  {
    name: 'GBK-encoded publication.yml',
    class: 'encoding',
    plant: [{ write: PUBLICATION, bytes: (root) => gbk(readText(root, PUBLICATION)) }],
    expect: { ok: true, warnings: [{ rule: 'encoding', file: PUBLICATION, line: 1 }], printed: /广清对口帮扶协作月报[\s\S]*广州对口帮扶协作清远指挥部/ },
  },
  {
    name: 'Big5-encoded article (Traditional Chinese, from a Hong Kong partner)',
    class: 'encoding',
    plant: [{ write: TEA, bytes: Buffer.concat([legacyBytes('big5', TEA_TRADITIONAL), HK_CHARACTERS]) }],
    expect: { ok: true, warnings: [{ rule: 'encoding', file: TEA, line: 1, text: /大五码/ }], printed: /英德春茶開採[\s\S]*讓一片葉子帶動更多茶農增收致富。香港深水埗的茶行/ },
  },
  {
    name: 'GBK-encoded article with a stray byte',
    class: 'encoding',
    plant: [{ write: TEA, bytes: (root) => Buffer.concat([gbk(readText(root, TEA)), Buffer.from([0xff, 0x0a])]) }],
    expect: {
      ok: true,
      warnings: [
        { rule: 'encoding', file: TEA, line: 1, text: /GBK/ },
        { rule: 'encoding', file: TEA, line: 14, text: /编码不明/ },
      ],
      printed: /让一片叶子带动更多茶农增收致富/,
      garbled: 0,
    },
  },
  {
    name: 'UTF-16 article with a byte order mark (little-endian)',
    class: 'encoding',
    plant: [{ write: TEA, bytes: (root) => utf16(readText(root, TEA), 'le') }],
    expect: { ok: true, warnings: [{ rule: 'encoding', file: TEA, text: /UTF-16/ }], printed: /让一片叶子带动更多茶农增收致富/ },
  },
  {
    name: 'UTF-16 article with a byte order mark (big-endian)',
    class: 'encoding',
    plant: [{ write: TEA, bytes: (root) => utf16(readText(root, TEA), 'be') }],
    expect: { ok: true, warnings: [{ rule: 'encoding', file: TEA, text: /UTF-16/ }], printed: /让一片叶子带动更多茶农增收致富/ },
  },
  {
    name: 'UTF-16 article without a byte order mark',
    class: 'encoding',
    plant: [{ write: TEA, bytes: (root) => utf16(readText(root, TEA), 'le', false) }],
    expect: { ok: true, warnings: [{ rule: 'encoding', file: TEA, text: /UTF-16/ }], printed: /让一片叶子带动更多茶农增收致富/ },
  },
  {
    name: 'UTF-16 big-endian article without a byte order mark',
    class: 'encoding',
    plant: [{ write: TEA, bytes: (root) => utf16(readText(root, TEA), 'be', false) }],
    expect: { ok: true, warnings: [{ rule: 'encoding', file: TEA, text: /UTF-16/ }], printed: /让一片叶子带动更多茶农增收致富/ },
  },
  {
    name: 'UTF-8 byte order mark on issue.md and an article',
    class: 'encoding',
    plant: [
      { write: ISSUE, bytes: (root) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), read(root, ISSUE)]) },
      { write: TEA, bytes: (root) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), read(root, TEA)]) },
    ],
    expect: { ok: true, quiet: true, printed: /英德春茶开采 广州采购商上门订货[\s\S]*让一片叶子带动更多茶农增收致富/ },
  },
  {
    name: 'UTF-8 byte order mark on publication.yml',
    class: 'encoding',
    plant: [{ write: PUBLICATION, bytes: (root) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), read(root, PUBLICATION)]) }],
    expect: { ok: true, quiet: true, printed: /广清对口帮扶协作月报/ },
  },
  {
    name: 'a stray byte that is neither UTF-8 nor GBK',
    class: 'encoding',
    plant: [{ write: TEA, bytes: (root) => Buffer.concat([read(root, TEA), Buffer.from([0xff, 0x0a])]) }],
    expect: { ok: true, warnings: [{ rule: 'encoding', file: TEA, text: /编码不明/ }], printed: /让一片叶子带动更多茶农增收致富/, garbled: 0 },
  },
  {
    name: 'CRLF line endings in issue.md and the articles',
    class: 'encoding',
    plant: [
      { edit: ISSUE, find: '\n', replace: '\r\n', all: true },
      { edit: TEA, find: '\n', replace: '\r\n', all: true },
      { edit: '2024-04/briefs.md', find: '\n', replace: '\r\n', all: true },
    ],
    expect: { ok: true, quiet: true, printed: /英德春茶开采 广州采购商上门订货[\s\S]*让一片叶子带动更多茶农增收致富/ },
  },
  {
    name: 'CRLF line endings in publication.yml',
    class: 'encoding',
    plant: [{ edit: PUBLICATION, find: '\n', replace: '\r\n', all: true }],
    expect: { ok: true, quiet: true, printed: /广清对口帮扶协作月报/ },
  },
  {
    name: 'CRLF publication.yml with a # in the sponsor (the warning must still come)',
    class: 'yaml',
    plant: [
      { edit: PUBLICATION, find: 'sponsor: 广州对口帮扶协作清远指挥部', replace: 'sponsor: 广州对口帮扶协作清远指挥部 #1' },
      { edit: PUBLICATION, find: '\n', replace: '\r\n', all: true },
    ],
    expect: { ok: true, warnings: [{ rule: 'yaml-comment-in-value', file: PUBLICATION, line: 2, column: 1 }] },
  },
  {
    name: 'CRLF publication.yml with an unquoted ": " in the title',
    class: 'yaml',
    plant: [
      { edit: PUBLICATION, find: 'title: 广清对口帮扶协作月报', replace: 'title: 月报: 广清对口帮扶协作' },
      { edit: PUBLICATION, find: '\n', replace: '\r\n', all: true },
    ],
    expect: { rule: 'yaml-unquoted-colon', file: PUBLICATION, line: 1, column: 1, severity: 'error', text: /会被当成新的键/ },
  },
  {
    name: 'articles as a bracketed list over two lines (good YAML)',
    class: 'yaml',
    plant: [{ edit: ISSUE, find: '    articles:\n      - zone/textile-park.md\n      - zone/talent-apartment.md', replace: '    articles: [zone/textile-park.md,\n               zone/talent-apartment.md]' }],
    expect: { ok: true, quiet: true, printed: /广清纺织服装产业园首批企业试产[\s\S]*广清产业园首批人才公寓交付使用/ },
  },
  {
    name: 'two sources as a bracketed list',
    class: 'yaml',
    plant: [{ edit: TEA, find: 'source: 南方日报', replace: 'source: [南方日报, 广东乡村发展]' }],
    expect: { ok: true, quiet: true, printed: /（南方日报、广东乡村发展）/ },
  },
  {
    name: 'article named without .md in issue.md',
    class: 'files',
    plant: [{ edit: ISSUE, find: '- villages/spring-tea.md', replace: '- villages/spring-tea' }],
    expect: { ok: true, quiet: true, printed: /英德春茶开采 广州采购商上门订货/ },
  },
  {
    name: 'building one issue folder',
    class: 'files',
    path: '2024-04',
    plant: [],
    expect: { ok: true, quiet: true, printed: /〔2024〕第4期（总第135期）/ },
  },
  {
    name: 'issue folder named in Chinese, with a space',
    class: 'files',
    plant: [{ rename: '2024-04', to: '2024年4月 春季号' }],
    expect: { ok: true, quiet: true, issue: '2024年4月 春季号', printed: /〔2024〕第4期（总第135期）/ },
  },
  {
    name: 'README.md in the issue folder (not an article, not warned about)',
    class: 'make-up',
    plant: [{ write: '2024-04/README.md', text: '# 四月号编辑说明\n\n稿件截止：4月5日。\n' }],
    expect: { ok: true, quiet: true, printed: /英德春茶开采/ },
  },
  {
    name: 'empty briefs file',
    class: 'make-up',
    plant: [{ write: '2024-04/briefs.md', text: '' }],
    expect: { ok: true, printed: /【简　讯】/ },
  },
  {
    name: 'article listed twice, once without .md',
    class: 'make-up',
    plant: [{ edit: ISSUE, find: '      - villages/yangshan-rice.md', replace: '      - villages/yangshan-rice.md\n      - villages/spring-tea' }],
    expect: { ok: true, warnings: [{ rule: 'article-listed-twice', file: ISSUE, line: 22, column: 9, text: /villages\/spring-tea 在第 20 行已经列过/ }] },
  },
  {
    // Windows hides the .txt of issue.md.txt; Issue.md works on Windows and macOS but not on Linux.
    name: 'issue.md saved as issue.md.txt: the issue must not vanish silently',
    class: 'files',
    plant: [{ rename: ISSUE, to: '2024-04/issue.md.txt' }],
    expect: { ok: true, warnings: [{ file: '2024-04/issue.md.txt', rule: 'issue-md-missing', text: /改名为 issue\.md/ }] },
  },
  {
    name: 'Issue.md with a capital I (works on Windows, not here)',
    class: 'files',
    plant: [{ rename: ISSUE, to: '2024-04/Issue.md' }],
    expect: { ok: true, warnings: [{ file: '2024-04/Issue.md', rule: 'issue-md-missing', text: /Issue\.md 是不是本期的 issue\.md/ }] },
  },
  {
    name: 'an empty briefs file',
    class: 'make-up',
    plant: [{ write: '2024-04/briefs.md', text: '' }],
    expect: { ok: true, warnings: [{ file: ISSUE, line: 23, rule: 'briefs-empty', text: /简讯文件是空的/ }] },
  },
  {
    name: 'an image that is a link leading out of the content folder',
    class: 'images',
    plant: [{ symlink: '2024-04/images/quarter-site.jpg', to: '/etc/hostname' }],
    expect: { rule: 'path-outside-root', file: '2024-04/focus/quarter-projects.md', line: 12, severity: 'error', text: /指到了内容文件夹外面/ },
  },
  {
    name: 'image file name with Chinese and a space, written URL-encoded',
    class: 'images',
    plant: [
      { write: '2024-04/images/动工 现场.jpg', bytes: (root) => read(root, PHOTO) },
      { edit: QUARTER, find: PHOTO_REF, replace: '../images/%E5%8A%A8%E5%B7%A5%20%E7%8E%B0%E5%9C%BA.jpg' },
    ],
    expect: { ok: true, quiet: true, printed: /广清产业园一季度集中动工项目现场/ },
  },
  {
    name: 'image file name with Chinese, written as is',
    class: 'images',
    plant: [
      { write: '2024-04/images/动工现场.jpg', bytes: (root) => read(root, PHOTO) },
      { edit: QUARTER, find: PHOTO_REF, replace: '../images/动工现场.jpg' },
    ],
    expect: { ok: true, quiet: true, printed: /广清产业园一季度集中动工项目现场/ },
  },
  {
    name: 'iPhone HEIC photo, straight off the phone (printed as a JPEG)',
    class: 'images',
    plant: [
      { write: '2024-04/images/phone-photo.HEIC', bytes: () => readFileSync(IPHONE_HEIC) },
      { edit: QUARTER, find: PHOTO_REF, replace: '../images/phone-photo.HEIC' },
    ],
    expect: { ok: true, quiet: true, printed: /<img src="assets\/images\/phone-photo\.jpg"/ },
  },
  {
    name: 'iPhone HEIC cover beside a JPEG of the same name',
    class: 'images',
    plant: [
      { write: '2024-04/images/cover.heic', bytes: () => readFileSync(IPHONE_HEIC) },
      { edit: ISSUE, find: 'image: images/cover.jpg', replace: 'image: images/cover.heic' },
    ],
    expect: { ok: true, quiet: true, printed: /<img src="assets\/images\/cover\.heic\.jpg"/ },
  },
  {
    name: 'date written 2024年4月9日',
    class: 'schema',
    plant: [{ edit: ISSUE, find: 'date: 2024-04-08', replace: 'date: 2024年4月9日' }],
    expect: { ok: true, quiet: true, printed: /2024年4月9日/ },
  },
  {
    name: 'article date written 2024/3/14',
    class: 'schema',
    plant: [{ edit: VISIT, find: 'date: 2024-03-14', replace: 'date: 2024/3/14' }],
    expect: { ok: true, printed: /广州市对口帮扶协作调研组到清远调研/ },
  },
  {
    name: 'year in quotes',
    class: 'schema',
    plant: [{ edit: ISSUE, find: 'year: 2024', replace: 'year: "2024"' }],
    expect: { ok: true, quiet: true, printed: /〔2024〕第4期/ },
  },
  {
    name: '是 for featured',
    class: 'schema',
    plant: [{ edit: VISIT, find: 'date: 2024-03-14', replace: 'date: 2024-03-14\nfeatured: 是' }],
    expect: { ok: true, printed: /class="cover-headlines">[\s\S]*广州市对口帮扶协作调研组到清远调研[\s\S]*<\/ul>/ },
  },
  {
    name: 'unknown key, with a did-you-mean',
    class: 'schema',
    plant: [{ edit: VISIT, find: 'source: ', replace: 'souce: ' }],
    expect: { ok: true, warnings: [{ rule: 'unknown-key', file: VISIT, line: 3, column: 1, severity: 'warning', text: /不认识的键 `souce`，已忽略：是不是想写 `source`？/ }] },
  },
  {
    name: 'unknown key in issue.md, no near key',
    class: 'schema',
    plant: [{ edit: ISSUE, find: 'year: 2024', replace: 'year: 2024\n主编: 张三' }],
    expect: { ok: true, warnings: [{ rule: 'unknown-key', file: ISSUE, line: 3, column: 1, text: /不认识的键 `主编`，已忽略：可用的键有/ }] },
  },
  {
    name: '# in a title',
    class: 'yaml',
    plant: [{ edit: VISIT, find: 'title: 广州市对口帮扶协作调研组', replace: 'title: 广州市对口帮扶协作调研组 #2' }],
    expect: { ok: true, warnings: [{ rule: 'yaml-comment-in-value', file: VISIT, line: 2, column: 1, severity: 'warning', text: /会被当成注释丢掉/ }] },
  },
  {
    name: 'source both in the front matter and at the end, differing',
    class: 'make-up',
    plant: [{ edit: '2024-04/zone/talent-apartment.md', find: /。\n*$/, replace: '。\n\n（清远日报）\n' }],
    expect: { ok: true, warnings: [{ rule: 'source-twice', file: '2024-04/zone/talent-apartment.md', line: 3, column: 9, text: /以文件头为准/ }] },
  },
  {
    name: 'photos layout without photos',
    class: 'make-up',
    plant: [{ edit: TEXTILE, find: 'date: 2024-03-22', replace: 'date: 2024-03-22\nlayout: photos' }],
    expect: { ok: true, warnings: [{ rule: 'photos-empty', file: TEXTILE, line: 5, column: 9, text: /图片页/ }] },
  },
  {
    name: 'article listed twice',
    class: 'make-up',
    plant: [{ edit: ISSUE, find: '      - villages/yangshan-rice.md', replace: '      - villages/yangshan-rice.md\n      - focus/quarter-projects.md' }],
    expect: { ok: true, warnings: [{ rule: 'article-listed-twice', file: ISSUE, line: 22, column: 9, text: /focus\/quarter-projects\.md 在第 12 行已经列过/ }] },
  },
  {
    name: 'an .md in the issue folder not listed',
    class: 'make-up',
    plant: [{ write: '2024-04/zone/draft.md', text: '---\ntitle: 草稿\n---\n\n还没写完。\n' }],
    expect: { ok: true, warnings: [{ rule: 'article-not-listed', file: '2024-04/zone/draft.md', line: 1, text: /zone\/draft\.md 在本期文件夹里，但 issue\.md 没有列出它/ }] },
  },
  {
    name: 'issue without cover',
    class: 'make-up',
    plant: [{ edit: ISSUE, find: /^cover:\n(  .*\n)+/m, replace: '' }],
    expect: { ok: true, warnings: [{ rule: 'no-cover', file: ISSUE, text: /本期没有封面图片/ }], printed: /一季度即将收官/ },
  },
  {
    name: 'first issue without total',
    class: 'numbering',
    plant: [{ edit: '2024-03/issue.md', find: 'total: 134\n', replace: '' }],
    expect: { ok: true, warnings: [{ rule: 'numbering-total', file: '2024-03/issue.md', text: /暂按总第3期/ }], printed: /〔2024〕第4期（总第4期）/ },
  },
  {
    name: 'untouched `yuebao new` issue',
    class: 'example-text',
    plant: [{ yuebaoNew: true }],
    expect: {
      ok: true,
      issue: '2024-05',
      warnings: [
        { rule: 'example-text', file: '2024-05/issue.md', severity: 'warning', text: /在这里写卷首语/ },
        { rule: 'example-text', file: '2024-05/example/example.md', line: 2, severity: 'warning', text: /示例文章：把这里换成文章标题/ },
        { rule: 'example-text', file: '2024-05/example/example.md', severity: 'warning', text: /这是一篇示例文章/ },
        { rule: 'example-text', file: '2024-05/briefs.md', line: 1, severity: 'warning', text: /这是一条示例简讯/ },
        { rule: 'no-cover', file: '2024-05/issue.md' },
      ],
      printed: /〔2024〕第5期（总第136期）/,
    },
  },
];
