/** `yuebao import`: clippings (web pages, posts with front matter, plain text) → article Markdown. */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { articleSchema } from '../src/content/schemas.ts';
import { importClippings } from '../src/import/import-clippings.ts';
import { captionCredit, headingShaped, isJunkLine } from '../src/import/line-rules.ts';
import { bylineLine, closingName, leadByline, trailingByline } from '../src/import/bylines.ts';
import { findDate, infoLine, sourceLine } from '../src/import/metadata.ts';
import { lostText } from '../src/import/safety-check.ts';
import { formatProblems } from '../src/core/format-problems.ts';

/** The problems of an import as the CLI prints them, every one (not folded). */
const problemLines = (result: { files: Parameters<typeof formatProblems>[0] }) => formatProblems(result.files, { verbose: true }).lines;

const ROOT = resolve(import.meta.dirname, '..');
const FIXTURES = join(ROOT, 'test', 'fixtures', 'import');
const TAG = /<\/?[a-z][^>]*>/i;

const outDir = () => mkdtempSync(join(tmpdir(), 'import-'));

/** Imports `files` into a fresh folder; the article's front matter and body. */
async function run(...files: string[]) {
  const out = outDir();
  const result = await importClippings(files, { out });
  const articles = result.written.map((path) => {
    const text = readFileSync(path, 'utf8');
    const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
    if (!m) throw new Error(`no front matter in ${path}:\n${text}`);
    return { path, text, data: parseYaml(m[1]) as Record<string, unknown>, body: m[2], lines: m[2].split('\n') };
  });
  return { out, result, articles };
}

/** Valid for our own article loader: the front matter passes the schema, and only known keys are used. */
function expectValidArticle(data: Record<string, unknown>) {
  expect(articleSchema.safeParse(data).success).toBe(true);
  for (const key of Object.keys(data)) expect(['title', 'subtitle', 'source', 'author', 'date']).toContain(key);
}

