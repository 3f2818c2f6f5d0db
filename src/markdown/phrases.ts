/**
 * Break opportunities at phrase boundaries for titles, 目录 entries, cover
 * headlines and captions (issue #11). BudouX's Simplified Chinese model cuts a
 * line into phrases; a cut is kept only where ICU's word segmenter
 * (`Intl.Segmenter`) also sees a word boundary, since each model alone now and
 * then cuts a word (部|署, 备忘|录). A `<wbr>` goes at every cut kept, and the
 * elements that hold them are set `word-break: keep-all` (print.css, web.css):
 * a title wraps only at a `<wbr>` or a space, never inside a word.
 */
import Handlebars from 'handlebars';
import { Parser, zhHansModel } from 'budoux';

let parser: Parser | undefined;
const words = new Intl.Segmenter('zh', { granularity: 'word' });

/** `text` cut into phrases (joined, they give `text` back). */
export function phrases(text: string): string[] {
  if (!text) return [];
  parser ??= new Parser(zhHansModel);
  const wordEnds = new Set([...words.segment(text)].map((s) => s.index + s.segment.length));
  const result: string[] = [];
  let start = 0;
  let at = 0;
  for (const chunk of parser.parse(text)) {
    at += chunk.length;
    if (at < text.length && !wordEnds.has(at)) continue;
    result.push(text.slice(start, at));
    start = at;
  }
  return result;
}

/** `text` as HTML, escaped, with a `<wbr>` between phrases. */
export function phraseHtml(text: string): string {
  return phrases(text).map((phrase) => Handlebars.escapeExpression(phrase)).join('<wbr>');
}
