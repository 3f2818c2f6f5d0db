/**
 * Break opportunities at phrase boundaries for titles, 目录 entries, cover
 * headlines and captions (issue #11). BudouX's Simplified Chinese model cuts a
 * line into phrases; a cut is kept only where ICU's word segmenter
 * (`Intl.Segmenter`) also sees a word boundary, since each model alone now and
 * then cuts a word (部|署, 备忘|录). A `<wbr>` goes at every cut kept, and the
 * elements that hold them are set `word-break: keep-all` (print.css, web.css):
 * a title wraps only at a `<wbr>` or a space, never inside a word.
 *
 * ICU's dictionary is small: it leaves many words in single characters
 * (英德|市|连|江口|镇, 迎新|春|送|温暖), and a cut beside such a character
 * is as often inside a word (连江口镇, 迎新春) as not. So a cut is kept only
 * between two words of two characters or more, or beside what is not a
 * Chinese character (a digit, a mark, a space).
 */
import Handlebars from 'handlebars';
import { Parser, zhHansModel } from 'budoux';

let parser: Parser | undefined;
const words = new Intl.Segmenter('zh', { granularity: 'word' });

/** `text` cut into phrases (joined, they give `text` back). */
export function phrases(text: string): string[] {
  if (!text) return [];
  parser ??= new Parser(zhHansModel);
  const chunks = parser.parse(text);
  const segments = [...words.segment(text)];
  const strict = cutAt(text, chunks, cutsBetweenWords(segments));
  // A phrase too long for a narrow line (a phone's headline holds 12 or 13 characters) is cut
  // again at every ICU word boundary BudouX agrees with: a rare cut inside a name beats a break
  // anywhere at all.
  const loose = new Set(segments.map((s) => s.index + s.segment.length));
  let offset = 0;
  return strict.flatMap((phrase) => {
    const start = offset;
    offset += phrase.length;
    return [...phrase].length > LONG_PHRASE ? cutAt(phrase, parser!.parse(phrase), shifted(loose, start)) : [phrase];
  });
}

const LONG_PHRASE = 12;

/** `text` cut after the BudouX `chunks` whose end is in `cuts`. */
function cutAt(text: string, chunks: string[], cuts: Set<number>): string[] {
  const result: string[] = [];
  let start = 0;
  let at = 0;
  for (const chunk of chunks) {
    at += chunk.length;
    if (at < text.length && !cuts.has(at)) continue;
    result.push(text.slice(start, at));
    start = at;
  }
  return result;
}

/** `cuts` in a slice of the text that starts at `offset`. */
function shifted(cuts: Set<number>, offset: number): Set<number> {
  return new Set([...cuts].map((cut) => cut - offset));
}

/** `text` as HTML, escaped, with a `<wbr>` between phrases. */
export function phraseHtml(text: string): string {
  return phrases(text).map((phrase) => Handlebars.escapeExpression(phrase)).join('<wbr>');
}

const HAN = /\p{Script=Han}/u;

/** Positions between two ICU words where neither is a lone Chinese character. */
function cutsBetweenWords(segments: Intl.SegmentData[]): Set<number> {
  const lone = (segment: string | undefined) => segment !== undefined && [...segment].length === 1 && HAN.test(segment);
  const cuts = new Set<number>();
  segments.forEach((segment, i) => {
    if (!lone(segment.segment) && !lone(segments[i + 1]?.segment)) cuts.add(segment.index + segment.segment.length);
  });
  return cuts;
}
