/**
 * `yuebao check` as an editor uses it: every planted problem is found at its
 * line with its rule, errors give exit 1, and --fix repairs what is safe.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { VFile } from 'vfile';
import { check } from '../src/check/check.ts';
import { fixText, lintMarkdown } from '../src/check/text-rules.ts';
import { fixTitles, lintTitles } from '../src/check/title-rules.ts';
import { catalogue, setLang } from '../src/i18n/index.ts';
import { FIXTURES, copyContent, edit, runCli } from './helpers.ts';

describe('proof-reading rules', () => {
  const rules = (text: string) => lintMarkdown(text).map((f) => f.ruleId);
  it('finds half-width punctuation, spaces before numbers, straight quotes and doubled words', () => {
    expect(rules('合作区,运送钢结构.')).toEqual(['half-width-punctuation', 'half-width-punctuation']);
    expect(rules('出席(清远日报)')).toEqual(['half-width-punctuation']);
    expect(rules('2 月 18 日')).toEqual(['cjk-digit-space', 'cjk-digit-space', 'cjk-digit-space']);
    expect(rules('他说"你好"')).toEqual(['mixed-quotes']);
    expect(rules('褚大军褚大军出席')).toEqual(['doubled-word']);
  });
  it('leaves alone what is right: numbers, links, images, English, distributive repeats', () => {
    for (const ok of ['增长22.1%，达到3.5亿元。', '![园区](images/a.jpg "朱梓恒 摄")', '见 https://example.com/a,b 。', 'Hello, world.', '一个项目一个项目地谈', '“开门红”', '| 园区 | 产值 |']) {
      expect(rules(ok), ok).toEqual([]);
    }
  });
  it('takes a number heading a line as a label, not a stray space', () => {
    for (const label of ['01 清远长隆森林度假区', '1 清远市', '（1） 清远市', '(1) 清远市', '1） 清远市', '- 02 英德茶园', '## 3 连州', '> 4 佛冈']) {
      expect(rules(label), label).toEqual([]);
    }
    // The space after a label is kept; the ones in the sentence after it are still found.
    expect(lintMarkdown('01 清远长隆 2 月 18 日开园').map((f) => f.column)).toEqual([8, 10, 12, 15]);
  });
  it('still finds a number with its unit at a line start, and numbers mid-sentence', () => {
    expect(rules('2 月 18 日上午，市委召开会议')).toEqual(['cjk-digit-space', 'cjk-digit-space', 'cjk-digit-space']);
    expect(rules('12 个项目签约')).toEqual(['cjk-digit-space']); // a sentence wrapped onto a new line
    expect(rules('35 亿元')).toEqual(['cjk-digit-space']);
    expect(rules('截至 2 月 18 日')).toEqual(['cjk-digit-space', 'cjk-digit-space', 'cjk-digit-space', 'cjk-digit-space']);
    expect(rules('第 1 清远')).toEqual(['cjk-digit-space', 'cjk-digit-space']);
  });
  it('shows each fix as the text before and after it, other rules\' fixes inside included', () => {
    const text = '他说,"开门红,好"(清远日报)2 月.';
    const fixed = fixText(text, lintMarkdown(text));
    expect(fixed.text).toBe('他说，“开门红，好”（清远日报）2月。');
    expect(fixed.made.map(({ column, before, after, finding }) => [column, before, after, finding.ruleId])).toEqual([
      [3, ',', '，', 'half-width-punctuation'],
      [4, '"开门红,好"', '“开门红，好”', 'mixed-quotes'],
      [8, ',', '，', 'half-width-punctuation'],
      [11, '(清远日报)', '（清远日报）', 'half-width-punctuation'],
      [17, '2 月', '2月', 'cjk-digit-space'],
      [20, '.', '。', 'half-width-punctuation'],
    ]);
  });
});

describe('titles in the front matter', () => {
  const front = (yaml: string) => `---\n${yaml}\nsource: 广清园\n---\n\n正文,不改。\n`;
  const fix = (text: string) => fixTitles(text, lintTitles(text));

  it('fixes inside the value only, keeping its quoting and escapes, and the YAML valid', () => {
    const text = front(`title: 打响"开门红",运送 2 月 # 备注\nsubtitle: "他说\\"你好\\",好(中)"\ntoc: '它''s 中文,好'`);
    const fixed = fix(text);
    expect(fixed.text).toBe(front(`title: 打响“开门红”，运送2月 # 备注\nsubtitle: "他说“你好”，好（中）"\ntoc: '它''s 中文，好'`));
    expect(parse(fixed.text.split('---')[1])).toEqual({ title: '打响“开门红”，运送2月', subtitle: '他说“你好”，好（中）', toc: '它\'s 中文，好', source: '广清园' });
    expect(fixed.made.map(({ line, column, before, after }) => `${line}:${column} ${before} → ${after}`)).toEqual([
      '2:10 "开门红" → “开门红”',
      '2:15 , → ，',
      '2:17 送 2 → 送2',
      '2:19 2 月 → 2月',
      '3:14 "你好" → “你好”',
      '3:20 , → ，',
      '3:22 (中) → （中）',
      '4:14 , → ，',
    ]);
  });

  it('leaves keys, other values, labels, multi-line and broken YAML alone', () => {
    expect(lintTitles(front('title: 01 清远长隆\nauthor: 张三,李四'))).toEqual([]);
    expect(lintTitles(front('title: >\n  合作区,运送'))).toEqual([]);
    expect(lintTitles(front('title: [合作区,运送'))).toEqual([]);
    expect(lintTitles('没有文件头,正文。\n')).toEqual([]);
  });

  it('quotes a plain value that would read differently after the fix', () => {
    const text = front('title: 合作区,运送');
    const titles = lintTitles(text);
    titles[0].findings[0].fix![0].replacement = ': #'; // as a rule that wrote YAML syntax would
    const fixed = fixTitles(text, titles).text;
    expect(fixed).toContain('title: "合作区: #运送"\n');
    expect(parse(fixed.split('---')[1]).title).toBe('合作区: #运送');
  });
});

describe('check() in process', () => {
  const TEXT_RULES = ['half-width-punctuation', 'cjk-digit-space', 'mixed-quotes', 'doubled-word'];
  afterEach(() => setLang('zh'));
  const messages = (files: VFile[], name: string) =>
    files
      .filter((f) => f.path.endsWith(name))
      .flatMap((f) => f.messages.filter((m) => TEXT_RULES.includes(m.ruleId!)).map((m) => `${m.line}:${m.column} ${m.ruleId}`));

  it('reports the problems in article titles at their line and column', async () => {
    const root = copyContent(join(FIXTURES, 'basic'));
    const first = join(root, '2024-01/news/first.md');
    edit(first, 'title: 第一篇文章', 'title: 第一篇文章,2 月 "开门红"\nsubtitle: 副标题副标题\ntoc: 01 目录');
    const result = await check(root);
    expect(messages(result.files, 'news/first.md')).toEqual([
      '2:13 half-width-punctuation',
      '2:15 cjk-digit-space',
      '2:18 mixed-quotes',
      '3:11 doubled-word',
    ]);
    expect(result.fixed).toEqual([]);
    expect(readFileSync(first, 'utf8')).toContain('title: 第一篇文章,2 月 "开门红"\n');
  });

  it('--fix writes the fixes into the body and the titles, and lists each as before → after', async () => {
    const root = copyContent(join(FIXTURES, 'basic'));
    const first = join(root, '2024-01/news/first.md');
    edit(first, 'title: 第一篇文章', 'title: 第一篇文章,2 月"开门红"褚大军褚大军');
    edit(first, '第一段正文。', '第一段正文,2 月 18 日,"开门红"(清远日报)褚大军褚大军出席.');
    const result = await check(root, { fix: true });
    const text = readFileSync(first, 'utf8');
    expect(text).toContain('title: 第一篇文章，2月“开门红”褚大军褚大军\n');
    expect(text).toContain('\n第一段正文，2月18日，“开门红”（清远日报）褚大军褚大军出席。\n');
    expect(parse(text.split('---')[1]).title).toBe('第一篇文章，2月“开门红”褚大军褚大军');
    expect(result.fixed.map(({ file, ...f }) => ({ file: file.slice(root.length), ...f }))).toEqual([
      { file: '/2024-01/news/first.md', line: 2, column: 13, ruleId: 'half-width-punctuation', before: ',', after: '，' },
      { file: '/2024-01/news/first.md', line: 2, column: 14, ruleId: 'cjk-digit-space', before: '2 月', after: '2月' },
      { file: '/2024-01/news/first.md', line: 2, column: 17, ruleId: 'mixed-quotes', before: '"开门红"', after: '“开门红”' },
      { file: '/2024-01/news/first.md', line: 8, column: 6, ruleId: 'half-width-punctuation', before: ',', after: '，' },
      { file: '/2024-01/news/first.md', line: 8, column: 7, ruleId: 'cjk-digit-space', before: '2 月', after: '2月' },
      { file: '/2024-01/news/first.md', line: 8, column: 9, ruleId: 'cjk-digit-space', before: '月 18', after: '月18' },
      { file: '/2024-01/news/first.md', line: 8, column: 11, ruleId: 'cjk-digit-space', before: '18 日', after: '18日' },
      { file: '/2024-01/news/first.md', line: 8, column: 15, ruleId: 'half-width-punctuation', before: ',', after: '，' },
      { file: '/2024-01/news/first.md', line: 8, column: 16, ruleId: 'mixed-quotes', before: '"开门红"', after: '“开门红”' },
      { file: '/2024-01/news/first.md', line: 8, column: 21, ruleId: 'half-width-punctuation', before: '(清远日报)', after: '（清远日报）' },
      { file: '/2024-01/news/first.md', line: 8, column: 35, ruleId: 'half-width-punctuation', before: '.', after: '。' },
    ]);
    // What --fix cannot do stays a warning; what it did is not reported again.
    expect(messages(result.files, 'news/first.md')).toEqual(['2:22 doubled-word', '8:27 doubled-word']);
    const again = await check(root);
    expect(messages(again.files, 'news/first.md')).toEqual(['2:21 doubled-word', '8:24 doubled-word']);
  });

  it('speaks Chinese by default and English with --lang en', async () => {
    const root = copyContent(join(FIXTURES, 'basic'));
    edit(join(root, '2024-01/news/first.md'), '第一段正文。', '第一段正文,好。');
    setLang('zh');
    const reason = (files: VFile[]) => files.flatMap((f) => f.messages).find((m) => m.ruleId === 'half-width-punctuation')?.reason;
    expect(reason((await check(root)).files)).toBe(`${catalogue('zh').check.halfWidth({ mark: ',', full: '，' })}（yuebao check --fix 可自动修正）`);
    setLang('en');
    expect(reason((await check(root)).files)).toBe('Half-width "," in Chinese text: use full-width "，" (yuebao check --fix does it)');
  });
});

describe('yuebao check', () => {
  // The CLI prints the severity in the user's language (警告/错误, or warning/error with --lang en).
  const W = '(?:警告|warning)';
  const E = '(?:错误|error)';
  const re = (strings: TemplateStringsArray, ...values: string[]) => new RegExp(String.raw(strings, ...values));

  it('reports the planted problems at their lines, with rule ids, and exits 1 on errors', () => {
    const root = copyContent(join(FIXTURES, 'basic'));
    const first = join(root, '2024-01/news/first.md');
    edit(first, '第一段正文。', '第一段正文,2 月 18 日,"开门红"褚大军褚大军出席。');
    edit(first, '![园区一角](../images/dot.png "王五 摄")', '![](../images/dot.png "王五 摄")\n\n![远](https://example.com/x.jpg)\n\n![外](../../../outside.jpg)\n\n![缺](../images/missing.jpg)');
    edit(join(root, '2024-02/one.md'), 'source: 广清园\n', '');
    edit(join(root, '2024-01/issue.md'), '- news/second.md', '- news/second.md\n      - news/gone.md');
    const run = runCli(['check', root]);
    const lines = run.stderr.split('\n');
    const has = (pattern: RegExp) => expect(lines.some((l) => pattern.test(l)), String(pattern)).toBe(true);
    has(re`first\.md:8:6 {2}${W} {2}.*half-width-punctuation$`);
    has(re`first\.md:8:8 {2}${W} {2}.*cjk-digit-space$`);
    has(re`first\.md:8:16 {2}${W} {2}.*mixed-quotes$`);
    has(re`first\.md:8:21 {2}${W} {2}.*doubled-word$`);
    has(re`first\.md:12:1 {2}${W} {2}.*image-no-caption$`);
    has(re`first\.md:12:1 {2}${W} {2}.*image-too-small$`);
    has(re`first\.md:14:1 {2}${E} {2}.*remote-image$`);
    has(re`first\.md:16:1 {2}${E} {2}.*path-outside-root$`);
    has(re`first\.md:18:1 {2}${E} {2}.*missing-image$`);
    has(re`2024-01\/issue\.md:12:9 {2}${E} {2}.*missing-file$`);
    has(re`2024-02\/one\.md:1:1 {2}${W} {2}.*missing-source$`);
    expect(run.status).toBe(1);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('warns about a missing source and a 目录 title too long for one line, and exits 0 without errors', () => {
    const root = copyContent(join(FIXTURES, 'basic'));
    edit(join(root, '2024-02/one.md'), 'source: 广清园\n', '');
    edit(join(root, '2024-02/one.md'), 'title: 二月的文章', 'title: 二月的文章二月的文章二月的文章二月的文章二月的文章二月的文章二月的文章二月的文章');
    const run = runCli(['check', join(root, '2024-02')]);
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(re`2024-02\/one\.md:1:1 {2}${W} {2}.*missing-source`);
    expect(run.stderr).toMatch(re`2024-02\/one\.md:2:1 {2}${W} {2}.*toc-title-too-long`);
  });

  it('reports broken YAML with its line, like a build', () => {
    const root = copyContent(join(FIXTURES, 'basic'));
    edit(join(root, '2024-02/one.md'), 'title: 二月的文章', 'title: [二月的文章');
    const run = runCli(['check', root]);
    expect(run.status).toBe(1);
    // src/content names the kind of YAML mistake (yaml-syntax, yaml-indent …).
    expect(run.stderr).toMatch(re`2024-02\/one\.md:\d+:\d+ {2}${E} {2}.*yaml-[a-z-]+`);
  });

  it('--fix applies the safe fixes in place', () => {
    const root = copyContent(join(FIXTURES, 'basic'));
    const file = join(root, '2024-01/news/first.md');
    edit(file, '第一段正文。', '第一段正文,2 月 18 日,"开门红"(清远日报)褚大军褚大军出席.');
    runCli(['check', '--fix', root]);
    expect(readFileSync(file, 'utf8')).toContain('第一段正文，2月18日，“开门红”（清远日报）褚大军褚大军出席。');
  });

  it('finds nothing to say about the sample content', () => {
    const run = runCli(['check', 'content']);
    expect(run.stderr).not.toMatch(/:\d+:\d+ {2}/);
    expect(run.status).toBe(0);
  });
});

describe('photo resolution is judged as the photo prints', () => {
  it('a photo taken sideways (EXIF orientation 6) is measured by its upright width', async () => {
    const { default: sharp } = await import('sharp');
    const sideways = (width: number, height: number) =>
      sharp({ create: { width, height, channels: 3, background: '#3a7' } }).withMetadata({ orientation: 6 }).jpeg().toBuffer();
    const root = copyContent(join(FIXTURES, 'basic'));
    const { writeFileSync } = await import('node:fs');
    const photo = join(root, '2024-01/images/side.jpg');
    edit(join(root, '2024-01/news/first.md'), '../images/dot.png', '../images/side.jpg');
    const small = (files: VFile[]) => files.flatMap((f) => f.messages).filter((m) => m.ruleId === 'image-too-small' && m.reason.includes('side.jpg'));
    // Stored 2400 × 600: upright it is 600 wide, too small for a 162 mm column.
    writeFileSync(photo, await sideways(2400, 600));
    expect(small((await check(root)).files).map((m) => m.reason)).toEqual([expect.stringContaining('600')]);
    // Stored 600 × 2400: upright it is 2400 wide, enough.
    writeFileSync(photo, await sideways(600, 2400));
    expect(small((await check(root)).files)).toEqual([]);
  });
});
