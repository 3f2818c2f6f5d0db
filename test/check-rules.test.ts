/**
 * The proof-reading rules as remark-lint rules on the mdast
 * (src/check/remark-proofread.ts), in process on small Markdown texts: what
 * is prose is read (through emphasis, links' text, table cells, captions),
 * what is not (code, URLs, HTML) is left alone, and each finding and fix
 * stands at the exact offsets of the file.
 */
import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import { VFile } from 'vfile';
import { join } from 'node:path';
import { check } from '../src/check/check.ts';
import { proofread, proofreadRules } from '../src/check/remark-proofread.ts';
import { fixText, lintMarkdown } from '../src/check/text-rules.ts';
import { blankFrontMatter } from '../src/content/front-matter.ts';
import { FIXTURES, copyContent, edit } from './helpers.ts';

const found = (markdown: string) => proofread(markdown).map((m) => `${m.line}:${m.column} ${m.ruleId}`);
const fixed = (markdown: string) => fixText(markdown, lintMarkdown(markdown));

describe('what the rules read', () => {
  it('leaves half-width punctuation alone in inline code, a link URL, an HTML tag and an autolink', () => {
    const markdown = [
      '合作区 `运送,钢结构` 到园区。',
      '详见[园区简介](docs/园区,一角.md "园区,一角")。',
      '图注<span title="园区,一角">在此</span>。',
      '网址<https://例子.cn/园区,一角>。',
      '',
      '```',
      '合作区,运送',
      '```',
      '',
      '<div>合作区,运送</div>',
      '',
    ].join('\n');
    expect(found(markdown)).toEqual([]);
    expect(fixed(markdown).text).toBe(markdown);
  });

  it('finds it inside emphasis at its line and column, and the fix changes that character only', () => {
    const markdown = '---\ntitle: 标题\nsource: 清远日报\n---\n\n第一段。\n\n甲乙*合作区,运送*后文。\n';
    const body = blankFrontMatter(markdown);
    expect(body.length).toBe(markdown.length);
    const findings = lintMarkdown(body);
    expect(findings.map((f) => `${f.line}:${f.column} ${f.ruleId}`)).toEqual(['8:7 half-width-punctuation']);
    const result = fixText(markdown, findings);
    expect(result.text).toBe(markdown.replace('合作区,运送', '合作区，运送'));
    expect(result.made.map(({ line, column, before, after }) => `${line}:${column} ${before} → ${after}`)).toEqual(['8:7 , → ，']);
  });

  it('reads across emphasis markers, as the sentence reads', () => {
    expect(found('**开门红**,好')).toEqual(['1:8 half-width-punctuation']);
    expect(fixed('他说"*开门红*"。').text).toBe('他说“*开门红*”。');
    expect(fixed('他说"*开门红*"。').made.map((m) => [m.before, m.after])).toEqual([['"*开门红*"', '“*开门红*”']]);
    // A link's text is prose, its address is not.
    expect(fixed('见[园区,一角](a,b.html)。').text).toBe('见[园区，一角](a,b.html)。');
  });

  it('fixes an escaped mark or a character reference whole, backslash and all', () => {
    expect(fixed('中文\\,好').text).toBe('中文，好');
    expect(fixed('中文&#44;好').text).toBe('中文，好');
  });

  it('places findings in blockquotes, list items and table cells by the file, prefixes and all', () => {
    const quote = '> 第一行\n> 2 月 18 日\n\n- 列表,项目\n  续行 3 个\n';
    expect(found(quote)).toEqual([
      '2:4 cjk-digit-space',
      '2:6 cjk-digit-space',
      '2:9 cjk-digit-space',
      '4:5 half-width-punctuation',
      '5:5 cjk-digit-space',
      '5:7 cjk-digit-space',
    ]);
    expect(fixed(quote).text).toBe('> 第一行\n> 2月18日\n\n- 列表，项目\n  续行3个\n');
    const table = '| 月份 | 产值 |\n| --- | --- |\n| 2 月 | 3 亿元 |\n';
    expect(found(table)).toEqual(['3:4 cjk-digit-space', '3:10 cjk-digit-space']);
    expect(fixed(table).text).toBe('| 月份 | 产值 |\n| --- | --- |\n| 2月 | 3亿元 |\n');
  });

  it('reads an image caption as prose, its credit and path not', () => {
    const markdown = '![园区,一角](images/园区,一角.jpg "朱梓恒,摄")\n';
    expect(found(markdown)).toEqual(['1:5 half-width-punctuation']);
    expect(fixed(markdown).text).toBe('![园区，一角](images/园区,一角.jpg "朱梓恒,摄")\n');
  });

  it('takes a paragraph as the unit: quotation marks may pair across its lines', () => {
    expect(found('他说“好\n再说”。')).toEqual([]);
    expect(found('他说“好。\n\n再说”。')).toEqual(['1:3 mixed-quotes', '3:3 mixed-quotes']);
  });
});

describe('each rule is a unified-lint-rule plugin', () => {
  const lint = (plugin: (typeof proofreadRules)[string], markdown: string, ...config: unknown[]) => {
    const file = new VFile({ value: markdown });
    const processor = unified().use(remarkParse).use(remarkGfm).use(plugin, ...(config as []));
    processor.runSync(processor.parse(file), file);
    return file.messages;
  };

  it('reports vfile messages with source, rule id, a start and end, and the fix as actual → expected', () => {
    const [message, ...rest] = lint(proofreadRules['mixed-quotes'], '褚大军褚大军说,"好"');
    expect(rest).toEqual([]);
    expect(message).toMatchObject({ source: 'yuebao', ruleId: 'mixed-quotes', fatal: false, actual: '"好"', expected: ['“好”'] });
    expect(message.place).toEqual({ start: { line: 1, column: 9, offset: 8 }, end: { line: 1, column: 12, offset: 11 } });
  });

  it('can be turned off or made an error on its own, as remark-lint rules can', () => {
    expect(lint(proofreadRules['doubled-word'], '褚大军褚大军', ['off'])).toEqual([]);
    expect(lint(proofreadRules['doubled-word'], '褚大军褚大军', ['error']).map((m) => [m.ruleId, m.fatal])).toEqual([['doubled-word', true]]);
  });
});

describe('the issue rules place a figure and a front-matter key where the loader found them', () => {
  it('an image by its mdast position, a 目录 title by its `toc:` key, the cover by its `image:` value', async () => {
    const root = copyContent(join(FIXTURES, 'basic'));
    const first = join(root, '2024-01/news/first.md');
    // The same image twice: the second, without a caption, in a list item, after the first (a search for its name finds the first).
    edit(first, '最后一段正文。', '最后一段正文。\n\n- 又见：![](../images/dot.png)');
    edit(join(root, '2024-02/one.md'), 'source: 广清园', `source: 广清园\ntoc: ${'很长的目录标题'.repeat(6)}`);
    edit(join(root, '2024-01/issue.md'), 'date: 2024-01-10', 'date: 2024-01-10\ncover:\n  image:   images/dot.png');
    const { files } = await check(root);
    const at = (name: string, ruleId: string) =>
      files.filter((f) => f.path.endsWith(name)).flatMap((f) => f.messages.filter((m) => m.ruleId === ruleId).map((m) => `${m.line}:${m.column}`));
    expect(at('news/first.md', 'image-no-caption')).toEqual(['16:6']);
    expect(at('news/first.md', 'image-too-small')).toEqual(['12:1', '16:6']);
    expect(at('2024-02/one.md', 'toc-title-too-long')).toEqual(['4:1']);
    expect(at('2024-01/issue.md', 'image-too-small')).toEqual(['8:12']);
  });
});
