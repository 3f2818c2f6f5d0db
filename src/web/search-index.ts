/**
 * Offline full-text search with Pagefind. Its extended build segments
 * Chinese (from <html lang="zh-CN">) when indexing, and its UI runs in the
 * reader's browser from files beside the site: nothing is loaded from
 * elsewhere. Only article and 简讯 pages are indexed (data-pagefind-body).
 */
import * as pagefind from 'pagefind';
import { YuebaoError } from '../errors.ts';
import { t } from '../i18n/index.ts';

export async function writeSearchIndex(webDir: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
  if (!index) throw new YuebaoError(t().build.searchIndex({ detail: errors.join('; ') }));
  try {
    const added = await index.addDirectory({ path: webDir });
    if (added.errors.length) throw new YuebaoError(t().build.searchIndex({ detail: added.errors.join('; ') }));
    const written = await index.writeFiles({ outputPath: `${webDir}/pagefind` });
    if (written.errors.length) throw new YuebaoError(t().build.searchIndex({ detail: written.errors.join('; ') }));
    return added.page_count;
  } finally {
    await pagefind.close();
  }
}