describe('import: a saved web page', () => {
  it('finds title, date and sources, keeps every paragraph, and leaves the page furniture behind', async () => {
    const { out, result, articles } = await run(join(FIXTURES, 'qingyuan-news.html'));
    expect(problemLines(result)).toEqual([]);
    expect(articles).toHaveLength(1);
    const [a] = articles;
    expect(a.path).toBe(join(out, 'qingyuan-news.md'));
    expectValidArticle(a.data);
    expect(a.data.title).toBe('广清产业园新春开工 十二个项目集中签约');
    expect(a.data.date).toBe('2024-02-18');
    expect(a.data.source).toEqual(['清远日报', '南方日报']);

    // Subheadings: one from <h3>, one from a bold-only paragraph.
    expect(a.lines).toContain('## 抓招商，项目落地跑出加速度');
    expect(a.lines).toContain('## 优服务，营商环境持续升温');
    // The caption under the picture became its alt text and credit; the picture was copied.
    expect(a.lines).toContain('![广清产业园东片区新建的标准厂房](images/park-view.jpg "朱梓恒 摄")');
    expect(existsSync(join(out, 'images', 'park-view.jpg'))).toBe(true);
    expect(a.lines).toContain('数据来源：广清产业园管委会经济发展局');
    expect(a.lines).toContain('| 规上工业总产值 | 约三百亿元 | 17.2% |');

    const paragraphs = [
      '2月18日上午，春节假期后的第一个工作日，广清经济特别合作区广清产业园举行新春项目集中签约活动。十二个项目现场签约，计划总投资约三十六亿元，涵盖智能家居、汽车零部件、新材料等园区主导产业。',
      '“节后第一天就签约，是给企业吃下‘定心丸’。”园区管委会有关负责人介绍，签约项目中有五个是已入园企业的增资扩产项目，说明企业对园区的营商环境投了“信任票”。',
      '去年以来，园区坚持“一把手”带队外出招商，建立项目从洽谈、签约到动工的全流程跟踪机制。**签约即服务**，园区为每个项目配备一名服务专员，协助企业办理用地、报建等手续。',
      '一家从广州转移过来的家具企业负责人说，从签订协议到拿到施工许可，只用了不到两个月时间，[去年的评估报告](https://www.example.org/report/2023)也显示园区审批时限明显缩短。',
      '园区今年将继续推行“拿地即开工”审批模式，推动更多事项实现网上办理、限时办结。据统计，2023年园区规上工业总产值同比增长百分之十七点二，新增投产项目二十六个。',
      '下一步，园区将紧盯签约项目的落地进度，力争年内实现半数以上项目动工建设。',
    ];
    for (const p of paragraphs) expect(a.lines).toContain(p);

    expect(a.text).not.toMatch(TAG);
    for (const junk of ['责任编辑', '分享到', '扫一扫', '版权所有', '相关阅读', '上一篇', '下一篇', '当前位置', '首页', '热点专题', '统计代码', 'tracking', '字体', '文章来源', '发布时间', '登录', '粤ICP']) {
      expect(a.text).not.toContain(junk);
    }
    expect(a.body).not.toMatch(/(?<!数据)来源：/);
  });

  it('reads a GB18030 page of a government site: layout tables, <br> paragraphs, CSS bold, centred captions', async () => {
    const { result, articles } = await run(join(FIXTURES, 'county-report-gbk.html'));
    expect(problemLines(result)).toEqual([]);
    const [a] = articles;
    expectValidArticle(a.data);
    expect(a.data).toMatchObject({ title: '清城区推进百千万工程见行见效', date: '2024-03-02', source: '清远日报', author: '李明 王芳' });
    expect(a.lines[0]).toBe('');
    expect(a.lines).toContain('3月1日，清城区召开推进会，部署今年百千万工程重点任务。会议要求各镇街对照任务清单，逐项抓好落实。');
    expect(a.lines).toContain('## 建强镇街，激活发展动能');
    expect(a.lines).toContain('## （一）完善基础设施');
    expect(a.lines).toContain('![源潭镇新建的农产品加工厂](images/w020240302_pic.jpg "丘贵星 摄")');
    // 记者从… is a sentence, not a byline.
    expect(a.lines).toContain('记者从会上获悉，全区已有多个村庄完成人居环境整治，村容村貌明显改善。');
    expect(a.text).not.toMatch(TAG);
    expect(a.text).not.toMatch(/浏览次数|分享到|技术支持|政务/);
  });

  it('handles the usual news-site shapes: title in a named <h2>, info in <span>s, WeChat’s hidden body and lazy pictures', async () => {
    const dir = outDir();
    const southcn = join(dir, 'southcn.html');
    writeFileSync(
      southcn,
      `<!DOCTYPE html><html><head><meta charset="utf-8"><title>清远：春耕备耕忙_某某网</title>
<link rel="canonical" href="https://news.example.cn/content/2024-02/18/c1.html"></head><body>
<div class="m-header"><a href="/">某某网</a><ul class="m-nav"><li><a href="/">首页</a></li></ul></div>
<div class="m-article"><h2 id="article_title">清远：春耕备耕忙</h2>
<div class="m-con-info"><span>2024-02-18 10:30</span><span>来源：<a href="http://epaper.example.cn">南方日报</a></span><span>作者：黄津</span></div>
<div class="m-article-content"><p>2月18日，清远各地农民抓住晴好天气开展春耕生产，田野里处处是忙碌的身影。</p>
<p><img src="/uploads/2024/02/farm.jpg"></p><p>佛冈县农民在田间插秧（朱梓恒 摄）</p>
<p>今年，清远推广无人机播种、机械化插秧等技术，进一步提高生产效率，减轻农民劳动强度。</p>
<p>（责编：王五、赵六）</p></div></div>
<div class="m-side"><div class="box-title">热门推荐</div></div></body></html>`,
    );
    const wechat = join(dir, 'wechat.html');
    writeFileSync(
      wechat,
      `<html><head><meta property="og:title" content="广清合作区：开年项目建设按下快进键"></head><body>
<h1 class="rich_media_title">广清合作区：开年项目建设按下快进键</h1>
<div id="meta_content"><span>清远发布</span><em>2024-02-20 18:00</em></div>
<div class="rich_media_content" style="visibility: hidden;">
<section><span>春节刚过，广清经济特别合作区各个项目工地便热闹起来，工人们抢抓工期，确保项目早日建成投产。</span></section>
<section style="text-align:center"><img data-src="https://mmbiz.example.com/pic1.jpg" src="data:image/gif;base64,R0lGOD"></section>
<section style="text-align:center"><span style="color:#888">项目工地一角</span></section>
<section style="text-align:center"><strong>项目建设热火朝天</strong></section>
<section><span>在合作区的一个智能制造项目现场，塔吊林立，机器轰鸣。项目负责人介绍，今年将完成主体工程建设。</span></section>
<p><span>来源：清远日报</span></p></div></body></html>`,
    );
    const { result, articles } = await run(southcn, wechat);
    // Their pictures are on the web: one warning a clipping says so (yuebao never downloads).
    expect(problemLines(result).filter((p) => !p.endsWith('import-image-remote'))).toEqual([]);
    expect(problemLines(result).filter((p) => p.endsWith('import-image-remote')).length).toBeGreaterThan(0);
    const [s, w] = articles;
    expect(s.data).toEqual({ title: '清远：春耕备耕忙', source: '南方日报', author: '黄津', date: '2024-02-18' });
    // A site-relative picture that was not saved: made absolute from the page's address, for `check` to flag.
    expect(s.lines).toContain('![佛冈县农民在田间插秧](https://news.example.cn/uploads/2024/02/farm.jpg "朱梓恒 摄")');
    expect(s.text).not.toMatch(/责编|热门推荐|首页/);
    expect(w.data).toEqual({ title: '广清合作区：开年项目建设按下快进键', source: '清远日报', date: '2024-02-20' });
    expect(w.lines).toContain('![项目工地一角](https://mmbiz.example.com/pic1.jpg)');
    expect(w.lines).toContain('## 项目建设热火朝天');
    expect(w.lines).toContain('在合作区的一个智能制造项目现场，塔吊林立，机器轰鸣。项目负责人介绍，今年将完成主体工程建设。');
    for (const a of articles) {
      expectValidArticle(a.data);
      expect(a.text).not.toMatch(TAG);
    }
  });
});

