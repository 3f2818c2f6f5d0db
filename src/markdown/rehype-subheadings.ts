/**
 * Headings inside an article are run-in subheadings (构平台，产业转移"第一站"),
 * not part of the document outline: the article title is the <h2> and the
 * section the <h1> (they make the PDF bookmarks). So `#`–`######` in an
 * article become <h3>–<h6> with class "subhead".
 */
import type { Root } from 'hast';
import { visit } from 'unist-util-visit';

export default function rehypeSubheadings() {
  return (tree: Root) => {
    visit(tree, 'element', (node) => {
      const match = /^h([1-6])$/.exec(node.tagName);
      if (!match) return;
      node.tagName = `h${Math.min(6, Number(match[1]) + 1 + (match[1] === '1' ? 1 : 0))}`;
      node.properties.className = ['subhead'];
    });
  };
}
