/**
 * The typesetting report (issue 11): builds each content folder given (default
 * content/, the sample) with the real CLI, then measures every PDF it made as
 * a designer would count its faults — spill pages, titles broken inside words
 * (by jieba), runts, widows, orphans, pages more than half blank, font
 * objects, exact A4, page labels — from the PDF alone (bench/lib/), and writes
 * bench/TYPESET.md.
 * usage: npm run bench:typeset [-- content ../other-archive]
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, hostname, release, tmpdir, type } from 'node:os';
import { join, resolve } from 'node:path';
import { measurePdf, type IssueMeasure } from './lib/typeset-measure.ts';
import { issueSection } from './lib/typeset-report.ts';

const ROOT = resolve(import.meta.dirname, '..');
const sources = process.argv.slice(2).length ? process.argv.slice(2) : ['content'];
const work = mkdtempSync(join(tmpdir(), 'yuebao-typeset-'));

/** Builds one content folder (or issue folder) to a temp dir; the PDFs made, or why there are none. */
function build(source: string, out: string): { pdfs: string[] } | { failed: string } {
  const run = spawnSync(process.execPath, [join(ROOT, 'bin', 'yuebao.js'), 'build', resolve(source), '--out', out, '--force', '--no-web'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, FORCE_COLOR: '0' },
  });
  if (run.status !== 0) return { failed: `exit ${run.status}: ${(run.stderr || run.stdout).trim().split('\n').slice(0, 8).join(' / ')}` };
  const dir = join(out, 'pdf');
  return { pdfs: readdirSync(dir).filter((name) => name.endsWith('.pdf')).sort().map((name) => join(dir, name)) };
}

function git(args: string[]): string {
  try {
    return execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim();
  } catch {
    return '';
  }
}

function header(): string {
  const commit = git(['rev-parse', '--short', 'HEAD']) || 'unknown';
  const dirty = git(['status', '--porcelain', '--untracked-files=no']) ? ' (with uncommitted changes)' : '';
  return [
    '# Typesetting report',
    '',
    'Made by `npm run bench:typeset` (bench/typeset.ts): each content folder is built with `yuebao build --force --no-web`, and every PDF is measured from the PDF alone (pdf.js, pdf-lib; breaks checked with jieba, not the BudouX that set them). Spill page: an article\'s last page, not its first, whose content reaches less than 30% down the text block (between running head and folio). Runt: a paragraph\'s last line of one character and punctuation. More than half blank: holes taller than three body lines add up to more than half the text block (covers, dividers and blank pages left out).',
    '',
    `- date: ${new Date().toISOString().replace(/\.\d+Z$/, 'Z')}`,
    `- commit: ${commit}${dirty}`,
    `- machine: ${hostname()}, ${cpus()[0]?.model ?? 'unknown CPU'} × ${cpus().length}, ${type()} ${release()}, Node ${process.version}`,
    `- sources: ${sources.join(', ')}`,
    '',
  ].join('\n');
}

const sections: string[] = [];
const measures: IssueMeasure[] = [];
try {
  for (const [i, source] of sources.entries()) {
    const result = build(source, join(work, `out-${i}`));
    if ('failed' in result) {
      sections.push(`## ${source}\n\nThe build failed, nothing measured: ${result.failed}\n`);
      console.error(`${source}: build failed`);
      continue;
    }
    for (const pdf of result.pdfs) {
      const measure = await measurePdf(pdf);
      measures.push(measure);
      sections.push(issueSection(source, measure));
      console.log(`${source} ${measure.file}: spill ${measure.spill.length}, broken titles ${measure.badBreaks.length}, runts ${measure.runts.length}, widows ${measure.widows.length}, orphans ${measure.orphans.length}, half-blank mid-article ${measure.halfBlank.midRun.length}, fonts ${measure.fontObjects}, A4 ${measure.notA4.length === 0}, labels ${measure.labels.present && measure.labels.mismatches.length === 0}`);
    }
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
writeFileSync(join(ROOT, 'bench', 'TYPESET.md'), `${header()}\n${sections.join('\n')}`);
console.log(`bench/TYPESET.md: ${measures.length} issue(s)`);
