/**
 * Site furniture as it arrives in text: copied from a page with Ctrl+A, from
 * an e-paper, or clipped to Markdown, where no tag or class says what it is.
 * Navigation word lists (首页 政务公开 …), 备案 lines (粤ICP备…, 粤公网安备…),
 * rows of links (返回首页 打印 关闭窗口, also as Markdown links, escaped or
 * not), share and comment widgets, QR prompts, a 公众号's reply menu, an
 * e-paper's page header. Each rule matches a whole line, never part of one.
 */

/** `[返回首页](http://…)` as Markdown, `\[返回首页\](…)` escaped by an editor: the link's text. */
const MD_LINK = /\\?\[([^\]\n]*?)\\?\]\((?:[^()\s]|\\[()]|\([^()]*\))*\)/g;

/** Words of the buttons and links around an article. */
const BUTTON_WORDS =
  /^(?:返回(?:首页|顶部|列表|上一页|上页)?|首页|打印(?:本页|此页)?|关闭(?:窗口|本页)?|分享(?:到)?|收藏(?:本页)?|评论|纠错|【纠错】|下一篇|上一篇|更多|加载更多|查看更多|字[号体][：:]?|大|中|小|默认|放大|缩小|正常)$/;

/** Lines that are only links or buttons: `[返回首页](…) [打印本页](…) [关闭窗口](…)`, `【打印】【关闭】`. */
function linkRow(line: string): boolean {
  const links = [...line.matchAll(MD_LINK)];
  const rest = line.replace(MD_LINK, ' ').replace(/[【】\[\]|｜丨·\s>»]+/g, '');
  // Two links and nothing else are a list of other pages; one alone only when it is a button's word or two.
  if (links.length && !rest) return links.length >= 2 || [...links[0][1]].length <= 16;
  const words = line.split(/[【】\[\]|｜丨\s]+/).filter(Boolean);
  return words.length >= 2 && words.every((w) => BUTTON_WORDS.test(w));
}

/**
 * A navigation list on one line: `首页 / 政务公开 / 政务服务 / 互动交流`,
 * `网站首页 时政 国际 财经 …`: four or more short words with nothing else.
 */
function navRow(line: string): boolean {
  const items = line.split(/\s*[/|｜丨·•>»]\s*|\s+/).filter(Boolean);
  // Spaces alone also part names in a list (张三 李四 王五): it takes more of them to be a menu.
  const needed = /[/|｜丨·•>»]/.test(line) ? 4 : 6;
  return items.length >= needed && items.every((w) => /^[\u3400-\u9fffA-Za-z0-9]{1,6}$/.test(w)) && /[\u3400-\u9fff]/.test(line);
}

/** `（下转A02版）`, `（上接第一版）`: where an e-paper article jumps to another page; the text goes on after it. */
export const PAGE_JUMP = /^[（(]\s*(?:下转|上接|转|接)\s*第?\s*[A-Za-z]?[\d一二三四五六七八九十]{1,3}\s*版\s*[）)]$/;