describe('import: CMS page shapes', () => {
  it('keeps an article that a VSB (博达) CMS wraps in a <form>, drops the search form, and strips the site from <title>', async () => {
    const { result, articles } = await run(join(FIXTURES, 'vsb-form.html'));
    expect(problemLines(result)).toEqual([]);
    const [a] = articles;
    expect(a.data).toEqual({ title: '清远职业技术学院开展春季义务植树活动', date: '2024-03-12' });
    expect(a.lines).toContain('3月12日上午，学院组织教职工和学生志愿者两百余人，在新校区北坡开展春季义务植树活动，共种下樟树、木棉等苗木六百余株。');
    // The body's <h3>s stay subheadings: the title is only in <title> and a <span>.
    expect(a.lines).toContain('## 精心组织安排');
    expect(a.lines).toContain('## 师生踊跃参与');
    expect(a.lines).toContain('师生们分工协作，挖坑、扶苗、填土、浇水，一棵棵新苗很快在山坡上排列成行。大家表示，要像爱护眼睛一样爱护校园的每一片绿色。');
    expect(a.text).not.toMatch(/站内搜索|地址：|党政办$/m);
  });

  it('warns about paragraph-sized text that the furniture filter removed', async () => {
    const dir = outDir();
    const page = join(dir, 'aside.html');
    const para = '园区持续优化营商环境，推动项目早签约、早落地、早投产，为全年经济发展打下坚实基础，各项工作取得积极成效。';
    writeFileSync(page, `<html><head><title>园区项目建设提速</title></head><body>\n<h1>园区项目建设提速</h1>\n<div class="content"><p>${para}</p><p>${para}</p>\n<aside><p>编者按：开年以来，广清产业园抢抓项目建设黄金期，多个重点项目集中开工，园区上下呈现出一派繁忙景象，本报今起推出系列报道。</p></aside></div>\n</body></html>`);
    const { result } = await run(page);
    expect(problemLines(result)).toHaveLength(1);
    expect(problemLines(result)[0]).toMatch(/aside\.html:4:\d+ {2}警告 {2}.*编者按.* {2}import-text-lost$/);
  });

  it('reads the date from a <footer> after the body, takes a closing (文/图 …) as the author, and keeps an <h1> ending in ！', async () => {
    const { result, articles } = await run(join(FIXTURES, 'wordpress-footer.html'));
    expect(problemLines(result)).toEqual([]);
    const [a] = articles;
    expect(a.data).toEqual({ title: '清新区举办金融知识进万家宣传活动！', author: '陈晓明 林芳', date: '2024-03-16' });
    expect(a.lines).toContain('活动现场设置了咨询台和展板，工作人员用通俗的语言解答群众提问，并发放宣传资料一千余份，引导群众选择正规渠道办理金融业务。');
    expect(a.text).not.toMatch(/文\/图|发布日期|阅读|清远商报/);
  });

  it('reads the date from a footer-named line under the title and from JSON-LD; 采写 and 作者 lines give the authors once', async () => {
    const { result, articles } = await run(join(FIXTURES, 'zblog-repost.html'));
    expect(problemLines(result)).toEqual([]);
    const [a] = articles;
    expect(a.data).toEqual({ title: '连州警方打掉一个电信诈骗团伙', author: '王小明 李华', date: '2024-03-08' });
    expect(a.lines[a.lines.length - 2]).toBe('警方提醒，凡是自称客服要求转账、提供验证码的，都要提高警惕，拿不准时可拨打110咨询。');
    expect(a.text).not.toMatch(/采写|作者|查看更多|责任编辑|某某传媒/);

    const dir = outDir();
    const page = join(dir, 'ld.html');
    writeFileSync(page, readFileSync(join(FIXTURES, 'zblog-repost.html'), 'utf8').replace(/<h6[\s\S]*?<\/h6>/, ''));
    const ld = await run(page);
    expect(ld.articles[0].data.date).toBe('2024-03-08');
  });

  it('takes the <h3> under an <h2> title as the subtitle, a closing （黄志强） as the author, and no file name as a credit', async () => {
    const { result, articles } = await run(join(FIXTURES, 'gov-subtitle.html'));
    expect(problemLines(result).filter((p) => !p.includes('import-image-missing'))).toEqual([]);
    const [a] = articles;
    expect(a.data).toEqual({ title: '清远农产品走进大湾区', subtitle: '广清两地联合举办农产品产销对接会', source: '清远日报', author: '黄志强', date: '2024-03-20' });
    expect(a.lines).toContain('![图为产销对接会现场。](./w020240320_market.jpg "何小青 摄")');
    expect(a.lines).toContain('对接会上，双方签订采购协议十余份，涉及金额约两亿元。多家采购商表示，将加大对清远优质农产品的采购力度。');
    expect(a.text).not.toMatch(/3\.jpg|责任编辑/);
  });

  it('finds a title in an <h5> when <title> only names the column, and never takes the breadcrumb', async () => {
    const { result, articles } = await run(join(FIXTURES, 'society-news.html'));
    // Their pictures are on the web: one warning a clipping says so (yuebao never downloads).
    expect(problemLines(result).filter((p) => !p.endsWith('import-image-remote'))).toEqual([]);
    expect(problemLines(result).filter((p) => p.endsWith('import-image-remote')).length).toBeGreaterThan(0);
    const [a] = articles;
    expect(a.data).toEqual({ title: '2024年清远乡村地理学术研讨会在英德成功举行！', source: '清远市地理学会', date: '2024-04-22' });
    expect(a.lines).toContain('![](http://img.example.org/upload/0422-a.jpg)');
    expect(a.lines).toContain('![研讨会开幕式](http://img.example.org/upload/0422-b.jpg)');
    expect(a.text).not.toMatch(/\.jpg"|首页|联系我们|友情链接/);
  });

  it('cleans and merges sources (meta with its label, 来源于：, 本站原创), takes the 本站讯 byline, and the date after the body', async () => {
    const { result, articles } = await run(join(FIXTURES, 'hospital-news.html'));
    expect(problemLines(result)).toEqual([]);
    const [a] = articles;
    expect(a.data).toEqual({ title: '市人民医院举办护理技能竞赛', source: '某某健康网-医院频道', author: '张丽 王芳', date: '2024-04-11' });
    expect(a.lines).toContain('**本站讯** 为提升护理人员专业技能，4月10日，市人民医院举办2024年护理技能竞赛，来自全院各科室的六十名护士参加比赛。');
    expect(a.text).not.toMatch(/通讯员|来源|作者|本站原创|责任编辑/);
  });

  it('takes a news agency lead’s byline and keeps its dateline; drops 图集, +1, 【纠错】 and pagers', async () => {
    const dir = outDir();
    const page = join(dir, 'agency.html');
    writeFileSync(
      page,
      `<html><head><title>清远英德红茶亮相国际茶博会_某某网</title></head><body>
<div class="h-title">清远英德红茶亮相国际茶博会</div><div class="h-info"><span>2024-05-06 08:10:00</span> <span>来源：<em>某某网</em></span></div>
<div id="detail"><p>图集</p>
<p>新华社广州5月5日电（记者周立新）第十届国际茶业博览会5日开幕，清远英德红茶以独特的花果香吸引了众多采购商驻足品尝。</p>
<p>据介绍，英德红茶今年春茶产量同比增长一成，多家茶企在博览会上签下了出口订单。</p>
<p><a href="http://www.example.com/zt/tea/"><strong>点击进入“茶香清远”专题</strong><strong>&gt;&gt;</strong></a></p>
<p>【1】【2】【3】</p><p><img src="/img/next_page.jpg"></p><p>+1</p>
<p>【纠错】 责任编辑：刘洋</p></div></body></html>`,
    );
    const { result, articles } = await run(page);
    // Only this page of the article was saved: the pager is gone, but the editor hears of it.
    expect(problemLines(result)).toHaveLength(1);
    expect(problemLines(result)[0]).toMatch(/agency\.html:7:4 {2}警告 {2}.*【1】【2】【3】.* {2}import-more-pages$/);
    const [a] = articles;
    expect(a.data).toEqual({ title: '清远英德红茶亮相国际茶博会', source: '某某网', author: '周立新', date: '2024-05-06' });
    expect(a.lines[1]).toBe('新华社广州5月5日电 第十届国际茶业博览会5日开幕，清远英德红茶以独特的花果香吸引了众多采购商驻足品尝。');
    expect(a.lines[a.lines.length - 2]).toBe('据介绍，英德红茶今年春茶产量同比增长一成，多家茶企在博览会上签下了出口订单。');
    expect(a.text).not.toMatch(/图集|点击进入|next_page|【|\+1|责任编辑/);
  });
});

describe('import: less tidy pages', () => {
  it('takes a centred short line as a subheading, a dated line above the body as the date, and keeps （完） a paragraph', async () => {
    const dir = outDir();
    const page = join(dir, 'centred.html');
    const body = '园区持续优化营商环境，推动项目早签约、早落地、早投产，为全年经济发展打下坚实基础。';
    writeFileSync(
      page,
      `<html><head><title>园区项目建设提速 - 某某网</title></head><body><div id="zoom">
<h1>园区项目建设提速</h1><p>清远日报 2024-02-18 10:30</p>
<p>${body}</p><p style="text-align: center;"><span style="color:#c00">抢抓黄金施工期</span></p>
<p>　　今年以来，园区坚持每周调度重点项目，协调解决用工、用电、物流等问题。</p><p>（完）</p></div></body></html>`,
    );
    const { result, articles } = await run(page);
    expect(problemLines(result)).toEqual([]);
    const [a] = articles;
    expect(a.data).toEqual({ title: '园区项目建设提速', date: '2024-02-18' });
    expect(a.lines).toContain(body);
    expect(a.lines).toContain('## 抢抓黄金施工期');
    expect(a.lines).toContain('（完）');
    expect(a.text).not.toContain('10:30');
  });

  it('reads an HTML post body that a Markdown reader would take for code (indented after a blank line)', async () => {
    const dir = outDir();
    const post = join(dir, 'cms-export.html');
    writeFileSync(post, '---\ntitle: 连州菜心丰收\ndate: 2024-02-18\ncategories: [县区动态]\n---\n稿件正文：\n\n    <p>连州市的冬季菜心种植基地里，菜农们正忙着采收、打包、装车。</p>\n\n    <p><strong>品牌带动增收</strong></p>\n\n    <p>连州菜心今年种植面积进一步扩大，带动了当地农民增收。</p>\n');
    const { result, articles } = await run(post);
    expect(problemLines(result)).toEqual([]);
    const [a] = articles;
    expect(a.lines).toContain('连州市的冬季菜心种植基地里，菜农们正忙着采收、打包、装车。');
    expect(a.lines).toContain('## 品牌带动增收');
    expect(a.text).not.toMatch(TAG);
    expect(a.text).not.toContain('```');
  });
});

describe('import: a post with front matter', () => {
  it('takes title and date from the front matter, drops categories and tags, converts the HTML body', async () => {
    const { result, articles } = await run(join(FIXTURES, 'park-post.md'));
    // Their pictures are on the web: one warning a clipping says so (yuebao never downloads).
    expect(problemLines(result).filter((p) => !p.endsWith('import-image-remote'))).toEqual([]);
    expect(problemLines(result).filter((p) => p.endsWith('import-image-remote')).length).toBeGreaterThan(0);
    const [a] = articles;
    expectValidArticle(a.data);
    expect(a.data).toEqual({ title: '广清"反向飞地"首个项目投产', source: '广东乡村发展', date: '2024-02-18' });
    expect(a.lines).toContain('## 研发在广州，生产在清远');
    expect(a.lines).toContain('![研发人员在孵化中心调试设备](https://img.example.com/2024/02/lab.jpg "丘贵星 摄")');
    expect(a.lines).toContain('- 孵化中心已入驻企业八家；');
    expect(a.lines).toContain('- 累计引进研发人员一百二十余名。');
    expect(a.lines).toContain('2月18日，位于广州的广清“反向飞地”孵化中心迎来首个投产项目。该项目由清远一家新材料企业在广州设立研发团队，成果回到清远的生产基地转化。');
    expect(a.lines).toContain('下一步，孵化中心将完善中试、检测等公共服务，吸引更多清远企业前来“借脑”发展。');
    expect(a.text).not.toMatch(TAG);
    expect(a.text).not.toMatch(/categories|tags|来源：/);
  });

  it('reads a Markdown body too, and moves a closing （清远日报） to `source`', async () => {
    const dir = outDir();
    const post = join(dir, '植树.md');
    writeFileSync(post, '---\ntitle: "清新区植树: 共建绿美家园"\ndate: 2024/03/12\ntags: [绿美]\n---\n\n3 月 12 日，清新区组织干部和志愿者开展义务植树活动，共种下各类苗木两千余株。\n\n### 绿化造林见成效\n\n近年来，清新区持续推进生态建设，森林覆盖率稳步提高。\n\n<!-- more -->\n\n（清远日报）\n');
    const { result, articles } = await run(post);
    expect(problemLines(result)).toEqual([]);
    const [a] = articles;
    expect(a.path.endsWith('article-2024-03-12.md')).toBe(true);
    expectValidArticle(a.data);
    // Front-matter values get the house's full-width punctuation too (issue #9): 清新区植树: → 清新区植树：.
    expect(a.data).toEqual({ title: '清新区植树：共建绿美家园', source: '清远日报', date: '2024-03-12' });
    expect(a.lines).toContain('3月12日，清新区组织干部和志愿者开展义务植树活动，共种下各类苗木两千余株。');
    expect(a.lines).toContain('## 绿化造林见成效');
    expect(a.text).not.toMatch(/more|（清远日报）|<!--/);
  });
});

describe('import: plain text', () => {
  it('takes the first line as title, the byline, date and source lines as metadata, one paragraph per line', async () => {
    const { result, articles } = await run(join(FIXTURES, 'spring-villages.txt'));
    expect(problemLines(result)).toEqual([]);
    const [a] = articles;
    expectValidArticle(a.data);
    expect(a.data).toEqual({ title: '连樟村春耕正忙 乡村产业有了新气象', source: '清远发布', author: '黄津 黄迪', date: '2024-02-18' });
    expect(a.lines).toContain('2月18日，记者走进英德市连樟村，田间地头一派繁忙景象。村民们趁着晴好天气翻耕土地、育秧备种，为新一年的农业生产做准备。');
    expect(a.lines).toContain('## 一、产业兴旺有奔头');
    expect(a.lines).toContain('## 二、村容村貌换新颜');
    expect(a.lines).toContain('“以前种地靠天吃饭，现在有企业带着干，收入稳定多了。”村民老陈一边整理秧苗一边说。');
    expect(a.lines).toContain('村里的道路硬化了，路灯亮起来了，房前屋后种上了花草，不少外出务工的年轻人也回乡创业。');
    expect(a.text).not.toMatch(/撰文|来源：|2024年2月18日|连樟村春耕正忙\n\n/);
  });

  it('leaves body lines that only look like metadata alone, and decodes entities', async () => {
    const dir = outDir();
    const file = join(dir, 'notice.txt');
    writeFileSync(file, '标题：关于举办广清农产品展销会的通知\n各有关单位：\n一、活动安排\n时间：2024年3月1日至3月5日\n地点：清远市会展中心&nbsp;一楼\n二、报名方式\n请于2月26日前报送参展名单。\n');
    const { result, articles } = await run(file);
    expect(problemLines(result)).toEqual([]);
    const [a] = articles;
    expect(a.data).toEqual({ title: '关于举办广清农产品展销会的通知' });
    expect(a.lines).toContain('时间：2024年3月1日至3月5日');
    expect(a.lines).toContain('地点：清远市会展中心 一楼');
    expect(a.lines).toContain('## 一、活动安排');
    expect(a.lines).toContain('各有关单位：');
  });
});

describe('import: a city government page, a provincial paper, a WeChat account', () => {
  it('city government CMS: meta tags, info line, numbered and <h3> subheadings, a reporter\'s photo credit', async () => {
    const { result, articles } = await run(join(FIXTURES, 'city-gov.html'));
    const [a] = articles;
    expect(a.data).toEqual({ title: '广清共建产业园签约项目再添新成员', source: '清远日报', date: '2024-02-18' });
    expectValidArticle(a.data);
    expect(a.lines).toContain('## 一、聚焦主导产业精准招商');
    expect(a.lines).toContain('## 二、优化服务保障项目落地');
    expect(a.body).toContain('"李明 摄")');
    expect(a.body).toContain('![签约仪式现场。]');
    expect(a.body).not.toMatch(/责任编辑|分享到|打印本页|相关阅读|版权所有|当前位置|文章来源/);
    expect(a.body).not.toMatch(TAG);
    expect(problemLines(result).map((p) => p.split('  ').at(-1))).toEqual(['import-image-missing']);
  });

  it('provincial paper: labels glued to values (来源：南方日报作者：…), the closing 南方日报记者 … 通讯员 … line', async () => {
    const { result, articles } = await run(join(FIXTURES, 'south-news.html'));
    const [a] = articles;
    expect(a.data).toEqual({ title: '广清经济特别合作区交出2023年“成绩单”', source: '南方日报', author: '黄津 黄迪', date: '2024-02-19' });
    expect(a.lines).toContain('## 产业园区提质增效');
    expect(a.lines).toContain('## 交通互联加快推进');
    expect(a.body).not.toMatch(/记者|通讯员|编辑|分享/);
    expect(problemLines(result)).toEqual([]);
  });

  it('WeChat account: the account furniture and its QR code go, ▲ captions with an office\'s credit, one warning for web pictures', async () => {
    const { result, articles } = await run(join(FIXTURES, 'wechat-account.html'));
    const [a] = articles;
    expect(a.data).toEqual({ title: '清远这个村，把菜心卖进了大湾区', source: '清远日报', date: '2024-02-20' });
    expect(a.body).not.toMatch(/关注我们|二维码|阅读原文|编辑|审核|qrcode/);
    expect(a.body).toContain('![采收现场](https://mmbiz.qpic.cn/mmbiz_jpg/abc/640?wx_fmt=jpeg "连州市融媒体中心 供图")');
    expect(a.lines).toContain('## 从“论斤卖”到“论箱卖”');
    expect(problemLines(result)).toHaveLength(1);
    expect(problemLines(result)[0]).toMatch(/wechat-account\.html:\d+:\d+ {2}警告 {2}图片在网上（.* {2}import-image-remote$/);
  });

  it('reads photo credits of offices and of reporters', () => {
    expect(captionCredit('▲采收现场 图/连州市融媒体中心')).toEqual({ caption: '采收现场', credit: '连州市融媒体中心 供图' });
    expect(captionCredit('菜心基地（连州市农业农村局供图）')).toEqual({ caption: '菜心基地', credit: '连州市农业农村局 供图' });
    expect(isJunkLine('点击蓝字 关注我们')).toBe(true);
    expect(isJunkLine('长按识别二维码关注我们')).toBe(true);
    expect(isJunkLine('关注我们的产业发展')).toBe(false);
  });
});

describe('import: files, names and problems', () => {
  it('names files after the clipping, ASCII only, and never overwrites', async () => {
    const out = outDir();
    const first = await importClippings([join(FIXTURES, 'spring-villages.txt'), join(FIXTURES, 'spring-villages.txt')], { out });
    const second = await importClippings([join(FIXTURES, 'spring-villages.txt')], { out });
    expect([...first.written, ...second.written].map((p) => p.slice(out.length + 1))).toEqual(['spring-villages.md', 'spring-villages-2.md', 'spring-villages-3.md']);
  });

  it('reports a missing file, a folder and an empty clipping as located errors, and imports the rest', async () => {
    const out = outDir();
    const empty = join(out, 'empty.txt');
    writeFileSync(empty, '\n\n');
    const result = await importClippings([join(out, 'missing.html'), FIXTURES, empty, join(FIXTURES, 'spring-villages.txt')], { out: join(out, 'articles') });
    expect(problemLines(result)).toHaveLength(3);
    expect(problemLines(result)[0]).toMatch(/missing\.html:1:1 {2}错误 {2}.+ {2}import-unreadable$/);
    expect(problemLines(result)[1]).toMatch(/:1:1 {2}错误 {2}这是一个文件夹：.* {2}import-unreadable$/);
    // Nothing to import at all is still an error; a clipping without a title no longer is (next test).
    expect(problemLines(result)[2]).toMatch(/empty\.txt:1:1 {2}错误 {2}文件里没有文字：.* {2}import-empty$/);
    expect(result.written).toHaveLength(1);
    expect(readdirSync(join(out, 'articles'))).toEqual(['spring-villages.md']);
  });

  it('writes a clipping without a headline with its title left empty and a warning (issue #9): `yuebao check` then stops at that line', async () => {
    const dir = outDir();
    const lead = join(dir, 'lead.txt');
    // A lead paragraph first, a caption with its credit last: neither is ever the title.
    writeFileSync(lead, '本报讯（记者 黄津）2月18日，连樟村的村民趁着晴好天气翻耕土地、育秧备种，田间地头一派繁忙景象。\n村里的道路硬化了，路灯亮起来了，不少外出务工的年轻人也回乡创业。\n村民在田间插秧。张明/摄\n');
    const { result, articles } = await run(lead);
    expect(problemLines(result).map((p) => p.split('  ').at(-1))).toEqual(['import-no-title', 'import-image-missing']);
    expect(problemLines(result)[0]).toMatch(/lead\.txt:1:1 {2}警告 {2}没有找到标题.*title: ""/);
    const [a] = articles;
    expect(a.text.split('\n')[1]).toBe('title: "" # 导入时没有找到标题：请在引号里填上标题');
    expect(a.data).toEqual({ title: '', author: '黄津' });
    expect(a.lines).toContain('![村民在田间插秧。](images/lead-1.jpg "张明 摄")');
    expect(articleSchema.safeParse(a.data).success).toBe(false);
  });

  it('warns about a paragraph the article container missed, at its line in the page', async () => {
    const dir = outDir();
    const page = join(dir, 'lead.html');
    const para = (n: number) => `<p>第${n}段：园区持续优化营商环境，推动项目早签约、早落地、早投产，为全年经济发展打下坚实基础。</p>`;
    writeFileSync(page, `<html><head><title>园区项目建设提速</title></head><body>\n<h1>园区项目建设提速</h1>\n<div class="summary">导语：开年以来，广清产业园抢抓项目建设黄金期，多个重点项目集中开工，园区上下呈现出一派繁忙景象。</div>\n<div class="content">${para(1)}${para(2)}${para(3)}</div>\n</body></html>`);
    const { result, articles } = await run(page);
    expect(articles).toHaveLength(1);
    expect(problemLines(result)).toHaveLength(1);
    expect(problemLines(result)[0]).toMatch(/lead\.html:3:22 {2}警告 {2}.*导语：开年以来.* {2}import-text-lost$/);
  });

  it('warns, with the place in the clipping, about text that did not make it into the Markdown', () => {
    const lines = [
      { text: '园区今年将继续推行“拿地即开工”审批模式，推动更多事项网上办理。', line: 7, column: 3, offset: 0 },
      { text: '这一段在转换中丢失了，必须报告出来，不能悄悄丢掉。', line: 9, column: 1, offset: 0 },
      { text: '发布时间：2024-02-18 10:30 来源：清远日报', line: 3, column: 1, offset: 0 },
    ];
    const markdown = '园区今年将继续推行“拿地即开工”审批模式，**推动更多事项**网上办理。\n';
    expect(lostText(lines, markdown, ['发布时间：2024-02-18 10:30 来源：清远日报']).map((l) => l.line)).toEqual([9]);
  });
});

describe('import: line rules', () => {
  it('reads dates, info lines, source lines and bylines', () => {
    for (const d of ['2024年2月18日', '2024-2-18', '2024/02/18', '2024.02.18', '发布时间：2024-02-18 10:30']) expect(findDate(d)).toBe('2024-02-18');
    expect(findDate('2024-13-01')).toBeUndefined();
    expect(infoLine('发布时间：2024-02-18 10:30  来源：清远日报  【字体：大 中 小】')).toMatchObject({ date: '2024-02-18', sources: ['清远日报'] });
    expect(infoLine('2024年02月18日10:30 | 来源：人民网－广东频道')).toMatchObject({ date: '2024-02-18', sources: ['人民网－广东频道'] });
    expect(infoLine('清远日报发布时间：2024-02-18')).toBeUndefined();
    expect(infoLine('时间：2024年3月1日至3月5日', true)).toBeUndefined();
    expect(sourceLine('（文章来源：南方日报）')).toEqual(['南方日报']);
    expect(sourceLine('来源：南方日报、广东乡村发展')).toEqual(['南方日报', '广东乡村发展']);
    expect(sourceLine('数据来源：市统计局')).toBeUndefined();
    expect(bylineLine('撰文：黄津 黄迪')).toEqual(['黄津', '黄迪']);
    expect(bylineLine('记者 黄津 通讯员 黄迪')).toEqual(['黄津', '黄迪']);
    expect(bylineLine('记者从市发改局获悉，今年项目投资稳步增长')).toBeUndefined();
    expect(bylineLine('采写：南方日报记者 黄津 黄迪')).toEqual(['黄津', '黄迪']);
    expect(bylineLine('（文/图 黄津）')).toEqual(['黄津']);
    expect(infoLine('来源：本站原创  作者：护理部党支部')).toMatchObject({ sources: [], authors: [] });
    expect(infoLine('2019年06月15日08:18  来源：人民网-文化频道  作者：黄津')).toMatchObject({ sources: ['人民网-文化频道'], authors: ['黄津'] });
    expect(sourceLine('来源于：东区办事处')).toEqual(['东区办事处']);
    expect(sourceLine('来源：清远日报 作者：黄津')).toEqual(['清远日报']);
  });

  it('takes bylines only where they cannot be anything else', () => {
    expect(leadByline('新华社北京3月1日电（记者黄津）全国两会…')).toEqual({ byline: '（记者黄津）', authors: ['黄津'] });
    expect(leadByline('本报讯（记者 黄津 通讯员 黄迪）近日，…')).toEqual({ byline: '（记者 黄津 通讯员 黄迪）', authors: ['黄津', '黄迪'] });
    expect(leadByline('本站讯（职工通讯员 张丽）为提升…')?.authors).toEqual(['张丽']);
    expect(leadByline('新华社北京3月1日电（国际观察）…')).toBeUndefined();
    expect(leadByline('会议指出（记者黄津）…')).toBeUndefined();
    expect(trailingByline('……宣传活动。(文/图 陈晓明 林芳)')).toEqual({ rest: '……宣传活动。', authors: ['陈晓明', '林芳'] });
    expect(trailingByline('……由该局负责。（文化局）')).toBeUndefined();
    expect(closingName('……正式启动。（张巨峰）')).toEqual({ rest: '……正式启动。', authors: ['张巨峰'] });
    expect(closingName('（欧阳晓明）')).toEqual({ rest: '', authors: ['欧阳晓明'] });
    for (const not of ['……启动。（完）', '……启动。（清远日报）', '……启动。（新华社）', '……启动。（黄埔区）', '……启动。（金融时报）', '（上图）', '它们（张家界）']) expect(closingName(not)).toBeUndefined();
  });

  it('splits captions from credits, and knows subheadings and furniture by their shape', () => {
    expect(captionCredit('广清产业园一角（朱梓恒/摄）')).toEqual({ caption: '广清产业园一角', credit: '朱梓恒 摄' });
    expect(captionCredit('广清产业园一角 朱梓恒 摄')).toEqual({ caption: '广清产业园一角', credit: '朱梓恒 摄' });
    expect(captionCredit('广清产业园一角 朱梓恒/摄')).toEqual({ caption: '广清产业园一角', credit: '朱梓恒 摄' });
    expect(captionCredit('广清产业园一角（摄影：朱梓恒）')).toEqual({ caption: '广清产业园一角', credit: '朱梓恒 摄' });
    expect(captionCredit('广清产业园一角朱梓恒摄')).toBeUndefined();
    // Newspapers name the photographer's role: 记者, 通讯员, 本报记者, 南方日报记者.
    expect(captionCredit('签约仪式现场。记者 李明 摄')).toEqual({ caption: '签约仪式现场。', credit: '李明 摄' });
    expect(captionCredit('签约仪式现场（本报记者 李明 摄）')).toEqual({ caption: '签约仪式现场', credit: '李明 摄' });
    expect(captionCredit('园区一角 记者李明/摄')).toEqual({ caption: '园区一角', credit: '李明 摄' });
    expect(captionCredit('园区一角。南方日报记者 张三 摄')).toEqual({ caption: '园区一角。', credit: '张三 摄' });
    expect(captionCredit('活动现场。记者 李明 通讯员 王五 摄')).toEqual({ caption: '活动现场。', credit: '李明 王五 摄' });
    expect(captionCredit('记者在现场采访')).toBeUndefined();
    expect(headingShaped('构平台，产业转移“第一站”')).toBe(true);
    expect(headingShaped('园区今年将继续推行审批模式。')).toBe(false);
    expect(isJunkLine('责任编辑：李小明')).toBe(true);
    expect(isJunkLine('上一篇：清远召开全市经济工作会议')).toBe(true);
    expect(isJunkLine('群众通过手机扫一扫二维码就能办理业务，方便快捷，受到普遍欢迎和好评。')).toBe(false);
    for (const junk of ['【纠错】 责任编辑：尹世杰', '图集', '+1', '【1】【2】【3】【4】', '点击进入“文艺星青年”>>', '返回富达，查看更多']) expect(isJunkLine(junk)).toBe(true);
    expect(isJunkLine('【不忘初心 牢记使命】我院举办技能大赛')).toBe(false);
  });
});

/** A page whose one picture is on the web (line 6): imported, with a warning. */
const REMOTE_PICTURE_PAGE = `<!doctype html>
<html><head><meta charset="utf-8"><title>园区新项目集中开工</title></head>
<body>
<h1>园区新项目集中开工</h1>
<p>三月十二日，广清产业园举行一季度重点项目集中开工仪式，十二个项目总投资超过八十亿元。</p>
<p><img src="https://example.org/photos/a.jpg" alt=""></p>
<p>这些项目涵盖新材料、智能制造和食品加工等领域，预计全部投产后年产值可达一百五十亿元。</p>
</body></html>
`;

describe('import: its problems', () => {
  it('are vfile messages on each clipping’s file, as every stage’s are: located warnings, and a refusal as an error', async () => {
    const clip = join(outDir(), 'remote.html');
    writeFileSync(clip, REMOTE_PICTURE_PAGE);
    const { result } = await run(clip, join(outDir(), 'missing.html'));
    expect(result.written).toHaveLength(1);
    const [page, missing] = result.files;
    expect(page.path).toBe(resolve(clip));
    expect(page.messages.map((m) => [m.fatal, m.line, m.column, m.ruleId, m.source])).toEqual([[false, 6, 4, 'import-image-remote', 'yuebao']]);
    expect(missing.messages.map((m) => [m.fatal, m.line, m.ruleId])).toEqual([[true, 1, 'import-unreadable']]);
  });
});

describe('import: the command', () => {
  const cli = (...args: string[]) => spawnSync(process.execPath, [join(ROOT, 'bin', 'yuebao.js'), 'import', ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' } });

  it('decides its exit code by severity, as build and check do: warnings alone leave it 0, an error makes it 1', () => {
    const out = outDir();
    const clip = join(outDir(), 'remote.html');
    writeFileSync(clip, REMOTE_PICTURE_PAGE);
    const warned = cli(clip, '--out', out);
    expect(warned.status).toBe(0);
    expect(warned.stderr).toMatch(/remote\.html:6:4 {2}警告 {2}.+ {2}import-image-remote$/m);
    expect(existsSync(join(out, 'remote.md'))).toBe(true);
    const refused = cli(clip, 'no-such-clipping.html', '--out', out);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/remote\.html:6:4 {2}警告 {2}.+ {2}import-image-remote$/m);
    expect(refused.stderr).toMatch(/^no-such-clipping\.html:1:1 {2}错误 {2}.+import-unreadable$/m);
    expect(existsSync(join(out, 'remote-2.md'))).toBe(true);
  });

  it('writes the article and says where', () => {
    const out = outDir();
    const run = cli(join(FIXTURES, 'qingyuan-news.html'), '--out', out);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(existsSync(join(out, 'qingyuan-news.md'))).toBe(true);
    expect(run.stdout).toContain('qingyuan-news.md');
  });

  it('fails with a located error line, not a stack trace, for a file that is not there', () => {
    const out = outDir();
    mkdirSync(out, { recursive: true });
    const run = cli('no-such-clipping.html', '--out', out);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^no-such-clipping\.html:1:1 {2}错误 {2}.+import-unreadable$/m);
    expect(run.stderr).not.toMatch(/^ {4}at /m);
    expect(readdirSync(out)).toEqual([]);
  });
});
