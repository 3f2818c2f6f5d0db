/**
 * A source in parentheses at the end of an article or brief: （清远日报）,
 * (清远日报), （南方日报、广东乡村发展）. Shared by the article and brief plugins.
 */

const TRAILING = /[（(]([^（）()]{1,40})[）)]\s*$/;

/** Splits `（南方日报、广东乡村发展）` style contents into names. */
export function splitSources(inside: string): string[] {
  return inside
    .split(/[、，,;；/]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** If `text` is only a parenthetical, its names; else undefined. */
export function wholeParenthetical(text: string): string[] | undefined {
  const match = /^\s*[（(]([^（）()]{1,40})[）)]\s*$/.exec(text);
  return match ? splitSources(match[1]) : undefined;
}

/** A parenthetical that closes `text`: its start offset and names. */
export function trailingParenthetical(text: string): { index: number; sources: string[] } | undefined {
  const match = TRAILING.exec(text);
  return match ? { index: match.index, sources: splitSources(match[1]) } : undefined;
}

/** （南方日报、广东乡村发展） */
export function formatSources(sources: readonly string[]): string {
  return `（${sources.join('、')}）`;
}
