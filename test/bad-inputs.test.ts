/**
 * Runs the corpus of bad and awkward inputs (test/bad-inputs/cases.ts)
 * through the real build, in-process, without a browser (pdf: false, web:
 * false). A bad input must stop the build with a located Chinese message and
 * leave the output folder as it was; an awkward one must build, warn as
 * listed and print its text un-garbled. No message may read like a crash.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { afterAll, describe, expect as expectOutside, it, type ExpectStatic } from 'vitest';
import type { VFile } from 'vfile';
import { build } from '../src/build.ts';
import { setLang } from '../src/i18n/index.ts';
import { browserLaunches } from '../src/print/browser.ts';
import { SAMPLE, runCli, tempDir } from './helpers.ts';
import { applyPlants } from './bad-inputs/plant.ts';
import { cases, type BadCase, type Case, type Expected, type OkCase } from './bad-inputs/cases.ts';

setLang('zh');


interface Message {
  file: string;
  line?: number;
  column?: number;
  severity: 'error' | 'warning';
  rule: string;
  reason: string;
}

/** A copy of the sample content with the case's problem planted, and an output folder holding a previous build. */
async function prepare(c: Case) {
  const dir = tempDir('bad-input');
  const root = join(dir, 'content');
  cpSync(SAMPLE, root, { recursive: true });
  await applyPlants(root, c.plant);
  const out = join(dir, 'dist');
  mkdirSync(join(out, 'pdf'), { recursive: true });
  writeFileSync(join(out, 'marker.txt'), 'the last good build\n');
  writeFileSync(join(out, 'pdf', 'old.pdf'), '%PDF-1.7\n% the last good build\n');
  return { root, out };
}

/** Every file under `dir` with its bytes (hex), sorted. */
function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  if (!existsSync(dir)) return files;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const path = join(entry.parentPath, entry.name);
    files[relative(dir, path).split(sep).join('/') + (entry.isDirectory() ? '/' : '')] = entry.isFile() ? readFileSync(path).toString('hex') : '';
  }
  return Object.fromEntries(Object.entries(files).sort(([a], [b]) => a.localeCompare(b)));
}

function messagesOf(files: VFile[], root: string): Message[] {
  return files.flatMap((file) =>
    file.messages.map((m) => ({
      file: relative(root, file.path).split(sep).join('/'),
      line: m.line,
      column: m.column,
      severity: m.fatal ? ('error' as const) : ('warning' as const),
      rule: m.ruleId ?? '',
      reason: m.reason,
    })),
  );
}

const show = (messages: Message[]) => messages.map((m) => `${m.file}:${m.line}:${m.column} ${m.severity} ${m.reason} [${m.rule}]`).join('\n');

function matches(m: Message, want: Partial<Expected> & { rule: string }): boolean {
  return (
    m.rule === want.rule &&
    (want.file === undefined || m.file === want.file || m.file.endsWith(`/${want.file}`)) &&
    (want.line === undefined || (want.line === null ? m.line === undefined : m.line === want.line)) &&
    (want.column === undefined || m.column === want.column) &&
    (want.severity === undefined || m.severity === want.severity) &&
    (want.text === undefined || want.text.test(m.reason))
  );
}

/** Words a Chinese message may hold: formats, programs, commands, the content format's keys, the sample's folder names. */
const NAMES = new Set(
  [
    'YAML Tab GBK UTF JPG JPEG PNG PDF HEIC TIFF Word WPS Windows https yuebao import new strict true false null',
    'title subtitle toc source author date layout featured article photos year number total period cover image caption credit sections articles briefs',
    'sponsor editor address phone email license issue line page url language',
    'focus zone villages images',
  ]
    .join(' ')
    .toLowerCase()
    .split(' '),
);

