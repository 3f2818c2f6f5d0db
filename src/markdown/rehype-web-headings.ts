/**
 * On the web an article's title is its <h1>, so its subheadings start at
 * <h2>: `#` and `##` → <h2>, `###` → <h3>, and so on (a sensible heading
 * order for screen readers and search).
 */
import type { Root } from 'hast';
import { visit } from 'unist-util-visit';

export default function rehypeWebHeadings() {
  return (tree: Root) => {
    visit(tree, 'element', (node) => {
      const match = /^h([1-6])$/.exec(node.tagName);
      if (!match) return;
      node.tagName = `h${Math.min(6, Math.max(2, Number(match[1])))}`;
    });
  };
}
