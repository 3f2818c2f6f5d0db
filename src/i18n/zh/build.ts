/**
 * Faults while building: the machine's, not the editor's. Each says what
 * happened, that nothing in the output folder changed, and what to do.
 */
export const build = {
  noBrowser: '找不到用来印刷 PDF 的浏览器（Edge、Chrome 或 Chromium）：Windows 和 macOS 上请安装 Microsoft Edge 或 Google Chrome；Debian、统信 UOS、麒麟上先运行一次 `npm run sample`（它会用 apt 安装 chromium），或自行安装 Chromium/Chrome；浏览器装在别处时，用 PUPPETEER_EXECUTABLE_PATH 或 YUEBAO_BROWSER 指明它的位置',
  browserDidNotStart: (p: { path: string; detail: string }) => `Chromium（${p.path}）没能启动：${p.detail}`,
  browserCrashed: (p: { issue: string }) => `印刷 ${p.issue} 时 Chromium 浏览器意外退出（崩溃或被结束）：这次没有生成，输出文件夹保持原样。请再生成一次；如果反复出现，请检查内存是否够用`,
  printFailed: (p: { issue: string; detail: string }) => `印刷 ${p.issue} 失败：${p.detail}`,
  tocAnchorsMissing: (p: { issue: string; anchors: string }) => `印刷 ${p.issue}：找不到 ${p.anchors} 所在的页（目录页码会出错）`,
  outputNotWritable: (p: { path: string }) => `输出文件夹 ${p.path} 不能写入（只读或没有权限）：请换一个文件夹（--out），或修改它的权限。原有内容没有改动`,
  diskFull: (p: { path: string }) => `磁盘已满，${p.path} 写不下了：请清理磁盘空间后再生成。原有内容没有改动`,
  tooManyFiles: '同时打开的文件太多：请关闭一些程序后再生成',
  outputIsFile: (p: { path: string }) => `${p.path} 是一个文件，不是文件夹：请用 --out 指定一个文件夹`,
  searchIndex: (p: { detail: string }) => `没能建立网络版的搜索索引：${p.detail}`,
  pageImages: (p: { pdf: string; detail: string }) => `没能把 ${p.pdf} 的页面画成图片：${p.detail}`,
  pageImagesWebp: (p: { got: string }) => `这个 Chromium 不能输出 WebP 图片（得到 ${p.got}…）`,
  pageImagesWidth: (p: { width: string }) => `页面图片宽度要是正整数，现在是 ${p.width}`,
  pageImagesQuality: (p: { quality: string }) => `页面图片质量要在 0 到 1 之间，现在是 ${p.quality}`,
  fittingHeading: '版面微调（避免末页只剩几行）：',
  fitted: (p: { issue: string; title: string; level: number }) => `  ${p.issue}《${p.title}》：字距行距收紧${['', '一', '两', '三', '四'][p.level] ?? p.level}档，末页的几行已收回前页`,
  notFitted: (p: { issue: string; title: string; lines: number; cut: number }) =>
    `  ${p.issue}《${p.title}》：末页只有约 ${p.lines} 行，微调到上限也收不回前页；删去约 ${p.cut} 字，或缩小、删去一张图片即可`,
  needsDisk: '印刷 PDF 和生成网络版要写到磁盘上的文件夹里（内存输出只能生成排版 HTML）',
};
