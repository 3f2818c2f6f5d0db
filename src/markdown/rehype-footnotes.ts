/**
 * Footnotes (`[^1]`, which Word files bring in): remark-rehype writes them as
 * a <section data-footnotes> with an English "Footnotes" heading, and the
 * sanitizer then prefixes every id with `user-content-` but not the links
 * that point at them. Here, after the sanitizer: the links are pointed at the
 * ids as they now are, the heading becomes a plain 注释 label (a heading would
 * be a subhead and a PDF bookmark), and in print the ↩ links, which paper
 * cannot follow, go.
 */
import type { Element, Root } from 'hast';
import { visit, SKIP } from 'unist-util-visit';
import { t } from '../i18n/index.ts';

const PREFIX = 'user-content-';

export default function rehypeFootnotes(options: { backLinks: boolean }) {
  return (tree: Root) => {
    visit(tree, 'element', (node, index, parent) => {
      const href = node.properties.href;
      if (node.tagName === 'a' && typeof href === 'string' && /^#fn(ref)?-/.test(href)) node.properties.href = `#${PREFIX}${href.slice(1)}`;
      if (!options.backLinks && node.tagName === 'a' && node.properties.dataFootnoteBackref !== undefined && parent && index !== undefined) {
        parent.children.splice(index, 1);
        return [SKIP, index];
      }
      if (node.tagName === 'section' && node.properties.dataFootnotes !== undefined) label(node);
      return undefined;
    });
  };
}

function label(section: Element): void {
  section.properties.className = ['footnotes'];
  const at = section.children.findIndex((c) => c.type === 'element' && /^h[1-6]$/.test(c.tagName));
  if (at < 0) return;
  section.children[at] = { type: 'element', tagName: 'p', properties: { className: ['footnotes-label'], id: `${PREFIX}footnote-label` }, children: [{ type: 'text', value: t().content.footnotesLabel }] };
}
