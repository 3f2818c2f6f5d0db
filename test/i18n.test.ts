/**
 * The message catalogues: English has every key the Chinese one has (the
 * type says so too, but tests do not type-check), every Chinese message is
 * Chinese, and the language switches by --lang and YUEBAO_LANG.
 */
import { describe, expect, it } from 'vitest';
import { catalogue, langFrom } from '../src/i18n/index.ts';
import { runCli } from './helpers.ts';

type Tree = Record<string, unknown>;

/** Every message of a catalogue as [key path, text], functions called with a stand-in for each value. */
function messages(tree: Tree, prefix = ''): Array<[string, string]> {
  // Each value a one-item list: it reads as "7" in a template, and lists (issues, times) can be mapped.
  const anyValue = new Proxy({}, { get: () => ['7'] });
  return Object.entries(tree).flatMap(([key, value]): Array<[string, string]> => {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') return [[path, value]];
    if (typeof value === 'function') return [[path, String(value(anyValue))]];
    if (Array.isArray(value)) return [];
    if (value && typeof value === 'object') return messages(value as Tree, path);
    return [];
  });
}

/** `cli.titles` maps commander's English headings: a lookup table, empty in English. */
const keys = (tree: Tree) => messages(tree).map(([k]) => k).filter((k) => !k.startsWith('cli.titles.')).sort();

describe('message catalogues', () => {
  const zh = catalogue('zh') as unknown as Tree;
  const en = catalogue('en') as unknown as Tree;

  it('English has exactly the keys of Chinese', () => {
    expect(keys(en)).toEqual(keys(zh));
    expect(keys(zh).length).toBeGreaterThan(200);
  });

  it('every Chinese message is Chinese', () => {
    // Words that are the same in both languages: a prefix, placeholders, the English-language option.
    const sameInBoth = new Set(['cli.prefix', 'cli.progressLine', 'content.whatPublication', 'content.whatThenHint', 'cli.fixedLine', 'dev.stageTimes']);
    const notChinese = messages(zh).filter(([key, text]) => !sameInBoth.has(key) && !key.startsWith('cli.titles') && !/\p{Script=Han}/u.test(text));
    expect(notChinese).toEqual([]);
  });

  it('every message of both languages says something', () => {
    for (const [key, text] of [...messages(zh), ...messages(en)]) expect(text.trim(), key).not.toBe('');
  });

  it('reads a language from --lang or YUEBAO_LANG values', () => {
    expect(langFrom('en')).toBe('en');
    expect(langFrom('zh-CN')).toBe('zh');
    expect(langFrom('en_US.UTF-8')).toBe('en');
    expect(langFrom('fr')).toBeUndefined();
    expect(langFrom(undefined)).toBeUndefined();
  });
});

describe('the command line speaks Chinese unless asked not to', () => {
  it('--help is Chinese by default, English with --lang en or YUEBAO_LANG=en', () => {
    const zhHelp = runCli(['--help']);
    expect(zhHelp.stdout).toContain('用法：');
    expect(zhHelp.stdout).toContain('生成内容文件夹里的每一期');
    expect(zhHelp.stdout).not.toMatch(/Usage|Options|display help/);
    expect(runCli(['build', '--help']).stdout).toMatch(/输出文件夹（默认：dist）/);
    expect(runCli(['--lang', 'en', '--help']).stdout).toContain('Usage: yuebao');
    expect(runCli(['--help'], undefined, { YUEBAO_LANG: 'en' }).stdout).toContain('build every issue of a content folder');
  });

  it("commander's own errors are Chinese too", () => {
    const run = runCli(['biuld']);
    expect(run.stderr).toContain('没有 biuld 这个命令：是不是想写 build？');
    expect(runCli(['build', '--nope']).stderr).toContain('不认识的选项 --nope');
  });
});
