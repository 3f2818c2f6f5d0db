/**
 * Headings inside an article are run-in subheadings (构平台，产业转移"第一站"),
 * not entries of the PDF's bookmarks: those are the sections (<h1>) and the
 * articles (<h2>) only. Chromium builds the outline from every heading it
 * sees, ARIA role="heading" included, so in print a subheading is a plain
 * <p class="subhead subhead-N"> (N = the level it would have had, 3–6).
 */
import type { Root } from 'hast';
import { visit } from 'unist-util-visit';

export default function rehypeSubheadings() {
  return (tree: Root) => {
    visit(tree, 'element', (node) => {
      const match = /^h([1-6])$/.exec(node.tagName);
      if (!match) return;
      const level = Math.min(6, Math.max(3, Number(match[1]) + 1));
      node.tagName = 'p';
      node.properties = { className: ['subhead', `subhead-${level}`] };
    });
  };
}
