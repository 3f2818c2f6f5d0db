/** Messages of `yuebao dev`. */

/** The build stages timed in the log line after each rebuild (src/build.ts). */
const STAGES: Record<string, string> = { load: '读取', html: '排版', pdf: 'PDF', web: '网络版', commit: '写出' };

export const dev = {
  // Starting the server (shown in the terminal).
  portInvalid: (p: { port: number }) => `端口 ${p.port} 不能用：请给一个 0 到 65535 之间的数字（0 表示让系统自动挑选空闲端口）`,
  portInUse: (p: { port: number }) =>
    `端口 ${p.port} 已被占用（是不是已经开着一个 yuebao dev？）：用 --port 换一个端口，或用 --port 0 让系统自动挑选`,
  cannotListen: (p: { port: number; reason: string }) =>
    `无法在 127.0.0.1:${p.port} 上开启预览（${p.reason}）：请用 --port 换一个端口再试，或用 --port 0 让系统自动挑选`,
  started: (p: { url: string }) => `印刷版预览：${p.url}/__preview/    网络版：${p.url}/    （正在生成……）`,
  cannotWatch: (p: { dir: string; reason: string }) =>
    `无法监视文件夹 ${p.dir}（${p.reason}）：这个文件夹里的改动不会自动更新预览；请检查它能否打开，然后重新启动 yuebao dev`,
  browserRestarted: 'Chromium 意外关闭了，正在重新启动',

  // Answers to requests the preview cannot serve (shown in the browser as plain text).
  hostRefused: 'yuebao dev 只接受本机的访问：请在浏览器地址栏用 http://127.0.0.1 或 http://localhost 开头的地址打开预览',
  getOnly: '预览只能查看，不接受提交（只支持 GET 请求）',
  requestFailed: (p: { message: string }) => `yuebao dev 处理这个页面时出错（${p.message}）：请刷新页面再试一次`,

  // The log line after each build (shown in the terminal).
  part: (p: { part: 'print' | 'web' }): string => (p.part === 'print' ? '印刷版预览' : '网络版'),
  stageTimes: (p: { times: Array<{ stage: string; seconds: string }> }) =>
    p.times.map((s) => `${STAGES[s.stage] ?? s.stage} ${s.seconds}`).join('、'),
  rebuilt: (p: { issues: string[]; seconds: string; stages: string }) => `已更新 ${p.issues.join('、')}，用时 ${p.seconds} 秒（${p.stages}）`,
  printUnchanged: (p: { seconds: string }) => `印刷版没有变化（${p.seconds} 秒）`,
  warningsNote: (p: { summary: string }) => `；${p.summary}，请到预览首页 /__preview/ 查看`,
  webUpdated: (p: { seconds: string }) => `网络版已更新，用时 ${p.seconds} 秒`,
  buildFailed: (p: { summary: string; seconds: string; first: string; more: number }) =>
    `✗ ${p.summary || '没有生成'}（${p.seconds} 秒）：${p.first}${p.more ? `（另有 ${p.more} 处，请看预览页面）` : ''}`,
  noIssueBuilt: '一期也没有生成：publication.yml 所在的文件夹里要为每一期建一个文件夹，里面放 issue.md',
  internalError: (p: { part: string; message: string }) =>
    `生成${p.part}时程序内部出错（${p.message}）：请再保存一次试试；如果一直这样，请把这一行发给技术人员`,

  // The overlay over an open page when a change cannot be built.
  overlayTitle: '内容有错误，版面暂未更新（现在看到的是上一次生成成功的版面）',
  overlayNote: '按上面的提示改好并保存，版面会自动更新，这个提示也会自动消失。点一下可以先把它关掉。',

  // The preview's own pages.
  indexTitle: 'yuebao 预览',
  webEdition: '网络版',
  printPreviewPaged: '印刷版预览（分页）',
  printHtml: '印刷版 HTML',
  failedHeading: '✗ 最近的改动有错误，没能生成',
  failedHelp: '页面上显示的是上一次生成成功的版面。请按下面的提示改好并保存：',
  warningsHeading: '提醒',
  issuesHeading: '各期',
  firstBuild: '正在第一次生成，生成好后本页会自动刷新。',
  noIssueYet: '还没有生成任何一期。',
  building: (p: { part: string }) => `正在生成${p.part}`,
  idle: '已就绪',
  /** `printAt`, `webAt`: the time of day each part was last built, if it was. */
  status: (p: { status: string; printAt?: string; webAt?: string; webStale: boolean }) =>
    `状态：${p.status}。印刷版预览${p.printAt ? `生成于 ${p.printAt}` : '还没有生成'}；网络版${p.webAt ? `生成于 ${p.webAt}` : '还没有生成'}` +
    `${p.webStale ? '（比印刷版预览旧：打开网络版的任一页面时会重新生成）' : ''}。`,
  autoReload: (p: { command: string }) => `每次重新生成后，页面会自动刷新。这里的网络版没有版面图片和 PDF 下载，要用 ${p.command} 才会生成。`,
  backToIndex: '← 返回预览首页',
  issuePreviewTitle: (p: { folder: string }) => `${p.folder} 印刷版预览`,
  notFoundTitle: '找不到页面 · yuebao 预览',
  notBuiltHeading: '还没有生成',
  notFoundHeading: '找不到这个页面',
  beingBuilt: (p: { path: string }) => `${p.path} 正在生成，生成好后本页会自动刷新。`,
  notInBuild: (p: { path: string }) => `这次生成的页面里没有 ${p.path}：请检查地址，或回到预览首页重新打开。`,
};
