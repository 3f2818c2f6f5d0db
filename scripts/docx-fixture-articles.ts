/**
 * The two county-office articles of the Word fixtures (make-docx-fixtures.ts),
 * written for yuebao's tests: places are real, people and figures are not.
 */

export type Block =
  | { kind: 'masthead'; text: string; size: number; red?: boolean }
  | { kind: 'title' | 'centred' | 'section' | 'subsection' | 'text' | 'caption' | 'tableTitle'; text: string }
  | { kind: 'lead'; lead: string; text: string }
  | { kind: 'photo'; name: string; colour: { r: number; g: number; b: number }; inlineCaption?: string }
  | { kind: 'table'; rows: string[][] };

export interface FixtureArticle {
  name: string;
  dialect: 'word' | 'wps';
  /** Word's automatic alt text ("… 描述已自动生成"), which says nothing a caption should. */
  autoAlt: string;
  notes: Record<number, string>;
  blocks: Block[];
}

export const articles: FixtureArticle[] = [
  {
    name: 'county-brief-word',
    dialect: 'word',
    autoAlt: '图片包含 户外, 草, 植物, 田地\n\n描述已自动生成',
    notes: { 1: '“百千万工程”即广东省实施的“百县千镇万村高质量发展工程”。' },
    blocks: [
      { kind: 'title', text: '清新区：菜心产业“链”起乡村振兴路' },
      { kind: 'centred', text: '——清新区推进“百千万工程”见闻' },
      { kind: 'centred', text: '（记者 黄津 通讯员 李明）' },
      {
        kind: 'text',
        text: '三月初的清新区太和镇，千亩菜心基地一片翠绿。村民们趁着晴好天气采收菜心，分拣、打包、装车，田间地头一派繁忙。近年来，清新区把菜心产业作为推进“百千万工程”[^1]的重要抓手，走出了一条产业兴、农民富的新路子。',
      },
      { kind: 'section', text: '一、建基地，做大产业规模' },
      { kind: 'subsection', text: '（一）连片种植提质量' },
      { kind: 'text', text: '清新区整合撂荒地和零散地块，推动菜心连片种植。目前全区菜心种植面积已超过两万亩，年产值约三亿元，带动周边两千多户农户增收。' },
      { kind: 'photo', name: '图片 1', colour: { r: 60, g: 140, b: 60 } },
      { kind: 'caption', text: '太和镇菜心基地里，村民正在采收菜心（朱梓恒 摄）' },
      { kind: 'subsection', text: '（二）标准生产保品质' },
      { kind: 'text', text: '基地统一品种、统一农资、统一技术标准，农技人员每周入田指导，每一批菜心都要经过农残检测才能出园。' },
      { kind: 'section', text: '二、强链条，提升产业效益' },
      { kind: 'lead', lead: '一是完善冷链物流。', text: '基地附近建起三座冷库，菜心采收后两个小时内就能预冷保鲜，运到大湾区城市的餐桌只要半天。' },
      { kind: 'lead', lead: '二是拓宽销售渠道。', text: '合作社与多家商超和配送企业签订长期订单，还开设了网上店铺，让清新菜心卖得更远、卖出好价。' },
      { kind: 'tableTitle', text: '表1 清新区菜心产业主要指标' },
      {
        kind: 'table',
        rows: [
          ['指标', '2023年', '同比增长'],
          ['种植面积', '2.1万亩', '8%'],
          ['年产值', '3.2亿元', '12%'],
          ['带动农户', '2100户', '15%'],
        ],
      },
      { kind: 'section', text: '三、优服务，激活发展动能' },
      { kind: 'text', text: '下一步，清新区将继续完善联农带农机制，推动菜心产业向精深加工延伸，让更多群众分享产业发展的红利。' },
      { kind: 'text', text: '（来源：清远日报）' },
    ],
  },
  {
    name: 'county-brief-wps',
    dialect: 'wps',
    autoAlt: '',
    notes: { 1: '茶产业帮扶项目由广州市对口帮扶资金支持建设。' },
    blocks: [
      { kind: 'masthead', text: '清城区帮扶协作工作简报', size: 36, red: true },
      { kind: 'masthead', text: '第3期', size: 16 },
      { kind: 'masthead', text: '清城区帮扶协作办公室编　　　　2024年3月8日', size: 14 },
      { kind: 'title', text: '飞来峡镇：小茶叶做成富民大产业' },
      { kind: 'centred', text: '——飞来峡镇茶产业帮扶工作纪实' },
      { kind: 'centred', text: '（记者 陈晓 通讯员 王芳）' },
      {
        kind: 'text',
        text: '春分前后，飞来峡镇的生态茶园迎来采摘季。茶农们背着竹篓穿行在茶垄间，指尖翻飞，一芽一叶被轻轻摘下。去年以来，飞来峡镇借助帮扶协作[^1]，把茶叶这片“小叶子”做成了带动群众增收的大产业。',
      },
      { kind: 'section', text: '一、育好茶苗，打牢产业基础' },
      { kind: 'subsection', text: '（一）引进良种扩面积' },
      { kind: 'text', text: '镇里引进适合本地种植的优良茶树品种，新建标准化茶园八百亩，并为每个茶园配备水肥一体化设施。' },
      { kind: 'photo', name: '图片 1', colour: { r: 40, g: 120, b: 70 } },
      { kind: 'caption', text: '茶农在飞来峡镇的生态茶园里采摘春茶。陈晓 摄' },
      { kind: 'subsection', text: '（二）培训茶农提技能' },
      { kind: 'text', text: '帮扶工作队联合农技部门举办茶叶种植和加工培训班十二期，培训茶农六百余人次，不少年轻人回乡当起了“茶二代”。' },
      { kind: 'photo', name: '图片 2', colour: { r: 120, g: 90, b: 50 }, inlineCaption: '制茶师傅在加工车间里炒制新茶（王芳 摄）' },
      { kind: 'section', text: '二、做强品牌，拓宽增收渠道' },
      { kind: 'text', text: '镇里注册了区域公用品牌，统一包装设计，并在广州设立展销窗口。今年一季度，全镇茶叶销售额同比增长三成。' },
      { kind: 'tableTitle', text: '表1 飞来峡镇茶产业发展情况' },
      {
        kind: 'table',
        rows: [
          ['项目', '2022年', '2023年'],
          ['茶园面积', '1200亩', '2000亩'],
          ['茶叶产量', '45吨', '78吨'],
          ['带动就业', '300人', '520人'],
        ],
      },
      // A subheading without a number: only its 黑体 (written as w:eastAsia alone) says it is one.
      { kind: 'section', text: '茶旅融合迎来新机遇' },
      { kind: 'text', text: '下一步，飞来峡镇将推动茶旅融合发展，建设茶文化体验点，让茶园变公园、茶区变景区。' },
      { kind: 'text', text: '（来源：清远日报）' },
    ],
  },
];
