/**
 * The web edition's stage of a build: each issue's pages (made, or taken over
 * from the last build when the issue did not change), the other issues of
 * the archive kept from the last build, then the home page, feed and search
 * index over all of them. Everything goes to web/ in the staging folder.
 */
import { readFile, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from 'puppeteer';
import type { Issue, Publication } from '../model/types.ts';
import type { Stage } from '../output/stage.ts';
import { loadTemplates } from '../render/handlebars.ts';
import { prepareWebImages } from './images.ts';
import { renderIssueSite, type IssueSummary } from './issue-site.ts';
import { renderSiteIndex } from './site-index.ts';
import { writeSearchIndex } from './search-index.ts';
import { renderPdfPages } from './page-images.ts';

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

export async function buildWebEdition(input: WebStageInput): Promise<void> {
  const { stage, issues } = input;
  const templates = loadTemplates(join(input.templatesDir, 'web'));

  for (const issue of issues) {
    const pdfPath = stage.path(`pdf/${issue.folder}.pdf`);
    const pdfBytes = await stat(pdfPath).then((s) => s.size, () => undefined);
    const [images, pageImages] = await Promise.all([
      prepareWebImages(issue.assets),
      pdfBytes && input.browser ? input.browser().then((browser) => renderPdfPages(browser, pdfPath, { width: 900, quality: 0.78 })) : undefined,
    ]);
    const { files } = await renderIssueSite({ issue, templates, images, pdfBytes, pageImages });
    if (pdfBytes) files.push({ path: `${issue.folder}/${issue.folder}.pdf`, copyOf: pdfPath });
    await stage.write('web', files);
  }

  const made = new Set(issues.map((i) => i.folder));
  for (const folder of input.archiveFolders) {
    if (!made.has(folder)) await stage.reuse(`web/${folder}`);
  }

  const summaries = await readSummaries(stage.path('web'));
  await stage.write('web', renderSiteIndex(input.publication, summaries, templates));
  await writeSearchIndex(stage.path('web'));
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
