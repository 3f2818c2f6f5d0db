/**
 * What a page paints, followed through its content stream and the forms it
 * draws: where each image lands (its size on the page, so its resolution as
 * printed) and every colour operator used (preflight looks for RGB left and
 * black text that is not K alone). The graphics state is tracked only as far
 * as that needs: the CTM (q, Q, cm), the fill colour and whether text is
 * being shown.
 */
import { PDFArray, PDFDict, PDFName, PDFNumber, PDFRawStream, PDFRef, decodePDFRawStream, type PDFContext, type PDFPage } from 'pdf-lib';
import { operations } from './content-stream.ts';

type Matrix = [number, number, number, number, number, number];

export interface ImagePlacement {
  /** Pixels of the image in the file. */
  width: number;
  height: number;
  /** Its size on the page, in points. */
  shownWidth: number;
  shownHeight: number;
  colorSpace: string;
}

export interface PaintedPage {
  images: ImagePlacement[];
  /** Colour operators with their operands (`0 0 0 1 k`), each once. */
  colours: Set<string>;
  /** Fill colours that text was shown in, each once. */
  textColours: Set<string>;
}

const multiply = (a: Matrix, b: Matrix): Matrix => [
  a[0] * b[0] + a[1] * b[2],
  a[0] * b[1] + a[1] * b[3],
  a[2] * b[0] + a[3] * b[2],
  a[2] * b[1] + a[3] * b[3],
  a[4] * b[0] + a[5] * b[2] + b[4],
  a[4] * b[1] + a[5] * b[3] + b[5],
];

const COLOUR_OPERATORS = new Set(['g', 'G', 'rg', 'RG', 'k', 'K', 'cs', 'CS', 'sc', 'SC', 'scn', 'SCN']);
const TEXT_SHOWING = new Set(['Tj', 'TJ', "'", '"']);

export function paintedPage(page: PDFPage): PaintedPage {
  const painted: PaintedPage = { images: [], colours: new Set(), textColours: new Set() };
  const context = page.doc.context;
  const contents = page.node.get(PDFName.of('Contents'));
  const streams = (contents instanceof PDFArray ? contents.asArray() : [contents]).map((ref) => context.lookup(ref)).filter((s): s is PDFRawStream => s instanceof PDFRawStream);
  const text = streams.map((s) => Buffer.from(decodePDFRawStream(s).decode()).toString('latin1')).join('\n');
  walk(context, text, page.node.Resources(), [1, 0, 0, 1, 0, 0], painted, 0);
  return painted;
}

function walk(context: PDFContext, content: string, resources: PDFDict | undefined, base: Matrix, painted: PaintedPage, depth: number): void {
  if (depth > 8) return;
  let ctm = base;
  let fill = '0 g';
  const stack: Array<{ ctm: Matrix; fill: string }> = [];
  for (const op of operations(content)) {
    const n = op.operands.map((o) => o.number ?? 0);
    switch (op.operator) {
      case 'q':
        stack.push({ ctm, fill });
        break;
      case 'Q':
        ({ ctm, fill } = stack.pop() ?? { ctm, fill });
        break;
      case 'cm':
        ctm = multiply(n as Matrix, ctm);
        break;
      case 'Do': {
        const xobject = lookupIn(context, resources, 'XObject', op.operands[0]?.name);
        if (!(xobject instanceof PDFRawStream)) break;
        const dict = xobject.dict;
        const subtype = dict.get(PDFName.of('Subtype'));
        if (subtype === PDFName.of('Image')) {
          painted.images.push({
            width: numberOf(dict.get(PDFName.of('Width'))),
            height: numberOf(dict.get(PDFName.of('Height'))),
            shownWidth: Math.hypot(ctm[0], ctm[1]),
            shownHeight: Math.hypot(ctm[2], ctm[3]),
            colorSpace: colourSpaceName(context, dict.get(PDFName.of('ColorSpace')), resources),
          });
        } else if (subtype === PDFName.of('Form')) {
          const matrix = dict.lookupMaybe(PDFName.of('Matrix'), PDFArray)?.asArray().map(numberOf) as Matrix | undefined;
          const inner = Buffer.from(decodePDFRawStream(xobject).decode()).toString('latin1');
          walk(context, inner, dict.lookupMaybe(PDFName.of('Resources'), PDFDict) ?? resources, matrix ? multiply(matrix, ctm) : ctm, painted, depth + 1);
        }
        break;
      }
      case 'ID': {
        // An inline image: its dictionary is the operands between BI and ID (abbreviated keys: /W 10 /H 10 /CS /CMYK).
        const entries = new Map<string, (typeof op.operands)[number]>();
        for (let i = 0; i + 1 < op.operands.length; i += 2) entries.set(op.operands[i].name ?? '', op.operands[i + 1]);
        const value = (...keys: string[]) => keys.map((k) => entries.get(k)).find(Boolean);
        const space = value('CS', 'ColorSpace');
        const spaceName = { G: 'DeviceGray', RGB: 'DeviceRGB', CMYK: 'DeviceCMYK', I: 'Indexed' }[space?.name ?? ''] ?? space?.name ?? (space ? 'array' : 'none');
        painted.images.push({
          width: value('W', 'Width')?.number ?? 0,
          height: value('H', 'Height')?.number ?? 0,
          shownWidth: Math.hypot(ctm[0], ctm[1]),
          shownHeight: Math.hypot(ctm[2], ctm[3]),
          colorSpace: value('IM', 'ImageMask')?.raw === 'true' ? 'mask' : spaceName,
        });
        break;
      }
      default:
        if (COLOUR_OPERATORS.has(op.operator)) {
          const colour = `${op.operands.map((o) => o.raw).join(' ')} ${op.operator}`;
          painted.colours.add(colour);
          if (['g', 'rg', 'k', 'sc', 'scn'].includes(op.operator)) fill = colour;
        } else if (TEXT_SHOWING.has(op.operator)) painted.textColours.add(fill);
    }
  }
}

function lookupIn(context: PDFContext, resources: PDFDict | undefined, kind: string, name: string | undefined) {
  if (!resources || !name) return undefined;
  const group = resources.lookupMaybe(PDFName.of(kind), PDFDict);
  const value = group?.get(PDFName.of(name));
  return value instanceof PDFRef ? context.lookup(value) : value;
}

function numberOf(value: unknown): number {
  return value instanceof PDFNumber ? value.asNumber() : 0;
}

/** An image's colour space by its family: DeviceCMYK, DeviceRGB, ICCBased/3, Indexed/DeviceRGB, Separation/… */
export function colourSpaceName(context: PDFContext, value: unknown, resources?: PDFDict): string {
  const space = value instanceof PDFRef ? context.lookup(value) : value;
  if (space instanceof PDFName) {
    const named = lookupIn(context, resources, 'ColorSpace', space.asString().slice(1));
    return named ? colourSpaceName(context, named) : space.asString().slice(1);
  }
  if (!(space instanceof PDFArray)) return 'none';
  const family = space.get(0) instanceof PDFName ? (space.get(0) as PDFName).asString().slice(1) : '?';
  if (family === 'ICCBased') {
    const stream = context.lookup(space.get(1));
    return `ICCBased/${stream instanceof PDFRawStream ? numberOf(stream.dict.get(PDFName.of('N'))) : '?'}`;
  }
  if (family === 'Indexed') return `Indexed/${colourSpaceName(context, space.get(1))}`;
  if (family === 'Separation' || family === 'DeviceN') return `${family}/${space.get(1)?.toString() ?? ''}`;
  return family;
}
