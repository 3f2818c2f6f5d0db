/**
 * bench/TYPESET.md, in Markdown: per issue a table of the counts against
 * issue 11's targets, then every finding with its page, so each can be found
 * in the PDF (physical page, and the printed folio in brackets).
 */
import type { PageFinding } from './page-fill.ts';
import type { LineFinding } from './paragraph-lines.ts';
import type { IssueMeasure } from './typeset-measure.ts';

/** "p. 9 (07)": the physical page, 1-based, and the folio printed on it. */
export function pageName(measure: IssueMeasure, page: number): string {
  const folio = measure.folios[page];
  return `p. ${page + 1}${folio ? ` (${folio})` : ''}`;
}

const percent = (share: number) => `${Math.round(share * 100)}%`;
const clip = (text: string, max = 60) => (text.length > max ? `${text.slice(0, max)}…` : text);
const yesNo = (ok: boolean) => (ok ? 'yes' : '**no**');

/** The counts, one row each, with the target the issue is judged against. */
export function summaryTable(m: IssueMeasure): string {
  const rows: Array<[string, string, string]> = [
    ['spill pages', String(m.spill.length), '0'],
    [`titles broken inside words (of ${m.wrapped.length} wrapped titles, subtitles, 目录 entries)`, String(m.badBreaks.length), '0'],
    ['runts (one-character last lines)', String(m.runts.length), '≤ 2'],
    ['widows', String(m.widows.length), '0'],
    ['orphans', String(m.orphans.length), '0'],
    ['pages more than half blank, in mid-article', String(m.halfBlank.midRun.length), '0'],
    ['pages more than half blank, the last page of an article (or 卷首语, 目录, 简讯)', String(m.halfBlank.endPages.length), '—'],
    ['font objects', String(m.fontObjects), '≤ 12'],
    ['every page exactly A4 (595.28 × 841.89 ± 0.01)', yesNo(m.notA4.length === 0), 'yes'],
    [`/PageLabels match the printed folios (${m.labels.checked} pages with a folio)`, m.labels.present ? yesNo(m.labels.mismatches.length === 0) : '**no /PageLabels**', 'yes'],
  ];
  return ['| measure | count | target |', '|---|---:|---:|', ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n');
}

function list(title: string, items: string[]): string {
  return items.length ? `**${title}**\n\n${items.map((item) => `- ${item}`).join('\n')}\n` : '';
}

const lineItem = (m: IssueMeasure) => (f: LineFinding) => `${pageName(m, f.page)}: 「${f.before ? `…${f.before} / ` : ''}${f.text}」`;
const pageItem = (m: IssueMeasure) => (f: PageFinding) => `${pageName(m, f.page)}, ${f.article}: ${percent(f.share)} — ${clip(f.text)}`;

/** Every finding, listed under its count. */
export function findings(m: IssueMeasure): string {
  return [
    list('Spill pages (share: how far down the text block the content reaches)', m.spill.map(pageItem(m))),
    list('Breaks inside words (jieba)', m.badBreaks.map((b) => `${pageName(m, b.page)}, ${b.where}: 「${b.lines.join(' / ')}」 inside ${b.words.map((w) => `「${w}」`).join('、')}`)),
    list('Runts', m.runts.map(lineItem(m))),
    list('Widows', m.widows.map(lineItem(m))),
    list('Orphans', m.orphans.map(lineItem(m))),
    list('More than half blank in mid-article (share: blank)', m.halfBlank.midRun.map(pageItem(m))),
    list('More than half blank, as an article\'s last page (normal; share: blank)', m.halfBlank.endPages.map(pageItem(m))),
    list('Pages not A4', m.notA4.map((p) => `p. ${p.page}: ${p.size}`)),
    list('Page labels that are not the folio', m.labels.mismatches.map((x) => `${pageName(m, x.page)}: label ${x.label ?? '(none)'}`)),
    list('Wrapped titles, subtitles and 目录 entries checked', m.wrapped.map((w) => `${pageName(m, w.page)}, ${w.where}: 「${w.lines.join(' / ')}」`)),
  ].filter(Boolean).join('\n');
}

export function issueSection(source: string, m: IssueMeasure): string {
  const blind = m.articles ? '' : '**The PDF has no bookmarks: which pages are an article\'s is unknown, so spill pages and titles were not measured.**\n\n';
  return `## ${m.file.replace(/\.pdf$/, '')} (${source}, ${m.pages} pages, ${m.articles} bookmarked articles)\n\n${blind}${summaryTable(m)}\n\n${findings(m)}`;
}
