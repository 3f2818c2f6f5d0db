/**
 * CONTENT-FORMAT.md: "An article without `source` whose last paragraph is only
 * a parenthetical, e.g. （清远日报）, takes that as its source." The paragraph is
 * removed from the body (the template prints the source line itself) and its
 * names are put in `file.data.trailingSource`.
 */
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { VFile } from 'vfile';
import { wholeParenthetical } from './parenthetical.ts';

export default function remarkTrailingSource() {
  return (tree: Root, file: VFile) => {
    const last = tree.children[tree.children.length - 1];
    if (last?.type !== 'paragraph') return;
    const sources = wholeParenthetical(toString(last));
    if (!sources?.length) return;
    tree.children.pop();
    file.data.trailingSource = sources;
  };
}