/** Furniture whatever the line's length. */
const FURNITURE: RegExp[] = [
  // 备案 and the footer's credits, wherever the line starts: 粤ICP备…, 粤公网安备…, 京ICP证…
  /(?:ICP\s*[备证]\s*\d|公网安备\s*\d|网站标识码|网站识别码)/i,
  /^(?:技术支持|主办|承办|协办|建设单位|维护单位)\s*[：:]/,
  // 编辑|禤志杰 · 责编 闫含 · 初审：… 复审：… 终审：… (the three checks a 公众号 prints under the article)
  /^[（(]?\s*(?:责任编辑|责编|编辑|校对|审核|审校|初审|复审|终审|值班编辑|美编|监制|统筹)\s*(?:[|｜丨/]\s*|\s+)[\u3400-\u9fff·、，,\s]{2,24}[）)]?$/,
  /^[（(]?\s*(?:初审|复审|终审|监制|统筹|美编)\s*[：:]/,
  // Share and comment widgets: 微信 微博 Qzone · 一键分享 · 发表评论 · 留言与评论（共有 0 条评论） · 验证码：
  /^(?:(?:微信|微博|QQ空间|QQ好友|QQ|Qzone|朋友圈|新浪微博|腾讯微博|人人网|豆瓣|抖音|今日头条)\s*){2,}$/i,
  /^(?:一键分享|分享本页|分享此文|发表评论|我要评论|我要跟帖|网友评论|留言与评论|评论\s*[（(]\d|已输入\s*\d|验证码\s*[：:]|加载更多|点击加载更多)/,
  /^(?:关注|扫码关注|扫描关注)[\u3400-\u9fff]{0,8}(?:网|号|公众号|客户端|微信|微博)$/,
  /^(?:【返回】|\[返回\]|返回顶部|返回列表|返回首页)$|^返回.{0,8}首页\s*(?:>>|»)?$/,
  // A video player's label over its title: 自动播放 …
  /^自动播放\s/,
  // 最佳浏览效果 notes: 使用大于1366*768分辨率/IE10.0或以上浏览器可以获得最佳浏览效果！
  /最佳(?:浏览|显示|观看)效果|建议使用.{0,30}浏览器/,
  // An e-paper's page header, and what its CMS leaks: 第A05版:要闻 PDF版 · 第3版() · 专栏: · …/enpproperty-->
  /^第\s*[A-Za-z]?\d{1,3}\s*版\s*(?:[（(][^）)]*[）)])?\s*(?:[：:].{0,20})?(?:\s*PDF版?)?$/,
  /^专栏\s*[：:]\s*$/,
  // A platform's disclaimer under every post: 特别声明：以上内容…仅提供信息存储服务 · 本文为政务等机构…仅代表该机构观点
  /^(?:特别声明|免责声明)\s*[：:]?|仅代表(?:该机构|作者|原作者)?(?:本人)?(?:的)?观点|仅提供信息(?:存储|发布)/,
  /^[A-Za-z]?\d{1,3}\s*[\u3400-\u9fff].*(?:责任编辑|版面设计|美术编辑|美编)\s*[：:]/,
  /enpproperty|-->\s*$/,
  // (点击看清晰大图) · 点击查看高清原图 · 图集 · 图:
  /^[（(]?\s*点击(?:查看|看)?(?:清晰|高清)?(?:大图|原图)\s*[）)]?$/,
  /^图\s*[：:]\s*$/,
  /^(?:友情链接|相关链接|热点推荐|推荐文章|热门文章|精彩推荐|新闻排行|新闻排行榜|热帖|热词|炫图|视频新闻|新闻评论)(?:\s*[/／].*)?$/,
];

/**
 * Furniture only as a line of its own, short and not a sentence: 扫一扫二维码
 * also occurs in a sentence of the article (群众扫一扫二维码就能办理业务。).
 */
const SHORT_FURNITURE: RegExp[] = [
  // QR prompts: 扫描下方二维码…, 微信扫一扫 关注该公众号, 用微信扫描二维码 分享至好友和朋友圈
  /(?:扫描|扫一扫|扫码|长按|识别).{0,12}二维码|二维码.{0,12}(?:关注|识别|下载|分享)|^(?:微信)?扫一扫/,
  // A 公众号's reply menu and buttons: 1、回复【公租房】查看… · 点击菜单栏【便民服务】… · 点【在看】
  /^\d{1,2}[、.．]\s*回复\s*[【[]/,
  /^点击(?:底部)?菜单栏/,
  /点\s*[【[]\s*(?:在看|赞)\s*[】\]]|点个?在看/,
];

/** Furniture by the shape of the whole line (the older rules of line-rules.ts come first). */
export function isFurnitureLine(text: string): boolean {
  const line = text.trim();
  if (!line) return false;
  // A row of links is furniture however many links it has; other rules look at lines of some length only.
  if (linkRow(line) || navRow(line)) return true;
  if ([...line].length > 120) return false;
  const short = [...line].length <= 40 && !/[。；]$/.test(line);
  return PAGE_JUMP.test(line) || FURNITURE.some((re) => re.test(line)) || (short && SHORT_FURNITURE.some((re) => re.test(line)));
}

/** The line without its Markdown links (`[…](…)`, escaped or not): what is said besides them. */
export function withoutLinks(line: string): string {
  return line.replace(MD_LINK, ' ');
}
