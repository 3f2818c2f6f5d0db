/**
 * The prose of a Markdown file as the proof-reading rules read it: one run of
 * text per paragraph, heading, table cell and image caption, built from the
 * mdast's text nodes, so Markdown syntax, code, URLs and HTML are not in it.
 * Emphasis, links and the like are read through (their text is prose, their
 * markers and addresses are not); inline code, inline HTML and an image stand
 * in a run as one U+FFFC, which no rule takes for Chinese.
 *
 * Each character of a run knows where it is written in the file, so a
 * finding has an exact place and a fix edits exactly the characters it means:
 * mostly one character, but an escaped `\,` or a reference `&#44;` is the
 * whole of it (a fix that left the backslash would print it). A character
 * the parser made up has no place, and a fix that would need it is not offered.
 */
import type { Image, ImageReference, Nodes, PhrasingContent, Root } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import { NOT_PROSE, type Edit, type Hit } from './prose-rules.ts';

export interface ProseRun {
  text: string;
  /** Offset in the file where each character of `text` is written; -1 where it is not. */
  at: number[];
  /** How many characters of the file write it: 1, or 2 for `\,`, or a reference's length. */
  width: number[];
}

/** A hit of a rule, in file offsets. */
export interface PlacedHit {
  start: number;
  end: number;
  /** The fix, when every character it edits is written in the file as it reads. */
  fix?: { span: { start: number; end: number }; edits: Edit[] };
}

const BLOCKS = new Set(['paragraph', 'heading', 'tableCell']);
/** A character reference, which micromark reads as the character it stands for. */
const REFERENCE = /&(?:#\d{1,7}|#[xX][\da-fA-F]{1,6}|[A-Za-z][A-Za-z\d]{1,31});/y;
/** What a backslash escapes in CommonMark: ASCII punctuation. */
const ESCAPABLE = /^[!-/:-@[-`{-~]$/;

/** The runs of prose in `tree`, parsed from `source`, in file order (a caption after the paragraph it stands in). */
export function proseRuns(tree: Root, source: string): ProseRun[] {
  const runs: ProseRun[] = [];
  visit(tree, (node: Nodes) => {
    if (!BLOCKS.has(node.type) || !('children' in node)) return undefined;
    const run: ProseRun = { text: '', at: [], width: [] };
    const captions: ProseRun[] = [];
    addPhrasing(run, node.children as PhrasingContent[], source, captions);
    runs.push(run, ...captions);
    return SKIP;
  });
  return runs.filter((run) => run.text.trim());
}

function addPhrasing(run: ProseRun, nodes: PhrasingContent[], source: string, captions: ProseRun[]): void {
  const gap = (text: string) => append(run, text, { at: Array<number>(text.length).fill(-1), width: Array<number>(text.length).fill(0) });
  for (const node of nodes) {
    if (node.type === 'text') {
      append(run, node.value, align(node.value, source, node.position?.start.offset, node.position?.end.offset));
    } else if (node.type === 'break') {
      gap('\n');
    } else if (node.type === 'image' || node.type === 'imageReference') {
      // The caption (alt) is printed under the photo: prose of its own, read from between `![` and the end.
      captions.push(captionRun(node, source));
      gap(NOT_PROSE);
    } else if (node.type === 'link' && source[node.position?.start.offset ?? -1] !== '[') {
      gap(NOT_PROSE); // an autolink, <https://…> or a bare www.…: its text is its address
    } else if ('children' in node) {
      addPhrasing(run, node.children, source, captions); // emphasis, strong, delete, link text
    } else {
      gap(NOT_PROSE); // inline code, inline HTML, a footnote reference
    }
  }
}

function append(run: ProseRun, text: string, where: Pick<ProseRun, 'at' | 'width'>): void {
  run.text += text;
  run.at.push(...where.at);
  run.width.push(...where.width);
}

function captionRun(node: Image | ImageReference, source: string): ProseRun {
  const alt = node.alt ?? '';
  const start = node.position?.start.offset;
  return { text: alt, ...align(alt, source, start === undefined ? undefined : start + 2, node.position?.end.offset) };
}

/**
 * Where in `source` each character of `value` is written, which the parser
 * read from source[from, to): the characters come in order, with Markdown
 * left out in between (a blockquote's `>`, an indent, emphasis markers).
 */
function align(value: string, source: string, from: number | undefined, to: number | undefined): Pick<ProseRun, 'at' | 'width'> {
  const at = Array<number>(value.length).fill(-1);
  const width = Array<number>(value.length).fill(0);
  if (from === undefined || to === undefined) return { at, width };
  let j = from;
  for (let i = 0; i < value.length; i++) {
    for (; j < to; j++) {
      REFERENCE.lastIndex = j;
      const reference = source[j] === '&' ? REFERENCE.exec(source)?.[0] : undefined;
      if (reference && !value.startsWith(reference, i)) {
        // Read as the character it stands for; one that takes two code units (an emoji) has no place.
        const single = !/[\ud800-\udbff]/.test(value[i]);
        if (!single) i++;
        else [at[i], width[i]] = [j, reference.length];
        j += reference.length;
        break;
      }
      const escaped = source[j] === '\\' && source[j + 1] === value[i] && ESCAPABLE.test(value[i]);
      if (escaped || source[j] === value[i]) {
        [at[i], width[i]] = [j, escaped ? 2 : 1];
        j += width[i];
        break;
      }
    }
  }
  return { at, width };
}

/** A hit of a rule on `run`, in file offsets; undefined when no character of the run has a place. */
export function placeHit(run: ProseRun, hit: Hit): PlacedHit | undefined {
  const before = run.at.slice(0, hit.index + 1).findLastIndex((o) => o >= 0);
  const first = before >= 0 ? before : run.at.findIndex((o) => o >= 0);
  if (first < 0) return undefined;
  const start = run.at[first];
  const last = hit.index + hit.length - 1;
  const end = run.at[last] >= start ? run.at[last] + run.width[last] : start + run.width[first];
  return { start, end, fix: hit.fix && placeFix(run, hit.span, hit.fix) };
}

function placeFix(run: ProseRun, span: Hit['span'], edits: Edit[]): PlacedHit['fix'] {
  const [first, last] = [span.start, span.end - 1];
  if (run.at[first] < 0 || run.at[last] < 0) return undefined;
  const placed: Edit[] = [];
  for (const edit of edits) {
    // The characters edited must be written in the file one after the other: the edit replaces all that writes them.
    let end = run.at[edit.index];
    for (let k = edit.index; k < edit.index + edit.length; k++) {
      if (run.at[k] < 0 || run.at[k] !== end) return undefined;
      end += run.width[k];
    }
    placed.push({ index: run.at[edit.index], length: end - run.at[edit.index], replacement: edit.replacement });
  }
  return { span: { start: run.at[first], end: run.at[last] + run.width[last] }, edits: placed };
}
