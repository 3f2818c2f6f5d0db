/**
 * The 公众号 export, for the editor who posts the issue to the WeChat
 * official account: each article as a page whose look lives in inline styles
 * (the 公众号 editor keeps `style=""` and drops stylesheets; juice inlines
 * templates/web/wechat.css), with a 「复制全文」 button that puts the article
 * on the clipboard as rich HTML, ready to paste.
 *
 * It is written to <out>/wechat/<issue>/, beside the web edition rather than
 * in it: an editor's tool is not for readers, and a folder that is not under
 * web/ is never uploaded with the site, so it needs no hiding (noindex is
 * set anyway, for a copy that ends up online). Photos point at the published
 * site when publication.yml gives its `url` — the 公众号 editor fetches them
 * from there when the text is pasted; without it they point at the web
 * edition on disk and the page says to upload them by hand.
 */
import juice from 'juice';
import type { Issue, Publication } from '../model/types.ts';
import type { IssueSummary } from './issue-summary.ts';
import type { OutputFile } from '../output/files.ts';
import type { TemplateSet } from '../render/handlebars.ts';
import { formatChineseDate } from '../model/issue-line.ts';
import { formatSources } from '../markdown/parenthetical.ts';
import type { WebImages } from './images.ts';
import { responsiveHtml } from './responsive-images.ts';
import { issueRoutes } from './routes.ts';
import { absoluteUrl } from './share.ts';

/** Files relative to <out>/wechat/. */
export function wechatExport(issue: Issue, images: WebImages, templates: TemplateSet): OutputFile[] {
  const routes = issueRoutes(issue);
  const css = templates.readAsset('wechat.css');
  const siteUrl = issue.publication.url;
  // From wechat/<issue>/x.html: the web edition's images, on the site or on disk.
  const imageBase = siteUrl ? absoluteUrl(siteUrl, `${issue.folder}/`) : `../../web/${encodeURI(issue.folder)}/`;
  const articles = issue.sections.flatMap((s) => s.articles);
  const files: OutputFile[] = [];
  const list = articles.map((article) => {
    const path = routes.wechat.get(article.anchor)!;
    const meta = [formatChineseDate(article.date ?? issue.date), article.authors.length && `撰文：${article.authors.join(' ')}`, article.sources.length && `来源：${article.sources.join('、')}`].filter(Boolean).join('　');
    // One plain JPEG per photo: the 公众号 editor takes no srcset, and the page must not look lazy to it.
    const body = responsiveHtml(article.webHtml, { images: images.byUrl, prefix: imageBase, plain: true });
    const page = templates.render('wechat', {
      lang: issue.publication.language,
      title: article.title,
      issueLine: `${issue.publication.title} ${issue.issueLine}`,
      meta,
      bodyHtml: body,
      sourceLine: article.sources.length ? formatSources(article.sources) : undefined,
      imagesOffline: !siteUrl && article.figures.length > 0,
    });
    files.push({ path, contents: inlineStyles(page, css) });
    return { title: article.title, href: encodeURI(path.slice(issue.folder.length + 1)) };
  });
  files.push({ path: `${issue.folder}/index.html`, contents: inlineStyles(templates.render('wechat-index', { lang: issue.publication.language, issueLine: `${issue.publication.title} ${issue.issueLine}`, articles: list, imagesOffline: !siteUrl }), css) });
  return files;
}

/** wechat/index.html: every issue's export, newest first. */
export function wechatHome(publication: Publication, issues: IssueSummary[], templates: TemplateSet): OutputFile {
  const newestFirst = [...issues].sort((a, b) => b.date.localeCompare(a.date) || b.folder.localeCompare(a.folder));
  const page = templates.render('wechat-index', {
    lang: publication.language,
    issueLine: publication.title,
    home: true,
    articles: newestFirst.map((issue) => ({ title: `${issue.issueLine}（${issue.dateText}出版）`, href: `${encodeURI(issue.folder)}/index.html` })),
    imagesOffline: !publication.url,
  });
  return { path: 'index.html', contents: inlineStyles(page, templates.readAsset('wechat.css')) };
}

/** The page with wechat.css inlined into every element, and no <style> left. */
export function inlineStyles(page: string, css: string): string {
  return juice.inlineContent(page, css, { removeStyleTags: true, preserveImportant: true, applyWidthAttributes: false, applyHeightAttributes: false });
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}
