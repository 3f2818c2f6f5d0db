/**
 * `yuebao check` as an editor uses it: every planted problem is found at its
 * line with its rule, errors give exit 1, and --fix repairs what is safe.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lintLine } from '../src/check/text-rules.ts';
import { FIXTURES, copyContent, edit, runCli } from './helpers.ts';

describe('proof-reading rules', () => {
  const rules = (text: string) => lintLine(text, 1).map((f) => f.ruleId);
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
});

describe('yuebao check', () => {
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
    has(/first\.md:8:6 {2}warning {2}Half-width "," .*half-width-punctuation$/);
    has(/first\.md:8:8 {2}warning {2}Space between Chinese and a number.*cjk-digit-space$/);
    has(/first\.md:8:\d+ {2}warning {2}Straight quotation marks.*mixed-quotes$/);
    has(/first\.md:8:\d+ {2}warning {2}"褚大军" is written twice.*doubled-word$/);
    has(/first\.md:12:1 {2}warning {2}Image dot\.png has no caption.*image-no-caption$/);
    has(/first\.md:12:1 {2}warning {2}dot\.png is 40 px wide.*image-too-small$/);
    has(/first\.md:14:1 {2}error {2}Image .*remote address.*remote-image$/);
    has(/first\.md:16:1 {2}error {2}Image .*outside the content folder.*path-outside-root$/);
    has(/first\.md:18:1 {2}error {2}Image not found: \.\.\/images\/missing\.jpg.*missing-image$/);
    has(/2024-01\/issue\.md:12:9 {2}error {2}news\/gone\.md does not exist.*missing-file$/);
    expect(run.status).toBe(1);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('warns about a missing source and a 目录 title too long for one line, and exits 0 without errors', () => {
    const root = copyContent(join(FIXTURES, 'basic'));
    edit(join(root, '2024-02/one.md'), 'source: 广清园\n', '');
    edit(join(root, '2024-02/one.md'), 'title: 二月的文章', 'title: 二月的文章二月的文章二月的文章二月的文章二月的文章二月的文章二月的文章二月的文章');
    const run = runCli(['check', join(root, '2024-02')]);
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/2024-02\/one\.md:1:1 {2}warning {2}No source.*missing-source/);
    expect(run.stderr).toMatch(/2024-02\/one\.md:2:1 {2}warning {2}The title takes 40 characters.*toc-title-too-long/);
  });

  it('reports broken YAML with its line, like a build', () => {
    const root = copyContent(join(FIXTURES, 'basic'));
    edit(join(root, '2024-02/one.md'), 'title: 二月的文章', 'title: [二月的文章');
    const run = runCli(['check', root]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/2024-02\/one\.md:\d+:\d+ {2}error {2}YAML syntax/);
  });

  it('--fix applies the safe fixes in place, lists them, and leaves the rest as warnings', () => {
    const root = copyContent(join(FIXTURES, 'basic'));
    const file = join(root, '2024-01/news/first.md');
    edit(file, '第一段正文。', '第一段正文,2 月 18 日,"开门红"(清远日报)褚大军褚大军出席.');
    const run = runCli(['check', '--fix', root]);
    expect(run.stdout).toMatch(/first\.md:8:6 {2}fixed {2}half-width-punctuation/);
    expect(run.stdout).toMatch(/fixed {2}cjk-digit-space/);
    expect(run.stdout).toMatch(/fixed {2}mixed-quotes/);
    expect(readFileSync(file, 'utf8')).toContain('第一段正文，2月18日，“开门红”（清远日报）褚大军褚大军出席。');
    expect(run.stderr).toMatch(/doubled-word/);
    const again = runCli(['check', root]);
    expect(again.stderr).not.toMatch(/half-width-punctuation|cjk-digit-space|mixed-quotes/);
  });

  it('finds nothing to say about the sample content', () => {
    const run = runCli(['check', 'content']);
    expect(run.stderr.trim()).toBe('No problems found.');
    expect(run.status).toBe(0);
  });
});

