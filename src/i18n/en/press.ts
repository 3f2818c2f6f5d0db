import type { press as zh } from '../zh/press.ts';

export const press: typeof zh = {
  bleedFormat: 'The bleed is a length, for example `bleed: 3mm` (pt, in and cm work too)',
  bleedTooBig: 'The bleed is at most 10 mm (print shops usually ask for 3 mm): for example `bleed: 3mm`',
  profileMissing: (p) => `Colour profile ${p.profile} not found: put the print shop's .icc file there (the path is relative to publication.yml), or remove the line to use yuebao's own (offset on coated paper, FOGRA39)`,
  profileNotCmyk: (p) => `${p.profile} is not a CMYK printing profile: ask the print shop for their CMYK profile (.icc), or remove the line to use yuebao's own`,

  noGhostscript:
    'The print shop\'s PDF needs Ghostscript, and none was found: on Debian, 统信 UOS or 麒麟 run `npm run sample` once (it installs ghostscript with apt) or `sudo apt-get install ghostscript`; on Windows install Ghostscript (gswin64c.exe); for one installed elsewhere, set YUEBAO_GS to its path',
  ghostscriptFailed: (p) => `${p.what} failed (Ghostscript): ${p.detail}`,
  converting: (p) => `Converting ${p.issue} to CMYK (PDF/X-1a)`,
  bleedFailed: (p) => `Printing the covers of ${p.issue} with their bleed failed: ${p.detail}`,
  noReaderPdf: (p) => `${p.issue} has no reader's PDF yet to make the print shop's from: build the PDF (without --no-pdf)`,
  pressNeedsPdf: '--press and --impose are made from the printed PDF: they cannot go with --no-pdf',

  imageLowPpi: (p) =>
    `Image ${p.image} (${p.px} px) prints ${p.mm} mm, only ${p.ppi} ppi; print shops ask for at least 250 ppi, and it will look soft: use the original photo (at least ${p.needed} px wide at this size), or set it smaller`,
  rgbLeft: (p) => `Page ${p.page} still has RGB colour (${p.what}); print takes CMYK only. This is a bug in yuebao: please report this line`,
  spotLeft: (p) => `Page ${p.page} has a spot colour (${p.name}); this bulletin prints in four colours. This is a bug in yuebao: please report it`,
  textNotBlack: (p) => `Page ${p.page} has black text that is not black ink alone (${p.colour}); four-colour black text blurs when the plates are out of register. This is a bug in yuebao: please report it`,
  fontNotEmbedded: (p) => `Font ${p.font} is not embedded; the print shop's computer would set another font. This is a bug in yuebao: please report it`,
  boxWrong: (p) => `Page ${p.page}: its ${p.box} is ${p.found}, not ${p.expected}; the print shop would trim wrongly. This is a bug in yuebao: please report it`,
  noOutputIntent: 'The print shop\'s PDF has no PDF/X output intent (a CMYK profile); a print shop\'s preflight rejects it. This is a bug in yuebao: please report it',
  notPdfx: (p) => `The print shop's PDF is not labelled PDF/X-1a (but ${p.found}). This is a bug in yuebao: please report it`,
  pageCountDiffers: (p) => `The print shop's PDF has ${p.press} pages and the reader's ${p.reader}: they must be the same. This is a bug in yuebao: please report it`,
  textNearTrim: (p) => `Page ${p.page}: “${p.text}” is only ${p.mm} mm from the trim (3 mm at least) and may be cut off: check this page's layout (the template's margins, or the cover's)`,
  ghostscriptRejected: (p) => `Ghostscript found a problem reading the print shop's PDF: ${p.detail}`,
  pressStale: (p) => `The print shop's PDF of ${p.issue} (${p.out}) is missing or out of date, so only the content was checked above. \`yuebao build --press\` makes it and runs the whole check`,

  optPress: "also make the print shop's PDF (bleed, crop marks, CMYK, PDF/X-1a) in <out>/press/, and preflight it",
  optImpose: 'also make a booklet for an office A3 copier, printed duplex, folded and stapled (<out>/press/<issue>-booklet.pdf)',
  optCheckPress: "also preflight for the print shop: photo resolution, colours, fonts, boxes, text near the trim (the up-to-date press PDF in --out, or one made for the check)",
  optCheckOut: "the output folder of the last build (--press checks the print shop's PDFs in it)",
  checkedTemporary: (p) => `(the print shop's PDF was made for this check and not kept: \`yuebao build --press\` writes it to ${p.out}/press/)`,
  builtBooklet: 'Booklet: print on A3, duplex (flip on the short edge), fold the stack in the middle and staple it',

  imposeBlank: (p) => `(the booklet has ${p.blanks} blank page(s) added, to make a multiple of 4)`,
};
