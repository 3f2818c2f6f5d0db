/**
 * The WeChat export: an article as one HTML file whose look lives in inline
 * styles, because the 公众号 editor keeps `style=""` and drops stylesheets.
 * juice inlines the rules of templates/web/wechat.css. Open the file from
 * the published site, select all, copy, paste: the browser copies the images
 * with their full addresses, which the editor then takes in.
 */
import juice from 'juice';

export function wechatHtml(title: string, bodyHtml: string, css: string): string {
  const page = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title><style>${css}</style></head><body><section class="wx">${bodyHtml}</section></body></html>`;
  return juice(page, { removeStyleTags: true, preserveImportant: true, applyWidthAttributes: false, applyHeightAttributes: false });
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}
