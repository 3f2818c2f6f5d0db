/**
 * clreq's compression of adjacent full-width punctuation (”， 。“ ”）): of two
 * marks side by side, one is set half-width, so the pair takes 1.5 em, not 2.
 * Chromium's `text-spacing-trim` would do it from the font's `halt` feature,
 * but not with unicode-range font slices: it applies only to glyphs of a face
 * that holds the punctuation it measures (、。，： …), and the slices split the
 * marks over several files. So the mark to halve is wrapped in
 * `<span class="halt">`, which print.css sets with `font-feature-settings:
 * "halt"` (the font's own half-width glyph positioning).
 *
 * Only the dev preview, which keeps the slices, styles those spans
 * (src/print/live-printer.ts). A build prints with one font file per face
 * (src/output/font-subset.ts), where `text-spacing-trim` does the compression
 * and the spans are left unstyled: styled too, a pair would lose a full em.
 *
 * The mark halved: a closing mark before any mark (”， 。“ ”）) loses the white
 * after it; an opening mark after an opening mark (（“) loses the white before it.
 */
const CLOSING = '，。、；：）」』”’》〉】〕';
const OPENING = '（「『“‘《〈【〔';
const MARK = `[${CLOSING}${OPENING}]`;
const CLOSING_BEFORE_MARK = new RegExp(`([${CLOSING}])(?=${MARK})`, 'g');
const OPENING_AFTER_OPENING = new RegExp(`(?<=[${OPENING}])([${OPENING}])`, 'g');

/** The text of an HTML fragment (outside tags, and outside <head>) with its compressible marks wrapped. */
export function compressPunctuation(html: string): string {
  const bodyAt = Math.max(0, html.indexOf('<body'));
  const head = html.slice(0, bodyAt);
  const body = html.slice(bodyAt).replace(/(^|>)([^<]+)/g, (all, close: string, text: string) => close + halveMarks(text));
  return head + body;
}

function halveMarks(text: string): string {
  return text.replace(CLOSING_BEFORE_MARK, HALT).replace(OPENING_AFTER_OPENING, HALT);
}

const HALT = '<span class="halt">$1</span>';
