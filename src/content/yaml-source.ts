/**
 * YAML with positions. Parses a YAML text (a whole .yml file, or the front
 * matter of a Markdown file, which starts `lineOffset` lines into its file) and
 * can say on which line any key or value stands, so that schema problems point
 * at the line to fix, not just the file.
 */
import { LineCounter, parseDocument, isNode, visit, type Document } from 'yaml';
import type { VFile } from 'vfile';
import { reportError, reportWarning, type Place } from '../core/problems.ts';
import { explainParserError, findYamlMistakes } from './yaml-mistakes.ts';
import { t } from '../i18n/index.ts';

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

  // Mistakes we can name come first; the parser's errors at or below them are their echoes.
  const mistakes = findYamlMistakes(text);
  for (const m of mistakes) {
    const place = { line: m.line + lineOffset, column: m.column };
    if (m.fatal) reportError(file, m.reason, place, m.ruleId);
    else reportWarning(file, m.reason, place, m.ruleId);
  }
  const firstMistake = Math.min(...mistakes.filter((m) => m.fatal).map((m) => m.from ?? m.line));
  const lines = text.split('\n');
  const blamed = new Set<number>(); // one parser error a line: the others on it are its echoes
  for (const error of doc.errors) {
    const offset = error.code === 'MISSING_CHAR' && /quote/i.test(error.message) ? unclosedQuote(text, error.pos[0]) ?? error.pos[0] : error.pos[0];
    const place = at(offset);
    if (place.line - lineOffset >= firstMistake || blamed.has(place.line)) continue;
    blamed.add(place.line);
    const { reason, ruleId } = explainParserError(error.code, error.message, lines[place.line - lineOffset - 1] ?? '');
    reportError(file, reason, place, ruleId);
  }
  let broken = doc.errors.length > 0 || Number.isFinite(firstMistake);
  let data: unknown;
  if (!broken) {
    try {
      data = doc.toJS();
    } catch {
      // An alias (`*name`) to no anchor: yaml throws only now. Named where it stands, like the mistakes above.
      broken = true;
      reportAliases(file, doc, text, at);
    }
  }

  const nodeRange = (path: readonly PropertyKey[]): [number, number, number] | undefined => {
    for (let n = path.length; n >= 0; n--) {
      const node = doc.getIn(path.slice(0, n) as unknown[], true);
      if (isNode(node) && node.range) return node.range;
    }
    return undefined;
  };

  return {
    data: broken ? undefined : data,
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

/** Each alias in the text, reported as the value that starts with `*` it is (findYamlMistakes names most before the parser). */
function reportAliases(file: VFile, doc: Document, text: string, at: (offset: number) => Place): void {
  let found = false;
  visit(doc, {
    Alias(_, node) {
      if (!node.range || node.resolve(doc)) return;
      found = true;
      const written = text.slice(node.range[0], node.range[1]);
      reportError(file, t().content.yamlReservedStart({ char: '*', example: `"${written}"` }), at(node.range[0]), 'yaml-reserved-start');
    },
  });
  if (!found) reportError(file, t().content.yamlReservedStart({ char: '*', example: '"*……"' }), at(0), 'yaml-reserved-start');
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
