/**
 * The sample issues measured as the typesetting report measures them
 * (bench/lib/typeset-measure.ts, from the PDF alone), against issue 11's
 * targets: page labels that are the printed folios, exact A4, at most 12 font
 * objects, no title broken inside a word (by jieba), no spill page, at most
 * two one-character last lines.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { measurePdf, type IssueMeasure } from '../bench/lib/typeset-measure.ts';
import { pageName } from '../bench/lib/typeset-report.ts';
import { sampleBuild } from './helpers.ts';

describe('the sample issues, measured from their PDFs', () => {
  let measures: IssueMeasure[] = [];

  beforeAll(async () => {
    const { out } = await sampleBuild(); // the sample built once for the suite (test/helpers.ts)
    const pdfs = readdirSync(join(out, 'pdf')).filter((name) => name.endsWith('.pdf')).sort();
    measures = await Promise.all(pdfs.map((name) => measurePdf(join(out, 'pdf', name))));
  });

  it('reads both issues, with their bookmarked articles and a wrapped title to check', () => {
    expect(measures.map((m) => m.file)).toEqual(['2024-03.pdf', '2024-04.pdf']);
    for (const m of measures) expect(m.articles, m.file).toBeGreaterThanOrEqual(5);
    expect(measures[0].wrapped.filter((w) => w.where === 'title').length).toBeGreaterThanOrEqual(1);
  });

  it('labels every page that prints a folio with that folio (/PageLabels)', () => {
    for (const m of measures) {
      expect(m.labels.present, m.file).toBe(true);
      expect(m.labels.checked, m.file).toBeGreaterThan(m.pages * 0.7);
      expect(m.labels.mismatches, m.file).toEqual([]);
    }
  });

  it('is exactly A4 on every page', () => {
    for (const m of measures) expect(m.notA4, m.file).toEqual([]);
  });

  it('holds at most 12 font objects', () => {
    for (const m of measures) expect(m.fontObjects, m.file).toBeLessThanOrEqual(12);
  });

  it('breaks no title, subtitle or 目录 entry inside a word (jieba)', () => {
    for (const m of measures) expect(m.badBreaks.map((b) => `${pageName(m, b.page)} ${b.lines.join(' / ')}`), m.file).toEqual([]);
  });

  it('leaves no spill page (an article\'s last page filled less than 30% down)', () => {
    for (const m of measures) expect(m.spill.map((s) => `${pageName(m, s.page)} ${s.article}`), m.file).toEqual([]);
  });

  it('has at most two one-character last lines per issue', () => {
    for (const m of measures) {
      const runts = m.runts.map((r) => `${pageName(m, r.page)} ${r.text}`);
      expect(runts.length, `${m.file}: ${runts.join(', ')}`).toBeLessThanOrEqual(2);
    }
  });
});
