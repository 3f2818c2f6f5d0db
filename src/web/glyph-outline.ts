/**
 * One character of the house font as an SVG path, for the favicon: the
 * full Noto Serif SC Black (the masthead's face) is cut down to that one
 * character with harfbuzz (npm `subset-font`, as the print fonts are), and
 * the glyph's TrueType outline is read from the tiny font that comes out.
 * A path, not <text>: the icon looks the same on every machine, and sharp
 * draws it into PNGs without any font installed.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import subsetFont from 'subset-font';

const require = createRequire(import.meta.url);
const MASTHEAD_FACE = '@expo-google-fonts/noto-serif-sc/900Black/NotoSerifSC_900Black.ttf';

export interface GlyphOutline {
  /** SVG path data in font units, y pointing down, the baseline at y = 0. */
  path: string;
  unitsPerEm: number;
  /** The outline's bounds in the same units (y down). */
  box: { x: number; y: number; width: number; height: number };
}

/** The outline of `char` in the masthead face, or undefined when the face has no glyph for it. */
export async function glyphOutline(char: string): Promise<GlyphOutline | undefined> {
  const font = await readFile(require.resolve(MASTHEAD_FACE));
  const subset = await subsetFont(font, char, { targetFormat: 'truetype' });
  return readOutline(Buffer.from(subset));
}

/** Reads glyph 1 (the subset's only character; 0 is .notdef) of a TrueType font. */
export function readOutline(ttf: Buffer): GlyphOutline | undefined {
  const tables = new Map<string, number>();
  const count = ttf.readUInt16BE(4);
  for (let i = 0; i < count; i++) tables.set(ttf.toString('latin1', 12 + i * 16, 16 + i * 16), ttf.readUInt32BE(20 + i * 16));
  const head = tables.get('head');
  const loca = tables.get('loca');
  const glyf = tables.get('glyf');
  const maxp = tables.get('maxp');
  if (head === undefined || loca === undefined || glyf === undefined || maxp === undefined) return undefined;
  if (ttf.readUInt16BE(maxp + 4) < 2) return undefined;
  const unitsPerEm = ttf.readUInt16BE(head + 18);
  const longOffsets = ttf.readInt16BE(head + 50) === 1;
  const offset = (i: number) => (longOffsets ? ttf.readUInt32BE(loca + i * 4) : ttf.readUInt16BE(loca + i * 2) * 2);
  const start = glyf + offset(1);
  if (offset(2) === offset(1)) return undefined; // an empty glyph
  const contours = ttf.readInt16BE(start);
  if (contours <= 0) return undefined; // a composite glyph: not in the CJK ideographs of Noto
  const [xMin, yMin, xMax, yMax] = [2, 4, 6, 8].map((d) => ttf.readInt16BE(start + d));

  const ends: number[] = [];
  for (let i = 0; i < contours; i++) ends.push(ttf.readUInt16BE(start + 10 + i * 2));
  const points = ends[contours - 1] + 1;
  let at = start + 10 + contours * 2;
  at += 2 + ttf.readUInt16BE(at); // instructions
  const flags: number[] = [];
  while (flags.length < points) {
    const flag = ttf[at++];
    flags.push(flag);
    if (flag & 8) for (let repeat = ttf[at++]; repeat > 0; repeat--) flags.push(flag);
  }
  const coordinates = (short: number, same: number) => {
    const values: number[] = [];
    let value = 0;
    for (const flag of flags) {
      if (flag & short) {
        value += flag & same ? ttf[at] : -ttf[at];
        at += 1;
      } else if (!(flag & same)) {
        value += ttf.readInt16BE(at);
        at += 2;
      }
      values.push(value);
    }
    return values;
  };
  const xs = coordinates(2, 16);
  const ys = coordinates(4, 32).map((y) => -y);

  let path = '';
  let first = 0;
  for (const end of ends) {
    path += contourPath(Array.from({ length: end - first + 1 }, (_, k) => ({ x: xs[first + k], y: ys[first + k], on: (flags[first + k] & 1) === 1 })));
    first = end + 1;
  }
  return { path, unitsPerEm, box: { x: xMin, y: -yMax, width: xMax - xMin, height: yMax - yMin } };
}

interface Point {
  x: number;
  y: number;
  on: boolean;
}

/** A closed quadratic contour: between two off-curve points lies an implied on-curve one. */
function contourPath(points: Point[]): string {
  if (!points.length) return '';
  const mid = (a: Point, b: Point): Point => ({ x: (a.x + b.x) / 2, y: (a.y + b.y) / 2, on: true });
  const startIndex = points.findIndex((p) => p.on);
  const start = startIndex >= 0 ? points[startIndex] : mid(points[0], points[1 % points.length]);
  const ordered = startIndex >= 0 ? [...points.slice(startIndex + 1), ...points.slice(0, startIndex)] : [...points.slice(1), points[0]];
  const n = (v: number) => String(Math.round(v * 10) / 10);
  let d = `M${n(start.x)} ${n(start.y)}`;
  let control: Point | undefined;
  for (const point of [...ordered, start]) {
    if (point.on) {
      d += control ? `Q${n(control.x)} ${n(control.y)} ${n(point.x)} ${n(point.y)}` : `L${n(point.x)} ${n(point.y)}`;
      control = undefined;
    } else {
      if (control) {
        const implied = mid(control, point);
        d += `Q${n(control.x)} ${n(control.y)} ${n(implied.x)} ${n(implied.y)}`;
      }
      control = point;
    }
  }
  return `${d}Z`;
}
