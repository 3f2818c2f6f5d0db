/**
 * Bylines in the forms Chinese news prints them: a credit line (`撰文：黄津`,
 * `采写：南都记者 余毅菁 向雪妮`, `记者 黄津 通讯员 黄迪`), a run-in lead
 * (`新华社巴黎12月9日电（记者唐霁）`, `本报讯（记者 黄津）`), a credit closing
 * a paragraph (`（文/图 刘玺东 易赛楠）`) or the article (`（张巨峰）`).
 * A wrong author is worse than none: every name must look like a personal
 * name, and a bare closing parenthetical only counts when it starts with a
 * common surname and names no institution.
 */

const CJK = '\\u3400-\\u9fff\\uf900-\\ufaff';
/** A Chinese personal name: two to five characters (· for minority names). */
export const NAME = new RegExp(`^[${CJK}·]{2,5}$`);

/** 记者, 通讯员 with whatever the paper puts before them: 本报记者, 南都记者, 职工通讯员, 广州日报全媒体图片记者. */
const ROLE = new RegExp(`[${CJK}]{0,10}?(?:记者|通讯员|实习生|撰稿人)\\s*[：:]?`, 'g');
/** `（记者 苏榕蓉 福州报道）`: where the reporter filed from, not a name. */
const FILED_FROM = new RegExp(`[${CJK}]{1,6}报道`, 'g');

/** Names from `黄津 黄迪` / `记者 黄津 通讯员 黄迪` / `记者唐霁`: every token must look like a name, or none is taken. */
export function personNames(value: string): string[] | undefined {
  const tokens = value
    .replace(ROLE, ' ')
    .replace(FILED_FROM, ' ')
    .split(/[\s、，,]+/)
    .filter(Boolean);
  return tokens.length && tokens.length <= 6 && tokens.every((t) => NAME.test(t)) ? tokens : undefined;
}

/** Labels of a credit line: 撰文：, 采写：, 文/图 …. */
const CREDIT = '(?:撰文|撰稿|采写|采访|文字|作者|记者|通讯员|文\\s*[/／]\\s*图|图\\s*[/／]\\s*文|文)';

/** The credits a byline may end with for the pictures and the video: `视频：奚淼 王珑`, `摄影：…`. */
const OTHER_CREDITS = new RegExp(`\\s+(?:视频|摄影|摄像|剪辑|图片|制图|海报)\\s*[：:/／].*$`);

/**
 * `撰文：黄津 黄迪`, `文/黄津`, `采写：南都记者 余毅菁`, `（记者 黄津）`,
 * `► 本报记者 黄津`, `新华社记者李银、黄全权` as a whole line → the names.
 */
export function bylineLine(text: string): string[] | undefined {
  const t = text
    .trim()
    .replace(/^[►▶▷■□●◆◇★☆·•]\s*/, '')
    .replace(OTHER_CREDITS, '');
  if (t.length > 40) return undefined;
  const m =
    new RegExp(`^${CREDIT}\\s*(?:[：:/／]|\\s)\\s*(.+)$`).exec(t) ??
    new RegExp(`^[（(]\\s*${CREDIT}\\s*[：:\\s/／]\\s*(.+?)\\s*[）)]$`).exec(t) ??
    // 南方日报记者 黄津 通讯员 黄迪, 本报记者 黄津: the paper before the role (personNames drops the roles).
    // A space or colon after the role: 本报记者从市里获悉 is a sentence, not a byline.
    new RegExp(`^([${CJK}]{1,8}?(?:记者|通讯员)(?:\\s+|\\s*[：:]\\s*)[${CJK}].*)$`).exec(t) ??
    // 新华社记者李银、黄全权: names right after the role, as a list and nothing else.
    new RegExp(`^([${CJK}]{1,8}?(?:记者|通讯员)[${CJK}]{2,4}(?:[、，,][${CJK}]{2,4})+)$`).exec(t);
  return m ? personNames(m[1]) : undefined;
}

