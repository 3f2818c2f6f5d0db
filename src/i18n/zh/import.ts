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
    `没有找到标题（找的是${p.kind === 'html' ? ' <h1> 或 <title>' : p.kind === 'post' ? '文件开头的 `title:` 或正文上方的标题行' : '正文上方的标题行'}；图片说明和导语不当作标题）：文章已经导入，标题空着，请在文章开头的 \`title: ""\` 里填上标题`,
  emptyClipping: '文件里没有文字：请检查是不是选错了文件，或者把文章重新复制、保存一次再导入',
  titleToFill: '导入时没有找到标题：请在引号里填上标题',
  photoMissing: (p: { caption: string; path: string }) =>
    `这里有图片说明和署名${p.caption ? `（“${p.caption}”）` : ''}，但没有图片文件：请把这张照片保存为 ${p.path}，或者删掉这一行`,
  morePages: (p: { pager: string }) => `这是一篇分成多页的文章中的一页（${p.pager}）：请把其余几页也导入，再手工接在一起`,
  imageMissing: (p: { url: string; dir: string }) => `导入的文件旁边没有图片 \`${p.url}\`：请把图片复制到 ${p.dir}/，再改好它在文章里的路径`,
  imagesRemote: (p: { count: number; first: string; dir: string }) =>
    `${p.count === 1 ? `图片在网上（${p.first}）` : `有 ${p.count} 张图片在网上（第一张：${p.first}）`}：请把图片保存到 ${p.dir}/，再把路径改成 images/<文件名>（排版只用本机上的图片）`,
  textLost: (p: { text: string }) => `这段文字在导入后的文章里找不到：“${p.text}”——请手工把它复制到文章里原来的位置`,
  outsideTextLost: (p: { text: string }) =>
    `网页上这段文字不在当作正文的部分里，导入后的文章里也没有：“${p.text}”——如果它属于这篇文章，请手工复制进来`,
  htmlLeft: '导入后的文章里还留着像 HTML 标签的内容：请检查文章，把它删掉',
  emptyBody: '没有找到正文：这篇文章只有标题。请手工把正文复制进来，或把网页另存为纯文本再导入',

  // Word files (src/import/docx/).
  oldDoc: '这是旧版 Word 文档（.doc），yuebao 读不了：请用 Word 打开它，点 文件 → 另存为，“保存类型”选 Word 文档(*.docx)，再导入存好的 .docx 文件',
  oldWps: '这是 WPS 文字的旧格式（.wps），yuebao 读不了：请用 WPS 打开它，点 文件 → 另存为，文件类型选 .docx（Microsoft Word 文件），再导入存好的 .docx 文件',
  pdfFile:
    '这是 PDF 文件，从里面取不出可靠的标题、段落和图片：请向供稿单位要原始的 Word 文件；实在没有，就用 WPS 或 Word 打开这个 PDF，另存为 .docx，核对一遍文字再导入',
  rtfFile: '这是 RTF 文件，yuebao 读不了：请用 Word 或 WPS 打开它，点 文件 → 另存为，选 .docx，再导入存好的 .docx 文件',
  wordLocked: '这个 Word 文件设了打开密码，yuebao 读不了：请在 Word 里点 文件 → 信息 → 保护文档 → 用密码进行加密，清空密码（WPS：文件 → 文档加密 → 密码加密），保存后再导入',
  wordBroken: (p: { reason: string }) => `这个 Word 文件读不出来（${p.reason}），可能已经损坏，或只是改了扩展名：请用 Word 或 WPS 打开原文件，另存为 .docx 再导入`,
  notZip: '不是 .docx 的格式',
  noDocumentPart: '里面没有 Word 正文 word/document.xml',
  zipBroken: '文件不完整或已损坏',
  contentBroken: '里面的 Word 内容有错',
  wordPicture: (p: { n: number; format: string; drawing: boolean; caption: string; dir: string }) =>
    `第 ${p.n} 张图片${p.caption ? `（“${p.caption}”）` : ''}是 ${p.format} 格式${p.drawing ? '（Word 里画的图形或粘贴进来的图表）' : ''}，排版用不了，没有导入：请在 Word 或 WPS 里右键这张图 → 另存为图片，存成 PNG 放进 ${p.dir}/，再在文章里它原来的位置写上 ![图片说明](images/文件名.png)`,
};
