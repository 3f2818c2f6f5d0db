/**
 * briefs.md (简讯): each top-level paragraph or top-level list item is one
 * brief. Each becomes `<p class="brief">` with its opening date set off
 * (`<strong class="brief-date">2月2日</strong>`) and its closing parenthetical
 * marked as its source (`<span class="brief-source">（经济发展部）</span>`).
 *
 * The source is joined to the brief's last words in `<span class="brief-end">`,
 * which print.css keeps on one line: the source never stands alone on a line.
 * When that join has to start a new line, the printer ends the line before it
 * with a <br> (`breakBeforeBriefEnds` in src/print/fitting-page.ts), so that line
 * is set like a paragraph's last, not stretched across the measure.
 */
import type { Element, ElementContent, Root, RootContent, Text } from 'hast';
import type { VFile } from 'vfile';
import { trailingParenthetical } from './parenthetical.ts';
import { phrases } from './phrases.ts';

export interface BriefInfo {
  date?: string;
  sources: string[];
}

declare module 'vfile' {
  interface DataMap {
    briefs: BriefInfo[];
  }
}

const WORDS = new Intl.Segmenter('zh', { granularity: 'word' });

/** The brief's last phrase (src/markdown/phrases.ts), or its last word if the phrase is long, with the marks after it. */
function lastWords(text: string): string {
  const marks = /[\s，。、；：！？…”’）」』》]*$/u.exec(text)![0];
  const words = text.slice(0, text.length - marks.length);
  const phrase = phrases(words).at(-1) ?? '';
  const last = [...phrase].length <= 6 ? phrase : ([...WORDS.segment(phrase)].at(-1)?.segment ?? '');
  return last + marks;
}

const DATE_LEAD = /^\s*(\d{1,2}\s*月\s*\d{1,2}\s*日(?:[上下]午)?)/;

export default function rehypeBriefs() {
  return (tree: Root, file: VFile) => {
    const briefs: Element[] = [];
    for (const node of tree.children) {
      if (node.type !== 'element') continue;
      if (node.tagName === 'ul' || node.tagName === 'ol') {
        for (const item of node.children) if (item.type === 'element' && item.tagName === 'li') briefs.push(paragraphOf(item));
      } else if (node.tagName === 'p') {
        briefs.push(node);
      } else {
        briefs.push(node); // a table or heading in briefs.md is kept as it is
      }
    }
    file.data.briefs = briefs.filter((b) => b.tagName === 'p').map(markBrief);
    tree.children = briefs.flatMap((b): RootContent[] => [b, { type: 'text', value: '\n' }]);
  };
}

/** A list item's content as one paragraph (a loose item wraps it in <p>). */
function paragraphOf(item: Element): Element {
  const children = item.children.flatMap((c) => (c.type === 'element' && c.tagName === 'p' ? c.children : [c]));
  return { type: 'element', tagName: 'p', properties: {}, children: trimEdges(children) };
}

function trimEdges(children: ElementContent[]): ElementContent[] {
  while (children.length && children[0].type === 'text' && !children[0].value.trim()) children.shift();
  while (children.length && children[children.length - 1].type === 'text' && !(children[children.length - 1] as Text).value.trim()) children.pop();
  return children;
}

function markBrief(p: Element): BriefInfo {
  p.properties.className = ['brief'];
  const info: BriefInfo = { sources: [] };
  const first = p.children[0];
  if (first?.type === 'text') {
    const match = DATE_LEAD.exec(first.value);
    if (match) {
      info.date = match[1].replace(/\s+/g, '');
      first.value = first.value.slice(match[0].length);
      p.children.unshift(element('strong', 'brief-date', match[1].trim()));
    }
  }
  const last = p.children[p.children.length - 1];
  if (last?.type === 'text') {
    const trailing = trailingParenthetical(last.value);
    if (trailing) {
      const sourceText = last.value.slice(trailing.index).trim();
      const text = last.value.slice(0, trailing.index);
      const lastWord = lastWords(text);
      last.value = text.slice(0, text.length - lastWord.length);
      const end: Element = { ...element('span', 'brief-end', lastWord), children: [{ type: 'text', value: lastWord }, element('span', 'brief-source', sourceText)] };
      p.children.push(end);
      info.sources = trailing.sources;
    }
  }
  return info;
}

function element(tagName: string, className: string, text: string): Element {
  return { type: 'element', tagName, properties: { className: [className] }, children: [{ type: 'text', value: text }] };
}
