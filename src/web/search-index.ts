/**
 * Offline full-text search with Pagefind, one index per year of the archive
 * (web/pagefind/<year>/), which the search page merges in the reader's
 * browser (templates/web/search.js). Pagefind's extended build segments
 * Chinese when indexing (forceLanguage zh-cn).
 *
 * Per year, because indexing costs ~0.25 s an issue: one index over a
 * ten-year archive would make every rebuild ~30 s, whatever was edited. A
 * year whose issues were all taken over unchanged keeps its index from the
 * last build (yuebao-issues.json in it says which issues it holds), so a
 * rebuild indexes at most the twelve issues of one year. Merged indexes share
 * the first one's wasm: a reader loads one small entry file per year more.
 *
 * Only article and 简讯 pages are indexed (data-pagefind-body), with their
 * issue and section as metadata for the results. Pagefind's own UI bundles
 * are not shipped: the search page has its own, in Chinese.
 */
import { readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import * as pagefind from 'pagefind';
import type { Stage } from '../output/stage.ts';
import { YuebaoError } from '../errors.ts';
import { t } from '../i18n/index.ts';
import type { IssueSummary } from './issue-site.ts';

const RECORD = 'yuebao-issues.json';
/** What Pagefind writes that the search page never loads. */
const UNUSED = /^pagefind-(ui|modular-ui|component-ui|highlight)\.|^playground$/;

/** Index bundles of every year of `summaries`, newest year first; `made`: issue folders made in this build. */
export async function writeSearchIndex(stage: Stage, summaries: IssueSummary[], made: Set<string>): Promise<number[]> {
  const byYear = new Map<number, string[]>();
  for (const s of summaries) byYear.set(yearOf(s), [...(byYear.get(yearOf(s)) ?? []), s.folder]);
  const years = [...byYear.keys()].sort((a, b) => b - a);
  try {
    for (const year of years) {
      const folders = byYear.get(year)!.sort();
      const bundle = `web/pagefind/${year}`;
      if (!folders.some((f) => made.has(f)) && (await stage.reuse(bundle))) {
        const record = await readFile(stage.path(`${bundle}/${RECORD}`), 'utf8').catch(() => '');
        if (record === recordOf(folders)) continue;
        await rm(stage.path(bundle), { recursive: true, force: true });
      }
      await indexYear(stage, bundle, folders);
    }
  } finally {
    await pagefind.close();
  }
  return years;
}

export function yearOf(summary: IssueSummary): number {
  return summary.year ?? Number(summary.date.slice(0, 4));
}

const recordOf = (folders: string[]) => `${JSON.stringify({ issues: folders })}\n`;

async function indexYear(stage: Stage, bundle: string, folders: string[]): Promise<void> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn', keepIndexUrl: true });
  if (!index) throw new YuebaoError(t().build.searchIndex({ detail: errors.join('; ') }));
  const webDir = stage.path('web');
  for (const folder of folders) {
    for (const file of await htmlFiles(join(webDir, folder))) {
      const content = await readFile(file, 'utf8');
      if (!content.includes('data-pagefind-body')) continue;
      const added = await index.addHTMLFile({ url: `/${relative(webDir, file).split(sep).join('/')}`, content });
      if (added.errors.length) throw new YuebaoError(t().build.searchIndex({ detail: added.errors.join('; ') }));
    }
  }
  const outputPath = stage.path(bundle);
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length) throw new YuebaoError(t().build.searchIndex({ detail: written.errors.join('; ') }));
  await index.deleteIndex();
  for (const name of await readdir(outputPath)) if (UNUSED.test(name)) await rm(join(outputPath, name), { recursive: true, force: true });
  await writeFile(join(outputPath, RECORD), recordOf(folders));
}

async function htmlFiles(dir: string): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...(await htmlFiles(path)));
    else if (entry.name.endsWith('.html')) found.push(path);
  }
  return found.sort();
}
