/**
 * Loaded content → Issue model: numbers, issue line, each article's Markdown
 * rendered, sources settled (front matter, else a trailing parenthetical), the
 * 简讯 split into briefs, and the cover headlines picked.
 */
import type { LoadedArticle, LoadedIssue } from '../content/load-issue.ts';
import type { IssueNumbers } from '../content/numbering.ts';
import type { NamedImage } from '../content/image-problems.ts';
import { displayPath } from '../core/paths.ts';
import { reportWarning } from '../core/problems.ts';
import { t } from '../i18n/index.ts';
import { renderMarkdown } from '../markdown/processor.ts';
import { IssueAssets } from './assets.ts';
import { formatIssueLine, formatPeriod } from './issue-line.ts';
import type { Article, Issue, Publication, Section } from './types.ts';

/** `imageUses` collects every image the issue's Markdown names, for the loader to inspect. */
export function assembleIssue(root: string, loaded: LoadedIssue, numbers: IssueNumbers, publication: Publication, imageUses: NamedImage[] = []): Issue {
  const assets = new IssueAssets(root, loaded.dir);
  const context = { root, assets, imageUses };
  const { meta } = loaded;

  const foreword = loaded.foreword.body.trim() ? renderMarkdown(loaded.file, loaded.foreword.body, context).html : undefined;

  let articleCount = 0;
  const sections = loaded.sections.map((section, s): Section => {
    const articles = section.articles.map((article) => assembleArticle(root, article, ++articleCount, context));
    const briefs = section.briefs ? renderMarkdown(section.briefs.file, section.briefs.body, context, 'briefs') : undefined;
    return {
      title: section.title,
      anchor: `section-${s + 1}`,
      articles,
      briefsHtml: briefs?.html,
      briefs: briefs?.briefs.map((b) => ({ date: b.date, sources: b.sources })) ?? [],
    };
  });

  const cover = loaded.cover ? { path: loaded.cover.path, url: assets.add(loaded.cover.path), caption: loaded.cover.caption, credit: loaded.cover.credit, place: loaded.cover.place } : undefined;
  const all = sections.flatMap((s) => s.articles);

  return {
    folder: loaded.folder,
    dir: loaded.dir,
    publication,
    year: meta.year,
    number: numbers.number,
    total: numbers.total,
    issueLine: formatIssueLine(publication.issueLineTemplate, { year: meta.year, ...numbers }),
    period: meta.period,
    periodLabel: formatPeriod(meta.period),
    date: meta.date,
    title: meta.title,
    cover,
    forewordHtml: foreword,
    sections,
    featured: all.filter((a) => a.featured),
    assets: assets.urls,
  };
}

function assembleArticle(root: string, loaded: LoadedArticle, index: number, context: { root: string; assets: IssueAssets }): Article {
  const { meta, file } = loaded;
  const rendered = renderMarkdown(file, loaded.body, context);
  let sources = meta.source ?? rendered.trailingSource ?? [];
  if (meta.source && rendered.trailingSource && rendered.trailingSource.join('、') !== meta.source.join('、')) {
    reportWarning(file, t().content.sourceTwice({ trailing: rendered.trailingSource.join('、'), meta: meta.source.join('、') }), loaded.locate(['source']), 'source-twice');
  }
  if (meta.layout === 'photos' && rendered.figures.length === 0) {
    reportWarning(file, t().content.photosEmpty, loaded.locate(['layout']), 'photos-empty');
  }
  const slug = displayPath(root, file.path).replace(/\.md$/i, '').replace(/^[^/]+\//, '');
  sources = sources.filter(Boolean);
  const article = {
    slug,
    anchor: `article-${String(index).padStart(2, '0')}`,
    file: displayPath(root, file.path),
    title: meta.title,
    subtitle: meta.subtitle,
    tocTitle: meta.toc ?? meta.title,
    tocPlace: loaded.locateKey([meta.toc === undefined ? 'title' : 'toc']),
    sources,
    authors: meta.author ?? [],
    date: meta.date,
    layout: meta.layout,
    featured: meta.featured,
    html: rendered.html,
    figures: rendered.figures.map((f) => ({ path: f.path, url: f.url, caption: f.caption, credit: f.credit, place: f.place })),
  } as Article;
  // The web body is rendered only when the web edition asks for it (a --no-web build never does),
  // once; not enumerable, so the fingerprint (which hashes `html`, from the same source) skips it.
  let webHtml: string | undefined;
  Object.defineProperty(article, 'webHtml', {
    enumerable: false,
    get: () => (webHtml ??= renderMarkdown(file, loaded.body, context, 'web', true).html),
  });
  return article;
}
