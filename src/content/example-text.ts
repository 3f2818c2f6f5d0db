/**
 * The example text that `yuebao new` writes into a new issue, and how to
 * find it again: an issue that still holds it must not go to the print shop
 * with 「这是一条示例简讯」 in it. The phrases are written into the files
 * by src/new/new-issue.ts and looked for here; one list keeps them in step.
 */
import type { VFile } from 'vfile';
import { t } from '../i18n/index.ts';
import { reportWarning } from '../core/problems.ts';

export const EXAMPLE_PHRASES = {
  foreword: '在这里写卷首语',
  articleTitle: '示例文章：把这里换成文章标题',
  article: '这是一篇示例文章',
  brief: '这是一条示例简讯',
} as const;

/** Warns at each line of `text` (front matter included) that still holds an example phrase. */
export function reportExampleText(file: VFile, text: string): void {
  const phrases = Object.values(EXAMPLE_PHRASES);
  text.split(/\r?\n/).forEach((line, i) => {
    const phrase = phrases.find((p) => line.includes(p));
    if (!phrase) return;
    reportWarning(file, t().content.exampleText({ text: phrase }), { line: i + 1, column: line.indexOf(phrase) + 1 }, 'example-text');
  });
}
