/** Messages of `yuebao import`. */
export const importing = {
  noSuchFile: '没有这个文件：请检查路径',
  isFolder: '这是一个文件夹：请写出文件夹里要导入的文件',
  cannotRead: (p: { code: string }) => `文件读不出来（${p.code}）：请检查文件的读取权限`,
  unreadable: (p: { reason: string }) => `${p.reason}：请导入网页、Markdown 文章或纯文本文件`,
  notText: '这不是文本文件（网页、Markdown 或纯文本）：请导入网页、Markdown 文章或纯文本文件；Word、WPS 文档和 PDF 请先另存为网页（.html）或纯文本（.txt）',
  failed: (p: { reason: string }) => `这个文件导入不了（${p.reason}）：请把它另存为纯文本（.txt）再导入，或手工把文章复制进来`,
  badFrontMatter: (p: { reason: string }) =>
    `文件开头两行 --- 之间的内容不是有效的 YAML（${p.reason}）：请改正；或者删掉这一段，把标题写在第一行`,
  noTitle: (p: { kind: 'html' | 'post' | 'text' }) =>
    `没有找到标题（找的是${p.kind === 'html' ? ' <h1> 或 <title>' : p.kind === 'post' ? '文件开头的 `title:`' : '第一行'}）：请在文件里补上标题，再重新导入`,
  morePages: (p: { pager: string }) => `这是一篇分成多页的文章中的一页（${p.pager}）：请把其余几页也导入，再手工接在一起`,
  imageMissing: (p: { url: string; dir: string }) => `导入的文件旁边没有图片 \`${p.url}\`：请把图片复制到 ${p.dir}/，再改好它在文章里的路径`,
  imagesRemote: (p: { count: number; first: string; dir: string }) =>
    `${p.count === 1 ? `图片在网上（${p.first}）` : `有 ${p.count} 张图片在网上（第一张：${p.first}）`}：请把图片保存到 ${p.dir}/，再把路径改成 images/<文件名>（排版只用本机上的图片）`,
  textLost: (p: { text: string }) => `这段文字在导入后的文章里找不到：“${p.text}”——请手工把它复制到文章里原来的位置`,
  outsideTextLost: (p: { text: string }) =>
    `网页上这段文字不在当作正文的部分里，导入后的文章里也没有：“${p.text}”——如果它属于这篇文章，请手工复制进来`,
  htmlLeft: '导入后的文章里还留着像 HTML 标签的内容：请检查文章，把它删掉',
  emptyBody: '没有找到正文：这篇文章只有标题。请手工把正文复制进来，或把网页另存为纯文本再导入',
};
