/**
 * The intake corpus: every real clipping in test/fixtures/intake/ imports to
 * exactly its expected Markdown (front matter as YAML means it, body as
 * written). bench/intake.ts scores the same corpus field by field. Then the
 * rules of issue #9 one by one, on small clippings written for the purpose.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importClippings } from '../src/import/import-clippings.ts';
import { isJunkLine } from '../src/import/line-rules.ts';
import { fullWidthPunctuation } from '../src/import/punctuation.ts';
import { expectedArticle, importFixture, intakeFixtures, splitArticle } from './intake-corpus.ts';

const fixtures = intakeFixtures();

describe('intake corpus', () => {
  it('holds at least 20 real clippings', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(20);
  });

  it.each(fixtures.map((f) => [f.name, f] as const))('%s imports as expected', async (_name, fixture) => {
    const got = await importFixture(fixture);
    const want = expectedArticle(fixture);
    expect(got.article, `no article written (problems: ${got.rules.join(', ')})`).toBeDefined();
    expect(got.article?.data).toEqual(want.data);
    expect(got.article?.body).toBe(want.body);
    // A title left for the editor is always said.
    if (want.data.title === '') expect(got.rules).toContain('import-no-title');
  });
});

/* The rules of issue #9 one by one, on small clippings written for the purpose (the corpus above is the real material). */

/** Imports `text` saved as `name`; the article and the rule ids of its problems. */
async function importText(name: string, text: string) {
  const dir = mkdtempSync(join(tmpdir(), 'intake-rule-'));
  writeFileSync(join(dir, name), text);
  const result = await importClippings([join(dir, name)], { out: join(dir, 'out') });
  const article = splitArticle(readFileSync(result.written[0], 'utf8'));
  return { ...article, lines: article.body.split('\n'), rules: result.files[0].messages.map((m) => String(m.ruleId)) };
}

