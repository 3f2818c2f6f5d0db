/**
 * Reads a content text file (issue.md, an article, the 简讯, publication.yml)
 * for the loader. A file that is not there is reported where it is named,
 * with the nearest file that is there; a file in GBK, Big5 or UTF-16 is read
 * correctly and the editor told; bytes that are no text are refused. The
 * text is kept in `file.value`, so later passes (yuebao check) read exactly
 * what the build read.
 */
import { dirname } from 'node:path';
import type { VFile } from 'vfile';
import { t } from '../i18n/index.ts';
import { suggestPath } from './did-you-mean.ts';
import { displayPath } from '../core/paths.ts';
import { reportError, reportWarning, type Place } from '../core/problems.ts';
import { readTextFile } from './read-text.ts';

export interface ReadRequest {
  /** The file being read (its encoding problems are reported on it). */
  file: VFile;
  path: string;
  /** The file that names it, and where: a missing file is reported there. */
  namedIn: VFile;
  place?: Place;
  /** What to do when it is missing. */
  advice: string;
  /** The whole message when it is missing, instead of "… does not exist. <advice>". */
  missing?: string;
  /** Where "did you mean" stops climbing. */
  root?: string;
}

export async function readContentText(request: ReadRequest): Promise<string | undefined> {
  const { file, path, namedIn, place } = request;
  const c = t().content;
  let decoded;
  try {
    decoded = await readTextFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'EIO';
    const shown = displayPath(dirname(namedIn.path), path);
    if (code === 'ENOENT' && request.missing) {
      reportError(namedIn, request.missing, place, 'missing-file');
      return undefined;
    }
    const what = code === 'ENOENT' ? c.doesNotExist({ path: shown }) : code === 'EISDIR' ? c.isFolder({ path: shown }) : c.cannotRead({ path: shown, code });
    const near = code === 'ENOENT' && request.root ? suggestPath(path, request.root) : undefined;
    const hint = near ? c.didYouMean({ path: displayPath(dirname(namedIn.path), near) }) : request.advice;
    reportError(namedIn, c.whatThenHint({ what, hint }), place, 'missing-file');
    return undefined;
  }
  const start = { line: 1, column: 1 };
  switch (decoded.encoding) {
    case 'binary':
      reportError(file, c.encodingBinary, start, 'encoding');
      return undefined;
    case 'gb18030':
      reportWarning(file, c.encodingGbk, start, 'encoding');
      break;
    case 'big5':
      reportWarning(file, c.encodingBig5, start, 'encoding');
      break;
    case 'utf-16':
      reportWarning(file, c.encodingUtf16, start, 'encoding');
      break;
    case 'other':
      reportWarning(file, c.encodingOther({ encoding: decoded.label }), start, 'encoding');
      break;
  }
  if (decoded.broken) {
    // A stray byte or two (a bad copy from a PDF): said where, and left out rather than printed as �.
    const at = decoded.text.indexOf('\uFFFD');
    const before = decoded.text.slice(0, at).split('\n');
    reportWarning(file, c.encodingUnknown, { line: before.length, column: before[before.length - 1].length + 1 }, 'encoding');
    decoded.text = decoded.text.replaceAll('\uFFFD', '');
  }
  file.value = decoded.text;
  return decoded.text;
}
