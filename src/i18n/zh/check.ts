/**
 * Messages of `yuebao check`: the proof-reader's pass over the text
 * (src/check/prose-rules.ts) and the issue (src/check/content-rules.ts). Each
 * says what is wrong and what to do, in an editor's words.
 */
export const check = {
  // Proof-reading the text (正文, titles).
  halfWidth: (p: { mark: string; full: string }) => `中文里用了半角“${p.mark}”：请改成全角“${p.full}”`,
  halfWidthParens: '中文用了半角括号 (…)：请改成全角括号（…）',
  cjkDigitSpace: '汉字和数字之间多了空格（多半是从 PDF 复制时带进来的）：请删去，排版时会自动留出间距',
  straightQuotes: '中文里用了英文直引号 "…"：请改成中文引号“…”',
  mixedQuotes: '同一段里混用了“”和「」：请统一用“”（引号里再用引号时用‘’）',
  unbalancedQuotes: (p: { open: number; close: number }) => `前后引号不成对：前引号（“）有${p.open}个，后引号（”）有${p.close}个。请补上缺的，或删去多余的`,
  doubledWord: (p: { word: string }) => `“${p.word}”连着写了两遍：请删去一个`,
  fixHint: '（yuebao check --fix 可自动修正）',

  // The issue as a whole.
  missingSource: '这篇文章没有注明来源：请在文件头加一行 source: 清远日报，或在正文末尾另起一行写（清远日报）',
  tocTitleTooLong: (p: { width: number; limit: number }) => `标题约${p.width}个字，目录里一行放不下（一行约${p.limit}个字）：请在文件头加一行较短的 toc: 目录标题`,
  imageNoCaption: (p: { image: string }) => `图片 ${p.image} 没有图注：请把图注写在方括号里，如 ![广清产业园一角](…)`,
  imageTooSmall: (p: { image: string; px: number; mm: number; dpi: number; needed: number }) =>
    `图片 ${p.image} 只有${p.px}像素宽，印成${p.mm}毫米宽时只有${p.dpi} dpi，印出来会发虚：请换用原图（按300 dpi 算，至少要${p.needed}像素宽）`,
};
