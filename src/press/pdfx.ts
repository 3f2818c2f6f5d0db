/**
 * RGB → CMYK, as PDF/X-1a:2001, with Ghostscript's pdfwrite.
 *
 * Why PDF/X-1a and not PDF/X-4: it is what print shops here ask for by name
 * and what every RIP, old or new, takes; it allows CMYK (and grey) only, no
 * transparency, every font embedded — and yuebao's pages have no transparency
 * to keep (Chromium writes none for them: /ca 1 only), so X-4's one advantage
 * buys nothing. And Debian 12's Ghostscript (10.00) writes PDF/X-3 (-dPDFX)
 * but not X-4. Its PDF/X-3 mode enforces what X-1a needs (PDF 1.3, boxes,
 * fonts embedded, no annotations on the page, an output intent); with every
 * colour converted to DeviceCMYK or DeviceGray the file is X-1a, and is
 * labelled so.
 *
 * Colours: images and coloured vectors go through the output profile
 * (perceptual for photos), whose separation tables set the total ink limit
 * (300% for the shipped profile, templates/press/README.md). Greys were made
 * DeviceGray beforehand (neutral-colours.ts) and come out in K alone.
 */
import { copyFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../package-root.ts';
import { runGhostscript } from './ghostscript.ts';
import { readProfile } from '../config/icc-profile.ts';
import { t } from '../i18n/index.ts';

/** The CMYK profile yuebao ships: offset on coated paper (FOGRA39), total ink 300%. */
export const DEFAULT_PROFILE = join(PACKAGE_ROOT, 'templates', 'press', 'coated-fogra39-300.icc');

export interface OutputIntent {
  /** The profile file (embedded as the DestOutputProfile). */
  path: string;
  /** A registered characterisation (FOGRA39) or `Custom`. */
  identifier: string;
  condition: string;
}

export function outputIntentFor(profile: string | undefined): OutputIntent {
  if (!profile) return { path: DEFAULT_PROFILE, identifier: 'FOGRA39', condition: 'Offset printing, coated paper (ISO 12647-2:2004, FOGRA39), total ink 300%' };
  return { path: profile, identifier: 'Custom', condition: readProfile(profile).description ?? 'Custom CMYK' };
}


/** A PostScript string: ASCII as it is, everything else (a Chinese folder name) as octal escapes. */
function psString(text: string): string {
  return `(${[...Buffer.from(text, 'utf8')].map((b) => (b < 0x20 || b > 0x7e || b === 0x28 || b === 0x29 || b === 0x5c ? `\\${b.toString(8).padStart(3, '0')}` : String.fromCharCode(b))).join('')})`;
}

/** The pdfmarks that make the file PDF/X-1a: its Info keys, and the output intent with the profile embedded. */
function pdfxPrologue(intent: OutputIntent, profileCopy: string, title: string): string {
  return `%!
[ /GTS_PDFXVersion (PDF/X-1:2001) /GTS_PDFXConformance (PDF/X-1a:2001) /Title ${psString(title)} /Trapped /False /DOCINFO pdfmark
[ /_objdef {icc_PDFX} /type /stream /OBJ pdfmark
[ {icc_PDFX} << /N 4 >> /PUT pdfmark
[ {icc_PDFX} ${psString(profileCopy)} (r) file /PUT pdfmark
[ /_objdef {OutputIntent_PDFX} /type /dict /OBJ pdfmark
[ {OutputIntent_PDFX} <<
  /Type /OutputIntent /S /GTS_PDFX
  /OutputConditionIdentifier ${psString(intent.identifier)}
  /OutputCondition ${psString(intent.condition)}
  /Info ${psString(intent.condition)}
  /RegistryName (http://www.color.org)
  /DestOutputProfile {icc_PDFX}
>> /PUT pdfmark
[ {Catalog} << /OutputIntents [ {OutputIntent_PDFX} ] >> /PUT pdfmark
`;
}

export interface ConvertOptions {
  /** The composed RGB press PDF, and where the CMYK one goes; `workDir` holds gs's inputs. */
  input: string;
  output: string;
  workDir: string;
  intent: OutputIntent;
  title: string;
  /** The issue's date (YYYY-MM-DD): the PDF's dates, so a rebuild gives the same file. */
  date: string;
  issue: string;
}

export async function convertToPdfx(options: ConvertOptions): Promise<void> {
  const { workDir, intent } = options;
  const profileCopy = join(workDir, 'output-intent.icc');
  const prologue = join(workDir, 'pdfx.ps');
  await copyFile(intent.path, profileCopy);
  await writeFile(prologue, pdfxPrologue(intent, profileCopy, options.title));
  const epoch = String(Math.floor(Date.parse(`${options.date}T00:00:00Z`) / 1000));
  await runGhostscript(
    [
      `--permit-file-read=${workDir}/`,
      '-sDEVICE=pdfwrite',
      '-dPDFX',
      '-dCompatibilityLevel=1.3',
      '-sColorConversionStrategy=CMYK',
      '-sProcessColorModel=DeviceCMYK',
      `-sOutputICCProfile=${profileCopy}`,
      // Perceptual: photos keep their gradation when squeezed into the paper's gamut.
      '-dRenderIntent=0',
      '-dAutoRotatePages=/None',
      // Photos were sized for 300 dpi already (render/print-page.ts): keep every pixel, re-compress them well.
      '-dDownsampleColorImages=false',
      '-dDownsampleGrayImages=false',
      '-dAutoFilterColorImages=false',
      '-dColorImageFilter=/DCTEncode',
      '-dJPEGQ=92',
      '-dEmbedAllFonts=true',
      '-dSubsetFonts=true',
      `-sOutputFile=${options.output}`,
      prologue,
      options.input,
    ],
    { env: { SOURCE_DATE_EPOCH: epoch }, what: t().press.converting({ issue: options.issue }) },
  );
}
