/**
 * `npm run bench:intake`: imports every clipping of the intake corpus
 * (test/fixtures/intake/, Word files in docx/ too) and writes bench/INTAKE.md,
 * one row per clipping: is each field right against its expected Markdown?
 * Title, subtitle, author, date, source and figures are right or wrong;
 * subheadings count the `##` lines missed or made up; "junk left" counts the
 * lines that are in the import and not in the expected article (furniture),
 * "text lost" those that are expected and missing. Lines are compared on
 * letters and digits, so a punctuation difference shows only under "exact".
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expectedArticle, importFixture, intakeFixtures, type Article } from '../test/intake-corpus.ts';

const ROOT = join(import.meta.dirname, '..');

const squash = (s: string) => s.normalize('NFKC').replace(/[^\p{L}\p{N}]/gu, '');
const field = (a: Article | undefined, key: string) => {
  const v = a?.data[key];
  return Array.isArray(v) ? v.join('、') : v == null ? '' : String(v);
};

interface Lines {
  headings: string[];
  figures: string[];
  text: string[];
}

/** The body's blocks: `##` headings, figures (caption and credit, not the path) and the rest, one entry per block. */
function lines(body: string): Lines {
  const out: Lines = { headings: [], figures: [], text: [] };
  for (const block of body.split(/\n{2,}/).map((b) => b.trim()).filter(Boolean)) {
    const figure = /^!\[([^\]]*)\]\((?:<[^>]*>|[^\s)]*)(?:\s+"([^"]*)")?\)$/.exec(block);
    if (figure) out.figures.push(`${figure[1]}|${figure[2] ?? ''}`);
    else if (block.startsWith('## ')) out.headings.push(squash(block));
    else out.text.push(squash(block));
  }
  return out;
}

/** Entries of `a` not in `b`, each counted once per occurrence. */
function missing(a: string[], b: string[]): number {
  const pool = [...b];
  let n = 0;
  for (const x of a) {
    const at = pool.indexOf(x);
    if (at >= 0) pool.splice(at, 1);
    else n++;
  }
  return n;
}

interface Row {
  name: string;
  ok: Record<'title' | 'subtitle' | 'author' | 'date' | 'source' | 'figures' | 'exact', boolean>;
  /** Subheadings missed + subheadings made up. */
  headings: number;
  junk: number;
  lost: number;
  imported: boolean;
}

const fixtures = intakeFixtures();
const rows: Row[] = [];
for (const fixture of fixtures) {
  const got = await importFixture(fixture);
  const want = expectedArticle(fixture);
  const [g, w] = [lines(got.article?.body ?? ''), lines(want.body)];
  // Text is text wherever it went: a heading that should have been a paragraph is a subheading error, not text lost.
  const gotAll = [...g.text, ...g.headings];
  const wantAll = [...w.text, ...w.headings];
  // No article at all: every field is wrong, even one the expected article leaves empty.
  const same = (key: string) => !!got.article && field(got.article, key) === field(want, key);
  rows.push({
    name: fixture.name,
    imported: !!got.article,
    ok: {
      title: same('title'),
      subtitle: same('subtitle'),
      author: same('author'),
      date: same('date'),
      source: same('source'),
      figures: !!got.article && missing(w.figures, g.figures) + missing(g.figures, w.figures) === 0,
      exact: got.text === undefined ? false : JSON.stringify(got.article) === JSON.stringify(want),
    },
    headings: missing(w.headings, g.headings) + missing(g.headings, w.headings),
    junk: missing(gotAll, wantAll),
    lost: missing(wantAll, gotAll),
  });
}

const mark = (ok: boolean) => (ok ? '✓' : '✗');
const count = (n: number) => (n ? String(n) : '·');
const header = '| clipping | title | subtitle | author | date | source | subheadings | figures | junk left | text lost | exact |';
const table = [header, `|${'---|'.repeat(11)}`];
for (const r of rows) {
  const o = r.ok;
  table.push(`| ${r.name}${r.imported ? '' : ' (no article)'} | ${mark(o.title)} | ${mark(o.subtitle)} | ${mark(o.author)} | ${mark(o.date)} | ${mark(o.source)} | ${r.headings ? `✗ ${r.headings}` : '✓'} | ${mark(o.figures)} | ${count(r.junk)} | ${count(r.lost)} | ${mark(o.exact)} |`);
}
const right = (key: keyof Row['ok']) => `${rows.filter((r) => r.ok[key]).length}/${rows.length}`;
const sum = (key: 'headings' | 'junk' | 'lost') => rows.reduce((n, r) => n + r[key], 0);
const totals = `| **total** | ${right('title')} | ${right('subtitle')} | ${right('author')} | ${right('date')} | ${right('source')} | ${rows.filter((r) => !r.headings).length}/${rows.length} (${sum('headings')} off) | ${right('figures')} | ${sum('junk')} lines | ${sum('lost')} lines | ${right('exact')} |`;
table.push(totals);

const doc = `# Intake benchmark

\`npm run bench:intake\` imports every clipping of \`test/fixtures/intake/\` (saved web pages, 公众号 articles,
government pages, text copied from pages and e-papers, Word files in \`docx/\`) and compares each with its
\`<name>.expected.md\`. ✓ right, ✗ wrong; subheadings: ✗ n = headings missed plus headings made up; junk left:
blocks imported that the expected article does not have; text lost: expected blocks missing from the import
(compared on letters and digits); exact: the whole article is as expected. "(no article)": the import stopped
with an error.

This corpus was written together with the importer, so it guards against regressions more than it
measures: the before/after numbers and the results on pages and Word files it was not tuned on are in
[INTAKE-HISTORY.md](INTAKE-HISTORY.md).

${table.join('\n')}
`;
writeFileSync(join(ROOT, 'bench', 'INTAKE.md'), doc);
console.log(table.join('\n'));
