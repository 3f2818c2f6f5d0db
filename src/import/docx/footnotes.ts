/**
 * Footnotes and endnotes of a Word file → Markdown footnotes (`正文[^1]` and
 * `[^1]: 注释` under the body). mammoth writes a note reference as
 * `<sup><a href="#footnote-1">[1]</a></sup>` and the notes as a list after
 * the body. The body takes the shared steps before its Markdown is written,
 * and those would read the notes as the article's last lines (its source
 * line must stay last) and unwrap the reference links as links into the
 * page. So the notes are taken out first, each reference is held by a
 * private-use mark (not a letter or digit, so the text-lost check ignores
 * it), and both are put back at the end.
 */
import type { Element, ElementContent, Root as HastRoot } from 'hast';
import type { FootnoteDefinition, FootnoteReference, Root as MdastRoot, PhrasingContent, Text } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import { cleanTreeSpaces } from '../hast-text.ts';
import { hastToMdast } from '../to-markdown.ts';

const NOTE_ID = /^(?:foot|end)note-/;
const MARK = /\uE000(\d+)\uE001/g;
const mark = (n: number) => `\uE000${n}\uE001`;

/** The notes of one file, numbered 1, 2 … in the order the body refers to them. */
export type Notes = Map<number, ElementContent[]>;

const isElement = (node: unknown, tag: string): node is Element => (node as Element)?.type === 'element' && (node as Element).tagName === tag;
const href = (el: Element) => String(el.properties.href ?? '');

/** Takes the notes out of `tree`, leaving a mark where each was referred to. */
export function takeNotes(tree: HastRoot): Notes {
  const bodies = new Map<string, ElementContent[]>();
  tree.children = tree.children.filter((node) => {
    const items = isElement(node, 'ol') ? node.children.filter((c): c is Element => isElement(c, 'li')) : [];
    if (!items.length || !items.every((li) => NOTE_ID.test(String(li.properties.id ?? '')))) return true;
    for (const li of items) bodies.set(String(li.properties.id), li.children);
    return false;
  });
  const notes: Notes = new Map();
  visit(tree, 'element', (el, index, parent) => {
    const only = el.children.length === 1 ? el.children[0] : undefined;
    const link = el.tagName === 'a' ? el : el.tagName === 'sup' && isElement(only, 'a') ? only : undefined;
    const id = link && href(link).startsWith('#') ? href(link).slice(1) : '';
    if (!parent || index === undefined || !bodies.has(id)) return undefined;
    const n = notes.size + 1;
    notes.set(n, bodies.get(id) ?? []);
    parent.children.splice(index, 1, { type: 'text', value: mark(n) });
    // Not into the reference taken out: its link would count again.
    return [SKIP, index + 1];
  });
  return notes;
}

/** A note's text without its back link (↑) to the reference. */
function definition(n: number, content: ElementContent[]): FootnoteDefinition {
  const root: HastRoot = { type: 'root', children: content };
  visit(root, 'element', (el, index, parent) => {
    if (!parent || index === undefined || !isElement(el, 'a') || !/^#(?:foot|end)note-ref-/.test(href(el))) return undefined;
    parent.children.splice(index, 1);
    return index;
  });
  cleanTreeSpaces(root);
  const children = hastToMdast(root).children as FootnoteDefinition['children'];
  return { type: 'footnoteDefinition', identifier: String(n), label: String(n), children };
}

/** Puts the notes back into the shaped body: marks become references, the notes go under the body. */
export function placeNotes(tree: MdastRoot, notes: Notes): void {
  if (!notes.size) return;
  visit(tree, 'text', (node, index, parent) => {
    if (!parent || index === undefined || !node.value.includes('\uE000')) return undefined;
    const parts: PhrasingContent[] = [];
    let at = 0;
    for (const m of node.value.matchAll(MARK)) {
      if (m.index > at) parts.push({ type: 'text', value: node.value.slice(at, m.index) } satisfies Text);
      parts.push({ type: 'footnoteReference', identifier: m[1], label: m[1] } satisfies FootnoteReference);
      at = m.index + m[0].length;
    }
    if (at < node.value.length) parts.push({ type: 'text', value: node.value.slice(at) });
    parent.children.splice(index, 1, ...parts);
    return index + parts.length;
  });
  for (const [n, content] of notes) tree.children.push(definition(n, content));
}

