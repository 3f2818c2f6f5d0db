import type { check as zh } from '../zh/check.ts';

export const check: typeof zh = {
  halfWidth: (p) => `Half-width "${p.mark}" in Chinese text: use full-width "${p.full}"`,
  halfWidthParens: 'Half-width parentheses around Chinese text: use （…）',
  cjkDigitSpace: 'Space between Chinese and a number (left by copying from a PDF?): remove it; the layout spaces them itself',
  straightQuotes: 'Straight quotation marks in Chinese text: use “…”',
  mixedQuotes: 'Mixed quotation marks “” and 「」 in one paragraph: use “” (and ‘’ inside them)',
  unbalancedQuotes: (p) => `Unbalanced quotation marks: ${p.open} “ and ${p.close} ”`,
  doubledWord: (p) => `"${p.word}" is written twice in a row: delete one`,
  fixHint: ' (yuebao check --fix does it)',

  missingSource: 'No source: add `source: 清远日报` to the front matter, or end the article with a line like （清远日报）',
  tocTitleTooLong: (p) => `The title takes ${p.width} characters, more than one 目录 line (${p.limit}): add a shorter \`toc:\` title to the front matter`,
  imageNoCaption: (p) => `Image ${p.image} has no caption: write it between the brackets, ![广清产业园一角](…)`,
  imageTooSmall: (p) =>
    `${p.image} is ${p.px} px wide: printed ${p.mm} mm wide that is ${p.dpi} dpi and will look soft. Use the original photo (≥ ${p.needed} px for 300 dpi)`,
};