/** Common surnames: a closing （张巨峰） is a byline only when it starts with one. */
const SURNAME =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍喻祁蒲房滕屈饶解牟艾尤阳穆农卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩佘池查麻苑迟邝';
const DOUBLE_SURNAME = '欧阳|司马|上官|诸葛|东方|皇甫|尉迟|公孙|慕容|令狐|夏侯|长孙|宇文|司徒|轩辕|端木|南宫|西门';
const PERSON = `(?:[${SURNAME}][${CJK}]{1,2}|(?:${DOUBLE_SURNAME})[${CJK}]{1,2})`;
/** Characters that name an institution or a place, never a person: 报, 社, 网, 区 …. */
const INSTITUTION = /[报社网台刊局委办部院厅站所处科室心会团队组市县区省镇村乡街司厂校馆]/;

/**
 * `张巨峰`, `张巨峰 李四`: names without a role word, taken only when each
 * starts with a common surname and none names an institution.
 */
function bareNames(value: string): string[] | undefined {
  if (!new RegExp(`^${PERSON}(?:[、\\s]+${PERSON}){0,2}$`).test(value.trim())) return undefined;
  const names = value.trim().split(/[、\s]+/);
  return names.every((n) => NAME.test(n) && !INSTITUTION.test(n)) ? names : undefined;
}

/** A `<meta name="author">` value that names people, not the site (网易) or an office (护理部). */
export function metaAuthors(value: string): string[] | undefined {
  const names = personNames(value);
  return names?.every((n) => !INSTITUTION.test(n)) ? names : undefined;
}

/** `……举行。（张巨峰）` closing the article, or `（张巨峰）` as its last paragraph → the rest and the names. */
export function closingName(text: string): { rest: string; authors: string[] } | undefined {
  const m = /(?:^|(?<=[。！？”」]))\s*[（(]\s*([^（）()]{2,12}?)\s*[）)]\s*$/.exec(text);
  const authors = m && bareNames(m[1]);
  return m && authors ? { rest: text.slice(0, m.index).trim(), authors } : undefined;
}

/** A dateline: `新华社巴黎12月9日电`, `人民网北京6月1日电`, `本报讯`, `本站讯`. */
const DATELINE = new RegExp(`^(?:[${CJK}A-Za-z]{0,12}\\d{1,2}月\\d{1,2}日电|[${CJK}]{1,6}讯)`);

/**
 * `新华社巴黎12月9日电（记者唐霁）法国9日…` opening the first paragraph → the
 * names, and the byline as it is written (the caller takes it out; the
 * dateline stays, it is part of the text an editor keeps).
 */
export function leadByline(text: string): { byline: string; authors: string[] } | undefined {
  const lead = DATELINE.exec(text.trim());
  if (!lead) return undefined;
  const m = /^\s*([（(]\s*([^（）()]{2,40}?)\s*[）)])/.exec(text.trim().slice(lead[0].length));
  // A role word (记者唐霁) makes the names sure; without one (（唐霁）) they must look like names.
  const authors = m && (new RegExp(ROLE.source).test(m[2]) ? personNames(m[2]) : bareNames(m[2]));
  return m && authors ? { byline: m[1], authors } : undefined;
}

/** `……宣传活动。(文/图 刘玺东 易赛楠)` closing a paragraph → the rest and the names. */
export function trailingByline(text: string): { rest: string; authors: string[] } | undefined {
  // 文 and 图 need their separator: （文化局） is no byline.
  const m = new RegExp(`[（(]\\s*(?:${CREDIT}\\s*[：:/／\\s]|[${CJK}]{0,6}?(?:记者|通讯员)\\s*[：:]?)\\s*([^（）()]{2,40}?)\\s*[）)]\\s*$`).exec(text);
  if (!m || !m.index) return undefined;
  const authors = personNames(m[1]);
  return authors ? { rest: text.slice(0, m.index).trim(), authors } : undefined;
}

