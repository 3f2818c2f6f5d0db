/**
 * Text too near the trim, found by Ghostscript reading the press PDF back
 * (its txtwrite device gives every character's box): a cutter may land up to
 * a few tenths of a millimetre off, so text within 3 mm of the trim risks
 * being cut. The same run is the final re-read of the file: anything
 * Ghostscript complains of while reading it is a finding too.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { t } from '../i18n/index.ts';
import { runGhostscript } from './ghostscript.ts';
import { MM, type SheetGeometry } from './geometry.ts';
import type { Finding } from './preflight.ts';

export const SAFE_DISTANCE = 3 * MM;

export interface PlacedChar {
  page: number;
  char: string;
  /** In points from the sheet's top left: left, right, the baseline; and the font size. */
  x0: number;
  x1: number;
  baseline: number;
  size: number;
}

/** Reads txtwrite's XML-ish output (`<page>`, `<span … size="…">`, `<char bbox="x0 y0 x1 y1" c="…"/>`). */
export function parseTxtwrite(xml: string): PlacedChar[] {
  const chars: PlacedChar[] = [];
  let page = 0;
  let size = 10;
  const tag = /<page>|<span [^>]*size="([\d.]+)"|<char bbox="([-\d.]+) ([-\d.]+) ([-\d.]+) ([-\d.]+)" c="([^"]*)"/g;
  for (let m = tag.exec(xml); m; m = tag.exec(xml)) {
    if (m[0] === '<page>') page++;
    else if (m[1]) size = Number(m[1]);
    else chars.push({ page, char: decodeEntities(m[6]), x0: Number(m[2]), x1: Number(m[4]), baseline: Number(m[3]), size });
  }
  return chars;
}

function decodeEntities(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** Per page, the characters inside the trim but nearer its edge than SAFE_DISTANCE, with how near the nearest is. */
export function charsNearTrim(chars: PlacedChar[], geometry: SheetGeometry): Map<number, { text: string; distance: number }> {
  const { trim, media } = geometry;
  // txtwrite measures from the sheet's top; the trim's edges in the same terms:
  const left = trim.x;
  const right = trim.x + trim.width;
  const top = media.height - (trim.y + trim.height);
  const bottom = media.height - trim.y;
  const near = new Map<number, { text: string; distance: number }>();
  for (const c of chars) {
    if (!c.char.trim()) continue;
    const glyphTop = c.baseline - 0.88 * c.size;
    const glyphBottom = c.baseline + 0.12 * c.size;
    if (c.x1 < left || c.x0 > right || glyphBottom < top || glyphTop > bottom) continue; // in the slug: not page content
    const distance = Math.min(c.x0 - left, right - c.x1, glyphTop - top, bottom - glyphBottom);
    if (distance >= SAFE_DISTANCE) continue;
    const seen = near.get(c.page);
    if (!seen) near.set(c.page, { text: c.char, distance });
    else near.set(c.page, { text: seen.text.length < 12 ? seen.text + c.char : seen.text, distance: Math.min(seen.distance, distance) });
  }
  return near;
}

/** Runs Ghostscript over the press PDF at `path`; the findings (about `file`, the name it goes by) on text near the trim and what gs said. */
export async function textNearTrim(path: string, file: string, workDir: string, geometry: SheetGeometry, issue: string): Promise<Finding[]> {
  const out = join(workDir, 'text.xml');
  const run = await runGhostscript([`--permit-file-read=${path}`, '-sDEVICE=txtwrite', '-dTextFormat=0', `-sOutputFile=${out}`, path], { what: t().press.converting({ issue }) });
  const findings: Finding[] = [];
  const complaint = `${run.stdout}\n${run.stderr}`.split('\n').find((line) => /error|warning|\*\*\*\*/i.test(line));
  if (complaint) findings.push({ file, severity: 'error', ruleId: 'press-ghostscript', message: t().press.ghostscriptRejected({ detail: complaint.trim() }) });
  const chars = parseTxtwrite(await readFile(out, 'utf8'));
  for (const [page, { text, distance }] of charsNearTrim(chars, geometry)) {
    findings.push({ file, place: { line: page, column: 1 }, severity: 'warning', ruleId: 'press-text-near-trim', message: t().press.textNearTrim({ page, text, mm: (Math.max(0, distance) / MM).toFixed(1) }) });
  }
  return findings;
}
