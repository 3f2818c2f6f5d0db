/** Messages of the web edition's stage of a build (src/web/). */
export const web = {
  siteUrlMissing: (p: { example: string }) =>
    `publication.yml 没有写网站地址（url）：网络版的二维码、订阅（feed.xml）和分享卡片的图片都要用它，公众号排版里的图片也不能随文字粘贴。发布前请加一行，如 \`url: ${p.example}\``,
};
