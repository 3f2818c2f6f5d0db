/**
 * The lead of a text: its first ~120 characters, for page descriptions,
 * share cards and the feed. Read from the HTML's tree (rehype-parse), so
 * entities come decoded and a tag inside an attribute is no tag.
 */
import type { Root } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { SKIP, visit } from 'unist-util-visit';

const parser = unified().use(rehypeParse, { fragment: true }).freeze();

/** What a lead leaves out: the photos and their captions, the notes, a footnote mark's number. */
const NOT_LEAD = new Set(['figure', 'sup']);

export function leadOf(html: string): string {
  const tree = parser.parse(html) as Root;
  const words: string[] = [];
  visit(tree, (node) => {
    if (node.type === 'element') {
      if (NOT_LEAD.has(node.tagName) || (node.tagName === 'section' && node.properties.dataFootnotes !== undefined)) return SKIP;
      // Paragraphs run on, one space apart.
      if (node.tagName === 'p') words.push(' ');
    }
    if (node.type === 'text') words.push(node.value);
    return undefined;
  });
  const chars = [...words.join('').replace(/\s+/g, ' ').trim()];
  return chars.length > 120 ? `${chars.slice(0, 120).join('')}…` : chars.join('');
}
