/**
 * One thought per block. Web pages put several paragraphs in one <p> with
 * <br>s, a picture and its caption in one <p>, a data-source line at the end
 * of a paragraph; our articles want each in its own paragraph, which is also
 * what the later rules (caption, source, subheading) look at.
 */
import type { Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { TRAILING_DATA_SOURCE } from './line-rules.ts';

const WRAPPERS = new Set(['strong', 'emphasis', 'delete', 'link']);

/** Phrasing split at breaks; a break inside **bold** splits the bold in two. */
function splitAtBreaks(nodes: PhrasingContent[]): PhrasingContent[][] {
  const lines: PhrasingContent[][] = [[]];
  for (const node of nodes) {
    if (node.type === 'break') {
      lines.push([]);
    } else if (WRAPPERS.has(node.type) && 'children' in node) {
      splitAtBreaks(node.children as PhrasingContent[]).forEach((piece, i) => {
        if (i > 0) lines.push([]);
        if (piece.length) lines[lines.length - 1].push({ ...node, children: piece } as PhrasingContent);
      });
    } else {
      lines[lines.length - 1].push(node);
    }
  }
  return lines;
}

/** Pictures out of the text around them: each image its own paragraph. */
function splitAtImages(nodes: PhrasingContent[]): PhrasingContent[][] {
  const parts: PhrasingContent[][] = [[]];
  for (const node of nodes) {
    if (node.type === 'image') parts.push([node], []);
    else parts[parts.length - 1].push(node);
  }
  return parts;
}

/** Whitespace off both ends of a run of phrasing, into bold and links too. */
function trimEdges(nodes: PhrasingContent[]): PhrasingContent[] {
  const out = [...nodes];
  for (const end of ['start', 'end'] as const) {
    for (;;) {
      const i = end === 'start' ? 0 : out.length - 1;
      const node = out[i];
      if (!node) break;
      if (node.type === 'text') node.value = end === 'start' ? node.value.trimStart() : node.value.trimEnd();
      else if (WRAPPERS.has(node.type) && 'children' in node) node.children = trimEdges(node.children as PhrasingContent[]) as never;
      const empty = node.type === 'text' ? !node.value : WRAPPERS.has(node.type) && 'children' in node && node.children.length === 0;
      if (!empty) break;
      out.splice(i, 1);
    }
  }
  return out;
}

function hasContent(nodes: PhrasingContent[]): boolean {
  return nodes.some((n) => n.type === 'image' || toString(n).trim() !== '');
}

/** `……同比增长9%。数据来源：市统计局` → the sentence, and the data-source line on its own. */
function splitDataSource(nodes: PhrasingContent[]): PhrasingContent[][] {
  const last = nodes[nodes.length - 1];
  const m = last?.type === 'text' ? TRAILING_DATA_SOURCE.exec(last.value) : null;
  if (!m || last?.type !== 'text' || m.index === 0) return [nodes];
  const before: PhrasingContent = { type: 'text', value: last.value.slice(0, m.index) };
  return [[...nodes.slice(0, -1), before], [{ type: 'text', value: m[1] }]];
}

export function splitBlocks(tree: Root): void {
  // A line break inside a table cell would end the GFM table row.
  visit(tree, 'tableCell', (cell) => {
    visit(cell, 'break', (node, index, parent) => {
      if (parent && index !== undefined) parent.children.splice(index, 1, { type: 'text', value: ' ' });
    });
  });
  // Comments come through rehype-remark as raw HTML; anything else raw keeps its text, not its tags.
  visit(tree, 'html', (node, index, parent) => {
    if (!parent || index === undefined) return;
    const text = node.value.replace(/<!--[\s\S]*?-->|<[^>]*>/g, '').trim();
    const replacement = parent.type === 'root' ? { type: 'paragraph', children: [{ type: 'text', value: text }] } : { type: 'text', value: text };
    parent.children.splice(index, 1, ...((text ? [replacement] : []) as never[]));
    return index;
  });
  const children: RootContent[] = [];
  for (const node of tree.children) {
    if (node.type !== 'paragraph') {
      children.push(node);
      continue;
    }
    for (const line of splitAtBreaks(node.children)) {
      for (const part of splitAtImages(line)) {
        for (const piece of splitDataSource(trimEdges(part))) {
          const trimmed = trimEdges(piece);
          if (hasContent(trimmed)) children.push({ type: 'paragraph', children: trimmed, position: node.position } satisfies Paragraph);
        }
      }
    }
  }
  tree.children = children;
}
