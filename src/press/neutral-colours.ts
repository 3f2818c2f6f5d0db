/**
 * Black and grey in black ink only. Chromium writes every colour as RGB
 * (`.102 .102 .102 rg`); converted to CMYK through a profile, a grey becomes
 * four inks (rich black), which on a press blurs small text as soon as the
 * plates are a hair out of register. So before Ghostscript converts the
 * colours, every neutral RGB colour (r = g = b) in the pages' content becomes
 * DeviceGray, which Ghostscript's CMYK conversion keeps in K alone
 * (DeviceGrayToK, its default). Near-black (the house ink #1a1a1a, 10% grey)
 * becomes solid black, 100% K: text screened at 90% would print ragged.
 * Colours (the house red) go through the profile as they are.
 */
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRawStream, PDFRef, PDFStream, decodePDFRawStream } from 'pdf-lib';
import { operations } from './content-stream.ts';

/** Greys at least this dark (10% grey and less) print as solid black. */
const SOLID_BELOW = 0.15;

/** A content stream with its neutral RGB colours written as grey. */
export function neutralToGray(content: string): string {
  let out = '';
  let last = 0;
  for (const op of operations(content)) {
    if (op.operator !== 'rg' && op.operator !== 'RG') continue;
    const [r, g, b] = op.operands.map((o) => o.number);
    if (op.operands.length !== 3 || r === undefined || g === undefined || b === undefined) continue;
    if (Math.abs(r - g) > 0.004 || Math.abs(g - b) > 0.004) continue;
    const level = (r + g + b) / 3;
    const gray = level <= SOLID_BELOW ? '0' : String(Math.round(level * 1000) / 1000);
    out += `${content.slice(last, op.start)}${gray} ${op.operator === 'rg' ? 'g' : 'G'}`;
    last = op.end;
  }
  return last === 0 ? content : out + content.slice(last);
}

/** Rewrites the content of every page of `doc`, and of the forms they draw, in place. */
export function neutralColoursToGray(doc: PDFDocument): void {
  const done = new Set<PDFRef | PDFStream>();
  const rewrite = (ref: PDFRef | PDFStream | undefined) => {
    if (!ref || done.has(ref)) return;
    done.add(ref);
    const stream = ref instanceof PDFRef ? doc.context.lookup(ref) : ref;
    if (!(stream instanceof PDFRawStream)) return;
    const text = Buffer.from(decodePDFRawStream(stream).decode()).toString('latin1');
    const changed = neutralToGray(text);
    if (changed !== text && ref instanceof PDFRef) {
      const dict = stream.dict.clone(doc.context);
      for (const key of ['Filter', 'DecodeParms', 'Length']) dict.delete(PDFName.of(key));
      const replacement = doc.context.flateStream(Buffer.from(changed, 'latin1'), {});
      for (const [key, value] of dict.entries()) replacement.dict.set(key, value);
      doc.context.assign(ref, replacement);
    }
    forms(stream.dict).forEach(rewrite);
  };
  for (const page of doc.getPages()) {
    const contents = page.node.get(PDFName.of('Contents'));
    const refs = contents instanceof PDFArray ? contents.asArray() : [contents];
    for (const ref of refs) if (ref instanceof PDFRef) rewrite(ref);
    formsOf(page.node.Resources()).forEach(rewrite);
  }

  /** The form XObjects a form's own resources name. */
  function forms(dict: PDFDict): PDFRef[] {
    if (dict.get(PDFName.of('Subtype')) !== PDFName.of('Form')) return [];
    return formsOf(dict.lookupMaybe(PDFName.of('Resources'), PDFDict));
  }
  function formsOf(resources: PDFDict | undefined): PDFRef[] {
    const xobjects = resources?.lookupMaybe(PDFName.of('XObject'), PDFDict);
    if (!xobjects) return [];
    return xobjects.values().filter((v): v is PDFRef => v instanceof PDFRef && (doc.context.lookup(v) as PDFRawStream | undefined)?.dict?.get(PDFName.of('Subtype')) === PDFName.of('Form'));
  }
}
