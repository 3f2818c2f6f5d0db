/**
 * YAML with positions. Parses a YAML text (a whole .yml file, or the front
 * matter of a Markdown file, which starts `lineOffset` lines into its file) and
 * can say on which line any key or value stands, so that schema problems point
 * at the line to fix, not just the file.
 */
import { LineCounter, parseDocument, isNode, type Document } from 'yaml';
import type { VFile } from 'vfile';
import { reportError, type Place } from './problems.ts';

export interface YamlSource {
  /** The parsed data; undefined when the YAML could not be parsed. */
  data: unknown;
  /** Where the value at `path` (or the nearest existing parent) stands in the file. */
  locate(path: readonly PropertyKey[]): Place;
  /** Where the key at `path` stands (for "unknown key" problems). */
  locateKey(path: readonly PropertyKey[]): Place;
}

export function parseYamlSource(file: VFile, text: string, lineOffset = 0): YamlSource {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number): Place => {
    const pos = lineCounter.linePos(offset);
    return { line: pos.line + lineOffset, column: pos.col };
  };
  const start: Place = { line: 1 + lineOffset, column: 1 };

  for (const error of doc.errors) {
    const place = error.code === 'MISSING_CHAR' && /quote/i.test(error.message) ? unclosedQuote(text, error.pos[0]) ?? error.pos[0] : error.pos[0];
    reportError(
      file,
      `YAML syntax: ${firstLine(error.message)}. Check the indentation and quoting on this line (a value with a colon or # needs quotes).`,
      at(place),
      'yaml-syntax',
    );
  }

  const nodeRange = (path: readonly PropertyKey[]): [number, number, number] | undefined => {
    for (let n = path.length; n >= 0; n--) {
      const node = doc.getIn(path.slice(0, n) as unknown[], true);
      if (isNode(node) && node.range) return node.range;
    }
    return undefined;
  };

  return {
    data: doc.errors.length ? undefined : doc.toJS(),
    locate(path) {
      const range = nodeRange(path);
      return range ? at(range[0]) : start;
    },
    locateKey(path) {
      return keyPlace(doc, path, at) ?? this.locate(path.slice(0, -1));
    },
  };
}

function keyPlace(doc: Document, path: readonly PropertyKey[], at: (offset: number) => Place): Place | undefined {
  const parent = path.length > 1 ? doc.getIn(path.slice(0, -1) as unknown[], true) : doc.contents;
  const key = path[path.length - 1];
  const items = (parent as { items?: { key?: { value?: unknown; range?: [number, number, number] } }[] } | null)?.items;
  const pair = items?.find((item) => item.key?.value === key);
  return pair?.key?.range ? at(pair.key.range[0]) : undefined;
}

/** Where the quote that was never closed was opened: yaml reports the end of the text instead. */
function unclosedQuote(text: string, before: number): number | undefined {
  const match = /:[ \t]+(["'])/g;
  let found: number | undefined;
  for (let m = match.exec(text); m && m.index < before; m = match.exec(text)) {
    const quote = m[1];
    const lineEnd = text.indexOf('\n', m.index);
    const rest = text.slice(m.index + m[0].length, lineEnd < 0 ? undefined : lineEnd);
    if (!rest.includes(quote)) found = m.index + m[0].length - 1;
  }
  return found;
}

function firstLine(message: string): string {
  return message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '').replace(/\.$/, '');
}