/** What every message must be: no crash text, no English sentence (code in backticks, paths and names of formats aside). */
function expectWellWorded(expect: ExpectStatic, messages: Message[], root: string) {
  for (const m of messages) {
    expect(m.reason, show([m])).not.toMatch(/internal|\n\s+at |Error:|undefined|\[object /i);
    // What is left once code, quoted keys and values, and paths are taken out: Chinese, and the names of formats and commands.
    const prose = m.reason
      .replace(/`[^`]*`/g, ' ')
      .replace(/“[^”]*”|"[^"]*"/g, ' ')
      .replace(/[\w%-]*[/\\.][\w./\\%-]*/g, ' ');
    const english = (prose.match(/[A-Za-z]+/g) ?? []).filter((word) => !NAMES.has(word.toLowerCase()));
    expect(english, `English in: ${show([m])}`).toEqual([]);
    expect(m.reason, `no Chinese in: ${show([m])}`).toMatch(/\p{Script=Han}/u);
    // A message about a file that is there points at a line (only a missing publication.yml has none to point at).
    if (existsSync(join(root, m.file))) expect(m.line, `unlocated: ${show([m])}`).toBeGreaterThan(0);
  }
}

async function runCase(c: Case, expect: ExpectStatic) {
  const { root, out } = await prepare(c);
  try {
    await checkCase(c, expect, root, out);
  } finally {
    rmSync(dirname(root), { recursive: true, force: true });
  }
}

async function checkCase(c: Case, expect: ExpectStatic, root: string, out: string) {
  const before = snapshot(out);
  const result = await build({ path: join(root, c.path ?? ''), out, pdf: false, web: false, strict: c.strict });
  const messages = messagesOf(result.files, root);
  expectWellWorded(expect, messages, root);

  if (!c.expect.ok) {
    const bad = c as BadCase;
    expect(result.ok, show(messages)).toBe(false);
    for (const want of [bad.expect, ...(bad.expect.also ?? [])]) {
      expect(messages.some((m) => matches(m, want)), `no ${want.severity} ${want.rule} at ${want.file}:${want.line}:${want.column ?? ''} ${want.text} among\n${show(messages)}`).toBe(true);
    }
    expect(snapshot(out), 'the output folder changed').toEqual(before);
    return;
  }

  const ok = c as OkCase;
  expect(result.ok, show(messages)).toBe(true);
  expect(messages.filter((m) => m.severity === 'error'), show(messages)).toEqual([]);
  for (const want of ok.expect.warnings ?? []) {
    const w = typeof want === 'string' ? { rule: want } : want;
    expect(messages.some((m) => m.severity === 'warning' && matches(m, w)), `no warning ${w.rule} ${w.file ?? ''}:${w.line ?? ''} ${w.text ?? ''} among\n${show(messages)}`).toBe(true);
  }
  if (ok.expect.quiet) expect(messages, show(messages)).toEqual([]);
  if (ok.expect.printed) {
    // Typesetting marks (phrase breaks in titles, punctuation compression) are not text: read around them.
    const html = readFileSync(join(out, 'print', ok.expect.issue ?? '2024-04', 'index.html'), 'utf8')
      .replace(/<wbr>/g, '')
      .replace(/<span class="halt">([^<]*)<\/span>/g, '$1');
    const garbled = html.match(/.{0,20}(\uFFFD|锟斤拷).{0,20}/g) ?? [];
    expect(garbled, 'garbled text in the print HTML').toHaveLength(ok.expect.garbled ?? 0);
    expect(ok.expect.printed.test(html), `${ok.expect.printed} is not in the print HTML`).toBe(true);
  }
}

describe.concurrent('bad and awkward inputs, through the real build', () => {
  // Without PDF and web edition a build needs no browser: one launched here would be a bug (and slow).
  const launchesBefore = browserLaunches();
  afterAll(() => expectOutside(browserLaunches() - launchesBefore, 'a build with pdf: false and web: false asked for a browser').toBe(0));
  for (const c of cases) {
    const title = `${c.expect.ok ? 'awkward' : 'bad'} · ${c.class} · ${c.name}`;
    // Known bugs stay in the corpus, marked, until they are fixed (see the case's `fails`).
    (c.fails ? it.fails : it)(title, ({ expect }) => runCase(c, expect));
  }
});

describe('the command line', () => {
  it('`yuebao build` on bad content: exit code 1, a located Chinese line, no stack trace', async ({ expect }) => {
    const c = cases.find((x) => x.name === 'full-width colon after title')!;
    const { root, out } = await prepare(c);
    const before = snapshot(out);
    const run = runCli(['build', root, '--out', out, '--no-pdf', '--no-web'], root);
    expect(run.status, run.stderr).toBe(1);
    expect(run.stderr).toMatch(/2024-04\/focus\/quarter-projects\.md:2:1\s.*全角冒号.*yaml-fullwidth-colon/);
    expect(run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n|internal/i);
    expect(snapshot(out)).toEqual(before);
    rmSync(dirname(root), { recursive: true, force: true });
  });
});
