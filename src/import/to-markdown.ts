/**
 * hast → mdast (rehype-remark) and mdast → Markdown text (remark-stringify
 * with GFM, for tables). Markdown is written the way our sample articles
 * are: `-` bullets, `**` bold, tables unpadded (padding by character count
 * misaligns Chinese anyway), and never an autolink `<https://…>`, which
 * would read as an HTML tag.
 */
import type { Root as HastRoot } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import rehypeRemark from 'rehype-remark';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';

export function hastToMdast(tree: HastRoot): MdastRoot {
  return unified().use(rehypeRemark).runSync(tree) as MdastRoot;
}

export function mdastToMarkdown(tree: MdastRoot): string {
  return unified()
    .use(remarkGfm, { tablePipeAlign: false })
    .use(remarkStringify, { bullet: '-', emphasis: '*', strong: '*', rule: '-', fences: true, listItemIndent: 'one', resourceLink: true })
    .stringify(tree);
}