describe('intake rules (issue #9)', () => {
  it('makes half-width punctuation next to Chinese full-width, and leaves numbers, addresses and Latin text alone', () => {
    const cases: [string, string][] = [
      ['据长江日报消息:长江大桥的建设者,全桥竣工', '据长江日报消息：长江大桥的建设者，全桥竣工'],
      ['海峡青年(福州)峰会; 罕见!真的吗?', '海峡青年（福州）峰会；罕见！真的吗？'],
      ['回来的, 和永远回不来的', '回来的，和永远回不来的'],
      ['共1,000人，比例1.1:50.3:48.6，10:30开会，增长3.5%', '共1,000人，比例1.1:50.3:48.6，10:30开会，增长3.5%'],
      ['详见 https://www.example.gov.cn/a?b=1,c=2 (附件)', '详见 https://www.example.gov.cn/a?b=1,c=2 （附件）'],
      ['Hello, world! (OK)', 'Hello, world! (OK)'],
    ];
    for (const [from, to] of cases) expect(fullWidthPunctuation(from)).toBe(to);
  });

  it('knows site furniture as text: menus, 备案 lines, link rows (escaped too), QR prompts, the three checks', () => {
    for (const junk of [
      '首页 / 政务公开 / 政务服务 / 互动交流',
      '网站首页 时政 国际 财经 台湾 军事 观点',
      '主办：清远市人民政府办公室 粤ICP备05018911号 粤公网安备 44180202000123号',
      '\\[返回首页\\](http://www.example.gov.cn/) \\[打印本页\\](javascript:window.print\\(\\)) \\[关闭窗口\\](javascript:window.close\\(\\))',
      '【打印本页】【关闭窗口】',
      '返回 分享 打印 关闭窗口',
      '长按识别二维码，关注清远发布',
      '扫码关注“清远发布”公众号',
      '初审：林逸凡',
      '编辑|禤志杰',
    ]) expect(isJunkLine(junk), junk).toBe(true);
    for (const text of ['群众通过手机扫一扫二维码就能办理业务，方便快捷。', '张三 李四 王五', '铺钢轨 敷路面 建设者昼夜奔忙']) expect(isJunkLine(text), text).toBe(false);
  });

  it('reads a page copied as text: the headline under the menus (引题 + 主题 + 副题), bylines, subheadings, a photo without its file, the footer gone', async () => {
    const a = await importText('county-page.txt', [
      '首页 / 政务公开 / 政务服务 / 互动交流',
      '当前位置：首页 > 县区动态',
      '春耕备耕两不误',
      '连州菜心打开大湾区市场',
      '——今年种植面积超过十万亩',
      '发布时间：2024-02-18 10:30 来源：连州发布',
      '► 本报记者 黄津 通讯员 黄迪',
      '2月18日,连州市的菜心基地里,菜农们正忙着采收、打包、装车,一派繁忙景象。今年连州菜心种植面积进一步扩大,带动了当地',
      '农民增收。',
      '品牌带动增收',
      '近年来,连州市引进农业企业发展菜心种植,建起冷链仓储和分拣中心,菜心当天采摘、次日就能摆上大湾区市民的餐桌。',
      '菜农在田间采收菜心。张明/摄',
      '（一）完善冷链物流',
      '连州市今年还将新建两个冷链仓储中心,进一步缩短菜心从田间到餐桌的时间。',
      '扫码关注“连州发布”',
      '\\[返回首页\\](http://www.example.gov.cn/) \\[打印\\](javascript:window.print\\(\\)) \\[关闭窗口\\](javascript:window.close\\(\\))',
      '主办：连州市人民政府办公室 粤ICP备05018911号 粤公网安备 44188202000123号',
    ].join('\n'));
    expect(a.data).toEqual({ title: '连州菜心打开大湾区市场', subtitle: '春耕备耕两不误 今年种植面积超过十万亩', source: '连州发布', author: '黄津 黄迪', date: '2024-02-18' });
    expect(a.lines).toContain('2月18日，连州市的菜心基地里，菜农们正忙着采收、打包、装车，一派繁忙景象。今年连州菜心种植面积进一步扩大，带动了当地农民增收。');
    expect(a.lines).toContain('## 品牌带动增收');
    expect(a.lines).toContain('## （一）完善冷链物流');
    expect(a.lines).toContain('![菜农在田间采收菜心。](images/county-page-1.jpg "张明 摄")');
    expect(a.body).not.toMatch(/首页|当前位置|本报记者|扫码|返回|ICP|公网安备|\]\(http/);
    expect(a.rules).toEqual(['import-image-missing']);
  });

  it('finds a notice\'s title over its salutation, never takes 一、 for one, and joins a sentence an e-paper page jump cut', async () => {
    const notice = await importText('notice.txt', '关于举办广清农产品展销会的通知\n各有关单位：\n为促进广清两地农产品产销对接，定于3月1日至5日举办展销会，现将有关事项通知如下。\n一、活动安排\n时间：2024年3月1日至3月5日\n');
    expect(notice.data).toEqual({ title: '关于举办广清农产品展销会的通知' });
    expect(notice.lines).toEqual(['', '各有关单位：', '', '为促进广清两地农产品产销对接，定于3月1日至5日举办展销会，现将有关事项通知如下。', '', '## 一、活动安排', '', '时间：2024年3月1日至3月5日', '']);
    const paper = await importText('paper.txt', '2024年3月8日 清远日报 第A01版\n广清产业园新春开工\n十二个项目集中签约\n本报讯 园区举行新春项目集中签约活动，十二个项目现场签约，计划总投资约三十六亿元，其中有五个是已入园企\n（下转A02版）\n（上接A01版）\n业的增资扩产项目。\n');
    expect(paper.data).toEqual({ title: '广清产业园新春开工', subtitle: '十二个项目集中签约', source: '清远日报', date: '2024-03-08' });
    expect(paper.lines).toContain('本报讯 园区举行新春项目集中签约活动，十二个项目现场签约，计划总投资约三十六亿元，其中有五个是已入园企业的增资扩产项目。');
  });

  it('on a web page: a kicker over the <h1>, a bare <p> subheading, no ► byline or caption as a heading, a 公众号 account as source', async () => {
    const a = await importText('wechat.html', `<html><head><title>x</title></head><body>
<h3 class="pre">春耕备耕两不误</h3><h1>连州菜心打开大湾区市场</h1><h4 class="sub"></h4>
<div id="meta_content"><a id="js_name">连州发布</a> <em>2024-02-18</em></div>
<div id="js_content">
<p>► 本报记者 黄津 通讯员 黄迪</p>
<p>2月18日，连州市的菜心基地里，菜农们正忙着采收、打包、装车，田间地头一派繁忙景象。</p>
<p>品牌带动增收</p>
<p>近年来，连州市引进农业企业发展菜心种植，建起冷链仓储和分拣中心，菜心当天采摘、次日就能摆上大湾区市民的餐桌。</p>
<p>连州市今年还将新建两个冷链仓储中心，进一步缩短菜心从田间到餐桌的时间。</p>
<p style="text-align:center">长按识别二维码 关注我们</p>
</div></body></html>`);
    expect(a.data).toEqual({ title: '连州菜心打开大湾区市场', subtitle: '春耕备耕两不误', source: '连州发布', author: '黄津 黄迪', date: '2024-02-18' });
    expect(a.lines).toContain('## 品牌带动增收');
    expect(a.body).not.toMatch(/本报记者|二维码/);
  });
});
