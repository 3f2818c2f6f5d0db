/**
 * What mammoth writes from a Word file that Markdown cannot hold as it is,
 * made to fit: a table without a marked header row (before the shared steps,
 * on the HTML), and bold text that ends in a full stop with the sentence
 * going on straight after it (after them, on the Markdown tree).
 */
import type { Element, Root as HastRoot } from 'hast';
import type { PhrasingContent, Root as MdastRoot, Strong } from 'mdast';
import { EXIT, SKIP, visit } from 'unist-util-visit';

/**
 * Word marks a header row only when it repeats on every page, and a Markdown
 * table must have one (else an empty one is made up): a table's first row is
 * its header, as in nearly every table an office writes (项目 | 投资额 | 进度).
 */
export function headerRows(tree: HastRoot): void {
  visit(tree, 'element', (table) => {
    if (table.tagName !== 'table') return;
    let first: Element | undefined;
    visit(table, 'element', (row) => (row.tagName === 'tr' ? ((first ??= row), EXIT) : undefined));
    for (const cell of first?.children ?? []) if (cell.type === 'element' && cell.tagName === 'td') cell.tagName = 'th';
  });
}

const SENTENCE_END = /[。，、；：！？…—.,;:!?]+$/;

/**
 * A full stop (or comma …) closing bold text moves outside it. Offices set
 * run-in heads in bold or 黑体 with their full stop, `一是完善冷链物流。`, and
 * the sentence goes on without a space. In Markdown `**…物流。**基地` cannot
 * close (a `**` after punctuation must be followed by a space or punctuation),
 * so the Markdown writer escapes the next character as `&#x57FA;`, which an
 * editor cannot read; `**…物流**。基地` reads the same. Closing brackets and
 * quotes stay inside: moved, they would part from their opening half.
 */
export function punctuationOutsideStrong(tree: MdastRoot): void {
  visit(tree, 'strong', (strong: Strong, index, parent) => {
    if (!parent || index === undefined) return SKIP;
    const siblings = parent.children as PhrasingContent[];
    const last = strong.children[strong.children.length - 1];
    const after = siblings[index + 1];
    const tail = last?.type === 'text' && after && !(after.type === 'text' && /^\s/.test(after.value)) ? SENTENCE_END.exec(last.value)?.[0] : undefined;
    if (last?.type === 'text' && tail && tail.length < last.value.length) {
      last.value = last.value.slice(0, -tail.length);
      siblings.splice(index + 1, 0, { type: 'text', value: tail });
    }
    return SKIP;
  });
}
