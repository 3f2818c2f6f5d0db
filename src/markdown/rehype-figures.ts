/**
 * Images: `![caption](path "credit")` — alt is the caption, title the photo
 * credit (CONTENT-FORMAT.md). An image alone in its paragraph becomes a
 * <figure> with a <figcaption>; every image path is checked (it must exist and
 * stay inside the content root) and rewritten to the asset URL the page uses.
 */
import { statSync } from 'node:fs';
import type { Element, ElementContent, Root } from 'hast';
import { visit, SKIP } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { contextOf, type FigureInfo } from './context.ts';
import { resolveContentPath } from '../core/paths.ts';
import { reportError, type Place } from '../core/problems.ts';
import { reportMissingImage } from '../content/image-problems.ts';
import { phrases } from './phrases.ts';

const isBlank = (node: ElementContent) => node.type === 'text' && !node.value.trim();
const isImage = (node: ElementContent): node is Element => node.type === 'element' && node.tagName === 'img';

export default function rehypeFigures() {
  return (tree: Root, file: VFile) => {
    const { root, assets, imageUses } = contextOf(file);
    const figures: FigureInfo[] = [];
    file.data.figures = figures;

    const useImage = (img: Element): FigureInfo | undefined => {
      const src = String(img.properties.src ?? '');
      // remark-rehype (and rehype-raw for an <img> in HTML) keep the mdast position; a node a plugin made has none: the file's start.
      const place: Place = img.position ? { line: img.position.start.line, column: img.position.start.column } : { line: 1, column: 1 };
      const resolved = resolveContentPath(root, file.path, src);
      if (!resolved.ok) {
        reportError(file, resolved.reason, place, src.includes(':') ? 'remote-image' : 'path-outside-root');
        return undefined;
      }
      if (!exists(resolved.path)) {
        reportMissingImage(file, resolved.path, src, root, place);
        return undefined;
      }
      imageUses?.push({ path: resolved.path, file, place, ref: src });
      const url = assets.add(resolved.path);
      img.properties.src = url;
      const info: FigureInfo = {
        path: resolved.path,
        url,
        caption: String(img.properties.alt ?? '').trim() || undefined,
        credit: String(img.properties.title ?? '').trim() || undefined,
        place,
      };
      delete img.properties.title;
      figures.push(info);
      return info;
    };

    visit(tree, 'element', (node, index, parent) => {
      if (node.tagName === 'p' && parent && index !== undefined) {
        const content = node.children.filter((c) => !isBlank(c));
        if (content.length > 0 && content.every(isImage)) {
          const replacement = content.flatMap((img) => {
            const info = useImage(img);
            return info ? [figure(img, info)] : [];
          });
          parent.children.splice(index, 1, ...replacement);
          return [SKIP, index + replacement.length];
        }
      }
      if (node.tagName === 'img') {
        useImage(node);
        node.properties.className = ['inline-image'];
      }
      return undefined;
    });
  };
}

function figure(img: Element, info: FigureInfo): Element {
  img.properties.loading = 'eager';
  const caption: ElementContent[] = [];
  if (info.caption) caption.push({ ...span('caption', ''), children: phraseNodes(info.caption) });
  if (info.credit) caption.push(span('credit', info.credit));
  return {
    type: 'element',
    tagName: 'figure',
    properties: { className: ['figure'] },
    children: caption.length ? [img, { type: 'element', tagName: 'figcaption', properties: {}, children: caption }] : [img],
  };
}

function span(className: string, text: string): Element {
  return { type: 'element', tagName: 'span', properties: { className: [className] }, children: [{ type: 'text', value: text }] };
}

/** A caption's text with a <wbr> between its phrases (src/markdown/phrases.ts), so it wraps only between them. */
function phraseNodes(text: string): ElementContent[] {
  return phrases(text).flatMap((phrase, i): ElementContent[] => [
    ...(i ? [{ type: 'element', tagName: 'wbr', properties: {}, children: [] } as Element] : []),
    { type: 'text', value: phrase },
  ]);
}

function exists(path: string): boolean {
  try {
    statSync(path);
    return true;
  } catch {
    return false;
  }
}
