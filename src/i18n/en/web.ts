import type { web as zh } from '../zh/web.ts';

/** Messages of the web edition's stage of a build (src/web/). */
export const web: typeof zh = {
  siteUrlMissing: (p) =>
    `publication.yml gives no site address (url): the web edition's QR codes, its feed (feed.xml) and the pictures of its share cards need it, and the 公众号 export's photos cannot be pasted with the text. Add a line before publishing, e.g. \`url: ${p.example}\``,
};
