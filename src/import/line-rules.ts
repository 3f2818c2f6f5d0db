/**
 * Rules for one paragraph of text: is it page furniture (责任编辑, 分享到 …),
 * a subheading, a photo caption with its credit, a data-source line?
 * Conservative on purpose: a false "junk" loses text, a false "subheading"
 * breaks a paragraph's look; both only fire on short lines that match outright.
 */
import { personNames } from './bylines.ts';
import { isFurnitureLine } from './furniture-lines.ts';

/** 【1】【2】【3】: the article goes on over more pages. */
export const PAGER = /^(?:[【[]\d{1,2}[】\]]\s*){2,}$/;

/** Furniture that news sites put around (and sometimes inside) the article. */
const JUNK: RegExp[] = [
  /^[（(]?\s*(?:责任编辑|责编|编辑|审核|审校|校对|终审|值班编辑|网站编辑|编审)\s*[：:]/,
  /^(?:版权所有|版权声明|转载请注明|copyright|©|\(c\)|主办单位?\s*[：:]|承办单位?\s*[：:]|网站标识码|网站地图|联系我们|[\u4e00-\u9fff]?ICP备|公网安备|备案号)/i,
  /^(?:上一篇|下一篇|上一条|下一条)\s*[：:]?/,
  /^(?:共\s*\d+\s*页|上一页|下一页|尾页)/,
  /^(?:当前位置|您的位置|您当前的位置|所在位置)\s*[：:]/,
  /^首页\s*[>＞»›]/,
  /^(?:分享到|分享至)\s*[：:]?/,
  /^(?:打印本页|关闭窗口|返回顶部|【打印】|【关闭】|\[打印\]|\[关闭\])/,
  /^【?字[体号]\s*[：:]\s*[大中小\s]+】?$/,
  /^扫一扫|扫一扫.{0,14}(?:分享|关注|打开|手机)/,
  // A photo gallery's label, a like button's count, a pager: 图集, +1, 【1】【2】【3】.
  /^(?:图集|组图|\+\d{1,3})$/,
  PAGER,
  /^点击进入.{1,24}(?:>>|》》|»)$/,
  /^返回.{1,12}[，,]?\s*查看更多$/,
  // WeChat (公众号) furniture: 点击蓝字 关注我们, 长按识别二维码, 点个在看, 阅读原文.
  /^(?:点击|点)?(?:上方)?(?:蓝字|蓝色字).{0,8}关注/,
  /^(?:长按|扫描|扫码|识别).{0,10}(?:二维码|关注)/,
  /^(?:欢迎)?关注我们$|^(?:点个|点亮|点击)?(?:在看|赞)(?:\s*[|｜]?\s*(?:在看|赞|分享))*$|^(?:分享|点赞|在看)[、，,\s]*(?:点赞|在看|分享)/,
  /^阅读原文$/,
];

/** Links to the site's other pages, set in the article: 点击进入…>>, 返回某某，查看更多. */
export const JUNK_LINK = /^(?:点击进入.{1,24}(?:>>|》》|»)?|返回.{1,12}[，,]?\s*查看更多|查看更多\s*(?:>>|»)?)$/;

/** The picture buttons of a pager (next_page.jpg). */
export const PAGER_IMAGE = /(?:next|prev|pre)_?page|page_?(?:next|prev|down|up)/i;

/** 【纠错】, 【打印】 before a line: a button label, not part of what the line is. */
const BUTTON = /^(?:【[^】]{1,4}】\s*)+/;

/** Headings of link lists that follow an article: they go, with the list under them. */
export const RELATED = /^(?:相关阅读|推荐阅读|相关新闻|相关链接|延伸阅读|相关文章|热点推荐|热门文章|相关稿件|往期推荐|往期回顾|精彩推荐|往期精彩)\s*[：:]?$/;

export function isJunkLine(text: string): boolean {
  const t = text.trim();
  const bare = t.replace(BUTTON, '');
  return (t.length <= 80 && [t, bare].some((line) => line && (RELATED.test(line) || JUNK.some((re) => re.test(line))))) || isFurnitureLine(t);
}

/** Closing quotes and brackets hide the real last character: 构平台，产业转移“第一站” ends in 站. */
function lastMeaningful(text: string): string {
  return text.replace(/[”’"'」』）)】\]》\s]+$/, '').slice(-1);
}

/**
 * Could `text` be a subheading by its shape? Short, no sentence punctuation
 * at its end, no full stop inside. The caller decides whether shape is enough.
 */
export function headingShaped(text: string, max = 30): boolean {
  const t = text.trim();
  if (!t || [...t].length > max || !/[\u3400-\u9fff]/.test(t)) return false;
  if (/[。！？!?]/.test(t.slice(0, -1)) || /[。！？；：，、…!?;:,.．]/.test(lastMeaningful(t))) return false;
  // 来看看现场↓↓↓, 戳这里👇: a line that points at what follows leads into it, it heads nothing.
  return !/[↓↘⬇➨→>~～]$|\p{Extended_Pictographic}$/u.test(t);
}

/** 一、…… （一）…… 第一部分 …: numbered the way Chinese reports number their parts. */
export function numberedHeading(text: string): boolean {
  return /^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|第[一二三四五六七八九十]{1,3}[章节部分篇])/.test(text.trim()) && headingShaped(text);
}

/** `数据来源：…` lines stay in the article, as a paragraph of their own. */
export const DATA_SOURCE = /^(?:数据来源|资料来源|数据出处)\s*[：:]/;
/** A data-source line glued to the end of a paragraph, after its last full stop. */
export const TRAILING_DATA_SOURCE = /(?<=[。！？”])\s*((?:数据来源|资料来源)\s*[：:][^。]{1,60}。?)$/;

/** 记者 · 通讯员 · 本报记者 · 南方日报记者 · 广州日报全媒体图片记者: a role before a photographer's name, not part of it. */
const ROLE = '(?:(?:[\\u3400-\\u9fff]{0,8}?(?:报|台|社|网|中心|媒体|图片))?(?:特约|首席|摄影)?(?:记者|通讯员)\\s*)';
const CJK_NAME = '[\\u3400-\\u9fff·]{2,5}';
const NAMES = `${ROLE}?${CJK_NAME}(?:[、\\s]+${ROLE}?${CJK_NAME}){0,3}`;
/** 朱梓恒 · 朱梓恒、林泽宇 · 记者 李明 通讯员 王五 (names apart by spaces only when each has its role). */
const ONE_NAME = `(?:${ROLE}?${CJK_NAME}(?:、${CJK_NAME}){0,3}|${ROLE}${CJK_NAME}(?:\\s+${ROLE}${CJK_NAME}){1,3})`;
const CREDITS: RegExp[] = [
  // 广清产业园一角（朱梓恒/摄） (朱梓恒 摄) （摄影：朱梓恒） （图/朱梓恒）
  new RegExp(`^(.*?)\\s*[（(]\\s*(${NAMES})\\s*[/／]?\\s*摄(?:影)?\\s*[）)]$`),
  new RegExp(`^(.*?)\\s*[（(]\\s*(?:摄影|摄|图)\\s*[：:/／]?\\s*(${NAMES})\\s*[）)]$`),
  // 广清产业园一角 朱梓恒/摄 · 广清产业园一角。朱梓恒 摄 · 广清产业园一角 摄影：朱梓恒 · 签约现场。记者 李明 摄
  new RegExp(`^(.*?)(?:^|\\s+|(?<=[。，；！]))(${ONE_NAME})\\s*(?:[/／]\\s*|\\s+)摄$`),
  new RegExp(`^(.*?)(?:^|\\s+|(?<=[。，；！]))(?:摄影|图)\\s*[：:/／]\\s*(${ONE_NAME})$`),
  // ▲广州日报全媒体图片记者黎旭阳、李妍摄: with the role before them, the names need no space before 摄.
  new RegExp(`^(.*?)(?:^|\\s+|(?<=[。，；！]))(${ROLE}${CJK_NAME}(?:、${CJK_NAME}){0,3})摄$`),
];

/** A picture from an office or a paper, not a photographer: （连州市融媒体中心供图）, 图/清远市农业农村局. */
const ORG = '[\\u3400-\\u9fff]{2,16}?';
const ORG_CREDITS: RegExp[] = [
  new RegExp(`^(.*?)\\s*[（(]\\s*(${ORG})\\s*供图\\s*[）)]$`),
  new RegExp(`^(.*?)\\s*[（(]\\s*(?:图|图片)\\s*[：:/／]\\s*(${ORG})\\s*[）)]$`),
  new RegExp(`^(.*?)(?:^|\\s+|(?<=[。，；！]))(?:图|图片)\\s*[：:/／]\\s*(${ORG})$`),
  new RegExp(`^(.*?)(?:^|\\s+|(?<=[。，；！]))(${ORG})\\s*供图$`),
];

/** ▲ ↑ ■ before a caption: an arrow at the picture, not part of the caption. */
const CAPTION_MARK = /^[▲△▼▽↑↓■□●◆◇★☆]\s*/;

/** A line under a picture that says it is the caption: `▲航站楼外景`, `资料图` (no credit needed). */
export function markedCaption(text: string): string | undefined {
  const t = text.trim();
  if ([...t].length > 120) return undefined;
  if (/^[▲△↑]/.test(t)) return t.replace(CAPTION_MARK, '');
  return /^(?:资料图|资料图片|网络图片|示意图)$/.test(t) ? t : undefined;
}

/**
 * `广清产业园一角（朱梓恒/摄）` → caption 广清产业园一角, credit `朱梓恒 摄`;
 * `▲采收现场 图/连州市融媒体中心` → caption 采收现场, credit `连州市融媒体中心 供图`.
 * Undefined unless the text ends in a credit.
 */
export function captionCredit(text: string): { caption: string; credit: string } | undefined {
  // An e-paper's photo number (…感人事。③2 王俊祥 摄) and a site's trailing separator (…刘可 摄 |) are not the credit's.
  const t = text
    .trim()
    .replace(CAPTION_MARK, '')
    .replace(/\s*[|｜]$/, '')
    .replace(/[①-⑳]\d{0,2}\s*(?=[\u3400-\u9fff·]{2,5}\s*[/／]?\s*摄$)/, ' ');
  if ([...t].length > 120) return undefined;
  for (const re of CREDITS) {
    const m = re.exec(t);
    if (!m) continue;
    const names = personNames(m[2]); // without their roles, and only if each looks like a name
    if (!names) continue;
    return { caption: m[1].trim(), credit: `${names.join(' ')} 摄` };
  }
  for (const re of ORG_CREDITS) {
    const m = re.exec(t);
    if (m) return { caption: m[1].trim(), credit: `${m[2]} 供图` };
  }
  return undefined;
}
