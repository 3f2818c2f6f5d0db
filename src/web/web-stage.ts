/**
 * The web edition's stage of a build: each issue's pages and its 公众号
 * export (made, or taken over from the last build when the issue did not
 * change), then what spans the archive — the home page, feed, 404 page,
 * icons — and the search index, per year, remade only for the years that
 * changed. Everything goes to web/ and wechat/ in the staging folder; the
 * return value names the entries the build then moves into place.
 *
 * A rebuild after one issue was edited costs that issue's pages plus a
 * year's search index, whatever the size of the archive (bench/web-archive.ts).
 */
import { readFile, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from 'puppeteer';
import type { Issue, Publication } from '../model/types.ts';
import type { Stage } from '../output/stage.ts';
import { loadTemplates } from '../render/handlebars.ts';
import { readDraftLayout } from '../print/toc-numbers.ts';
import { prepareWebImages, previousImages } from './images.ts';
import { renderIssueSite, type IssueSummary } from './issue-site.ts';
import { renderSiteIndex } from './site-index.ts';
import { writeSearchIndex } from './search-index.ts';
import { renderPdfPages } from './page-images.ts';
import { PAGE_WIDTHS, knownHashes, previousPages } from './page-view.ts';
import { wechatHome } from './wechat.ts';

export interface WebStageInput {
  stage: Stage;
  templatesDir: string;
  publication: Publication;
  /** Issues to make now. */
  issues: Issue[];
  /** Every issue folder of the archive (the others are kept from the last build if there). */
  archiveFolders: string[];
  /** Gives the browser, for pictures of the printed pages (only when a PDF exists). */
  browser?: () => Promise<Browser>;
}

/** The output entries written: web/ and wechat/. */
export const WEB_ENTRIES = ['web', 'wechat'];

export async function buildWebEdition(input: WebStageInput): Promise<string[]> {
  const { stage, issues } = input;
  const templates = loadTemplates(join(input.templatesDir, 'web'));

  for (const issue of issues) {
    const pdfPath = stage.path(`pdf/${issue.folder}.pdf`);
    const pdfBytes = await stat(pdfPath).then((s) => s.size, () => undefined);
    // What the last build made of this issue, for what did not change (the photos, most pages).
    const previous = pdfBytes ? await previousPages(stage, issue.folder) : undefined;
    const [images, pageImages, pdfPages] = await Promise.all([
      previousImages(stage, issue.folder).then((before) => prepareWebImages(issue.assets, before)),
      pdfBytes && input.browser
        ? input.browser().then((browser) => renderPdfPages(browser, pdfPath, { width: PAGE_WIDTHS.zoom, smaller: [PAGE_WIDTHS.turn, PAGE_WIDTHS.thumb], quality: 0.78, known: knownHashes(previous) }))
        : undefined,
      pdfBytes ? pagesOfAnchors(pdfPath) : undefined,
    ]);
    const { files, wechat } = await renderIssueSite({ issue, templates, images, pdfBytes, pageImages, pdfPages, previousPages: previous });
    if (pdfBytes) files.push({ path: `${issue.folder}/${issue.folder}.pdf`, copyOf: pdfPath });
    await stage.write('web', files);
    await stage.write('wechat', wechat);
  }

  const made = new Set(issues.map((i) => i.folder));
  for (const folder of input.archiveFolders) {
    if (made.has(folder)) continue;
    await stage.reuse(`web/${folder}`);
    await stage.reuse(`wechat/${folder}`);
  }

  const summaries = await readSummaries(stage.path('web'));
  const searchYears = await writeSearchIndex(stage, summaries, made);
  await stage.write('web', await renderSiteIndex({ publication: input.publication, issues: summaries, searchYears, templates }));
  await stage.write('wechat', [wechatHome(input.publication, summaries, templates)]);
  return WEB_ENTRIES;
}

/** Where each anchor of the issue was printed (1 = the cover): the PDF's named destinations. */
async function pagesOfAnchors(pdfPath: string): Promise<Record<string, number>> {
  const layout = await readDraftLayout(await readFile(pdfPath));
  return Object.fromEntries([...layout.pages].map(([anchor, index]) => [anchor, index + 1]));
}

async function readSummaries(webDir: string): Promise<IssueSummary[]> {
  const summaries: IssueSummary[] = [];
  for (const entry of await readdir(webDir, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const json = await readFile(join(webDir, entry.name, 'issue.json'), 'utf8').catch(() => undefined);
    if (json) summaries.push(JSON.parse(json) as IssueSummary);
  }
  return summaries;
}
