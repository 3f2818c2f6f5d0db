/**
 * A web edition without the site's address works, but without what needs
 * an absolute address: the QR code on each issue page, the feed's links, the
 * pictures of share cards, the 公众号 export's photos. Said once, on
 * publication.yml, whenever a build makes the web edition without `url:`.
 */
import type { VFile } from 'vfile';
import type { Publication } from '../model/types.ts';
import { reportWarning } from '../core/problems.ts';
import { t } from '../i18n/index.ts';

export const SITE_URL_RULE = 'publication-url-missing';

export function warnWithoutSiteUrl(files: VFile[], publication: Publication | undefined): void {
  if (!publication || publication.url) return;
  const file = files.find((f) => f.basename === 'publication.yml');
  if (!file || file.messages.some((m) => m.ruleId === SITE_URL_RULE)) return;
  reportWarning(file, t().web.siteUrlMissing({ example: 'https://www.example.gov.cn/yuebao/' }), { line: 1, column: 1 }, SITE_URL_RULE);
}
