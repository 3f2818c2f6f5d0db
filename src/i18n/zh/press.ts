/**
 * The print shop's PDF (`yuebao build --press`, `yuebao check --press`): its
 * settings in publication.yml, the faults of making it, and the preflight's
 * findings, each with what to do.
 */
export const press = {
  // publication.yml `press:`
  bleedFormat: '出血要写成长度，例如 `bleed: 3mm`（也可以写 pt、in、cm）',
  bleedTooBig: '出血最多 10 毫米（印刷厂一般要 3 毫米）：例如写 `bleed: 3mm`',
  profileMissing: (p: { profile: string }) => `找不到色彩配置文件 ${p.profile}：请把印刷厂给的 .icc 文件放到这个位置（路径相对于 publication.yml），或删去这一行，用 yuebao 自带的（铜版纸胶印，FOGRA39）`,
  profileNotCmyk: (p: { profile: string }) => `${p.profile} 不是 CMYK 印刷用的色彩配置文件：请向印刷厂要他们的 CMYK 配置文件（.icc），或删去这一行，用 yuebao 自带的`,

  // Making it.
  noGhostscript:
    '生成印刷厂版 PDF 需要 Ghostscript，这台电脑上没有找到：Debian、统信 UOS、麒麟上运行一次 `npm run sample`（它会用 apt 安装 ghostscript），或 `sudo apt-get install ghostscript`；Windows 上安装 Ghostscript（gswin64c.exe）；装在别处时，用环境变量 YUEBAO_GS 指明它的位置',
  ghostscriptFailed: (p: { what: string; detail: string }) => `${p.what}失败（Ghostscript）：${p.detail}`,
  converting: (p: { issue: string }) => `把 ${p.issue} 转成 CMYK（PDF/X-1a）`,
  bleedFailed: (p: { issue: string; detail: string }) => `印刷 ${p.issue} 封面的出血失败：${p.detail}`,
  noReaderPdf: (p: { issue: string }) => `${p.issue} 还没有阅读版 PDF，做不了印刷厂版：请先生成 PDF（不要用 --no-pdf）`,
  pressNeedsPdf: '--press 和 --impose 要用印刷 PDF 来做：不能和 --no-pdf 一起用',

  // Preflight (`check --press`, and every `build --press`).
  imageLowPpi: (p: { image: string; ppi: number; mm: string; px: string; needed: number }) =>
    `图片 ${p.image}（${p.px} 像素）印成 ${p.mm} 毫米，只有 ${p.ppi} ppi，印刷厂要求至少 250 ppi，印出来会发虚：请换用原图（这个尺寸至少要 ${p.needed} 像素宽），或把它排小一些`,
  rgbLeft: (p: { page: number; what: string }) => `第 ${p.page} 页还有 RGB 颜色（${p.what}）：印刷只认 CMYK。这是 yuebao 的问题，请把这一行报告给维护的同事`,
  spotLeft: (p: { page: number; name: string }) => `第 ${p.page} 页有专色（${p.name}）：这份月报按四色印刷，不该有专色。这是 yuebao 的问题，请报告`,
  textNotBlack: (p: { page: number; colour: string }) => `第 ${p.page} 页有黑色文字不是单黑（${p.colour}）：四色叠印的黑字套印不准时会发虚。这是 yuebao 的问题，请报告`,
  fontNotEmbedded: (p: { font: string }) => `字体 ${p.font} 没有嵌入 PDF：印刷厂的电脑上没有这个字体，会换成别的字。这是 yuebao 的问题，请报告`,
  boxWrong: (p: { page: number; box: string; found: string; expected: string }) => `第 ${p.page} 页的 ${p.box} 是 ${p.found}，应是 ${p.expected}：印刷厂会裁错。这是 yuebao 的问题，请报告`,
  noOutputIntent: '印刷厂版 PDF 没有 PDF/X 输出意图（OutputIntent，CMYK 色彩配置文件）：印刷厂的检查会退回。这是 yuebao 的问题，请报告',
  notPdfx: (p: { found: string }) => `印刷厂版 PDF 标的不是 PDF/X-1a（而是 ${p.found}）。这是 yuebao 的问题，请报告`,
  pageCountDiffers: (p: { press: number; reader: number }) => `印刷厂版有 ${p.press} 页，阅读版有 ${p.reader} 页：两者应当一样。这是 yuebao 的问题，请报告`,
  textNearTrim: (p: { page: number; text: string; mm: string }) =>
    `第 ${p.page} 页的“${p.text}”离裁切线只有 ${p.mm} 毫米（至少要 3 毫米），裁切时可能被切掉：请检查这一页的版面（模板里的页边距或封面的位置）`,
  ghostscriptRejected: (p: { detail: string }) => `Ghostscript 读印刷厂版 PDF 时报了问题：${p.detail}`,
  pressStale: (p: { issue: string; out: string }) =>
    `${p.issue} 的印刷厂版 PDF（${p.out}）不存在或不是最新的：上面只检查了内容。运行 \`yuebao build --press\` 会生成它并把整个检查做一遍`,

  // The command line.
  optPress: '另外生成给印刷厂的 PDF（出血、裁切线、CMYK、PDF/X-1a），写到 <输出文件夹>/press/，并做印前检查',
  optImpose: '另外生成在办公室 A3 复印机上双面印、对折装订的小册子（<输出文件夹>/press/<期>-booklet.pdf）',
  optCheckPress: '也做印前检查：图片分辨率、颜色、字体、裁切框、离裁切线太近的文字（检查 --out 里最新的印刷厂版 PDF；没有时临时生成一份）',
  optCheckOut: '上次生成的输出文件夹（--press 检查其中的印刷厂版 PDF）',
  checkedTemporary: (p: { out: string }) => `（印刷厂版 PDF 是为检查临时生成的，没有保存：\`yuebao build --press\` 会把它写到 ${p.out}/press/）`,
  builtBooklet: '小册子：用 A3 纸双面打印（短边翻转），整叠对折后骑马钉即成一期',

  // Imposition.
  imposeBlank: (p: { blanks: number }) => `（小册子补了 ${p.blanks} 个空白页，凑成 4 的倍数）`,
};
