/**
 * Problems with the content an editor wrote: YAML and front matter, missing
 * files, images, numbering, the issue's make-up. Each says what is wrong and
 * what to do, in an editor's words.
 */
export const content = {
  // YAML: the mistakes a Chinese input method and a word processor make, named as such.
  yamlFullwidthColon: (p: { key: string }) =>
    `“${p.key}”后面用了全角冒号“：”（中文输入法打出来的）：键名后要用半角冒号加一个空格，写成 \`${p.key}: …\``,
  yamlFullwidthSpace: (p: { key: string }) =>
    `“${p.key}:”后面是全角空格：冒号后要用半角空格，写成 \`${p.key}: …\``,
  yamlNoSpaceAfterColon: (p: { key: string }) => `“${p.key}:”后面缺一个空格：写成 \`${p.key}: …\`（冒号后空一格）`,
  yamlTab: '这一行用 Tab 键缩进了：YAML 只认空格，请把行首的 Tab 换成两个空格',
  yamlUnquotedColon: (p: { key: string }) =>
    `“${p.key}”的值里有“: ”（冒号加空格），会被当成新的键：请把整个值用英文引号括起来，如 \`${p.key}: "……: ……"\`，或把其中的冒号改成全角“：”`,
  yamlCommentInValue: (p: { key: string; lost: string }) =>
    `“${p.key}”的值里“ #”后面的“${p.lost}”会被当成注释丢掉：请把整个值用英文引号括起来，如 \`${p.key}: "…… #……"\``,
  yamlUnclosedQuote: (p: { quote: string }) => `这里的引号 ${p.quote} 没有配对的结束引号：在值的末尾补上 ${p.quote}，或把引号去掉`,
  yamlUnclosedBracket: (p: { key: string; open: string; close: string }) => `“${p.key}”的值以 ${p.open} 开头，但这一行没有配对的 ${p.close}：在末尾补上 ${p.close}，或去掉 ${p.open}`,
  yamlReservedStart: (p: { char: string; example: string }) =>
    `这里的值以“${p.char}”开头，YAML 不能这样直接写（会被当成特殊符号）：请把整个值用英文引号括起来，写成 \`${p.example}\``,
  yamlTextAfterQuote: (p: { open: string; close: string; example: string }) =>
    `这里的值以 ${p.open} 开头，${p.close} 后面还有文字：YAML 只认 ${p.open}${p.close} 里面的部分。请把整个值再用另一种引号括起来，写成 \`${p.example}\`，或把 ${p.open}${p.close} 换成中文的“”或【】`,
  yamlListIndent: '列表缩进不齐：同一个列表里的“- ”要上下对齐，下一级比上一级多缩进两个空格（可对照 docs/content-format.md 的例子）',
  yamlDuplicateKey: (p: { key: string }) => `“${p.key}”写了两次：删去其中一行`,
  yamlBadIndent: '这一行的缩进与上下文对不上：同一级的键要左对齐，下一级多缩进两个空格',
  // The parser's own words (`detail`) are English: the Chinese message does without them.
  yamlOther: (_: { detail: string }) => 'YAML 格式有误：请检查这一行的缩进、冒号和引号（值里有冒号或 # 时，整个值要加英文引号）',

  frontMatterUnclosed: '第 1 行的 `---` 开始了文件头，但没有结束：在最后一行 `键: 值` 之后加一行只有 `---` 的行',
  issueNoFrontMatter: 'issue.md 没有文件头：第一行写 `---`，接着写本期的 `键: 值`（year、period、date、sections），再写一行 `---`',
  articleNoFrontMatter: '这篇文章没有文件头：第一行写 `---`，第二行写 `title: 文章标题`，第三行写 `---`',

  // What the front matter is called in messages.
  articleEmpty: '这篇文章的文件是空的（可能保存或复制时出了错）：请重新保存文章，或从 issue.md 删去这一篇',
  articleNoBody: '这篇文章只有文件头，没有正文，印出来只有标题：请在文件头下面写正文',
  footnotesLabel: '注释',
  footnoteBack: (p: { n: number }) => `返回注释 ${p.n} 在正文中的位置`,
  whatIssue: 'issue.md 的文件头',
  whatArticle: '文章的文件头',
  whatPublication: 'publication.yml',
  notAMapping: (p: { what: string; example: string }) => `${p.what}应是一行一个的 \`键: 值\`（例如 \`title: ${p.example}\`）`,
  missingKey: (p: { key: string; top: string; example: string; what: string }) => `${p.what}缺少 \`${p.key}\`：请加一行 \`${p.top}: ${p.example}\``,
  wrongType: (p: { key: string; expected: string; shown: string }) => `\`${p.key}\` 应是${p.expected}，现在是 ${p.shown}`,
  badValue: (p: { key: string; problem: string; shown: string }) => `\`${p.key}\`：${p.problem}（现在是 ${p.shown}）`,
  forExample: (p: { top: string; example: string }) => `例如：\`${p.top}: ${p.example}\``,
  typeNames: { string: '文字', number: '数字', int: '整数', boolean: 'true 或 false', array: '列表', object: '一组 `键: 值`' } as Record<string, string>,
  tooSmallText: '不能为空',
  tooSmallNumber: (p: { min: string }) => `不能小于 ${p.min}`,
  tooBigNumber: (p: { max: string }) => `不能大于 ${p.max}`,
  tooFewItems: (p: { min: string }) => `至少要有 ${p.min} 项`,
  notWhole: '要写整数',
  oneOf: (p: { values: string }) => `只能是 ${p.values} 之一`,
  notUrl: '要写完整的网址，如 https://example.gov.cn/yuebao/',
  dateFormat: '日期请写成 年-月-日，如 2024-03-07',
  dateNotReal: '日历上没有这一天：请核对月份和日期（如 2 月没有 30 日）',
  monthFormat: '月份请写成 年-月，如 2024-02',
  sectionNeedsContent: '栏目要有 `articles:`（文章列表）或 `briefs:`（简讯文件）',
  unknownKeyNear: (p: { key: string; near: string }) => `不认识的键 \`${p.key}\`，已忽略：是不是想写 \`${p.near}\`？`,
  unknownKeyList: (p: { key: string; known: string }) => `不认识的键 \`${p.key}\`，已忽略：可用的键有 ${p.known}`,

  // Files named in content.
  doesNotExist: (p: { path: string }) => `找不到 ${p.path}`,
  isFolder: (p: { path: string }) => `${p.path} 是文件夹，不是文件`,
  cannotRead: (p: { path: string; code: string }) => `${p.path} 读不出来（${p.code}）`,
  whatThenHint: (p: { what: string; hint: string }) => `${p.what}：${p.hint}`,
  didYouMean: (p: { path: string }) => `是不是 ${p.path}？`,
  adviseIssueMd: '请创建 issue.md，写上本期的文件头（year、period、date、sections）',
  adviseFile: '请检查路径的拼写，或创建这个文件',
  adviseArticle: '请检查 issue.md 里这一行路径的拼写，或创建这篇文章',
  pathRemote: (p: { ref: string }) => `“${p.ref}”是网上的地址：请把文件下载到本期文件夹（如 images/），再写它的相对路径`,
  pathAbsolute: (p: { ref: string }) => `“${p.ref}”是绝对路径：请写成相对于本文件的路径，如 images/photo.jpg`,
  pathOutside: (p: { ref: string }) => `“${p.ref}”指到了内容文件夹外面：请把文件复制到本期文件夹里，再从那里引用`,

  // Images: checked when content is loaded, the cover included.
  imageNotFound: (p: { src: string }) => `找不到图片 ${p.src}：请检查文件名（字母、大小写、扩展名），或把图片复制到那里`,
  imageIsFolder: (p: { src: string }) => `图片 ${p.src} 是一个文件夹：请写到具体的图片文件，如 images/photo.jpg`,
  imageEmpty: (p: { src: string }) => `图片 ${p.src} 是空文件（0 字节），可能复制时出了错：请重新复制原图`,
  imageNotImage: (p: { src: string; looksLike: string }) => `图片 ${p.src} 其实不是图片（内容是${p.looksLike}）：请换成 JPG 或 PNG 照片`,
  imageBroken: (p: { src: string }) => `图片 ${p.src} 已损坏或不完整，打不开：请重新从相机、手机或原邮件里复制原图`,
  imageUnsupported: (p: { src: string; format: string }) =>
    `图片 ${p.src} 是 ${p.format} 格式，排版用不了：请另存为 JPG 或 PNG`,
  imageHeicUnsupported: (p: { src: string }) =>
    `图片 ${p.src} 是一种解不开的 HEIC 照片：请在手机“照片”里把它导出为 JPG（或在相机设置的“格式”里选“兼容性最佳”后重拍），再换上`,
  looksLikeText: '文字',
  looksLikeHtml: '网页',
  looksLikePdf: 'PDF 文档',
  looksLikeOther: '无法识别的数据',
  noCover: '本期没有封面图片：在文件头里加上 `cover:`，下一行缩进写 `image: images/cover.jpg`（没有封面照片时，封面改排大号刊名和“本期要目”）',

  // The issue's make-up.
  articleListedTwice: (p: { path: string; line: number }) => `${p.path} 在第 ${p.line} 行已经列过，这里又列了一次（只印一次）：删去其中一行`,
  articleNotListed: (p: { path: string }) => `${p.path} 在本期文件夹里，但 issue.md 没有列出它，不会印出来：如要刊登，请把它加到某个栏目的 articles 下`,
  exampleText: (p: { text: string }) => `这里还是 yuebao new 写的示例文字（“${p.text}”）：请换成本期的真实内容，或删去`,
  exampleTextStrict: '（用了 --strict，示例文字算作错误）',
  briefsEmpty: '简讯文件是空的，本期的简讯栏目会是空白：请写上简讯（每条一段），或从 issue.md 删去这个栏目',
  sourceTwice: (p: { trailing: string; meta: string }) => `文末写了（${p.trailing}），文件头又写了 source: ${p.meta}，以文件头为准：请删去其中一处`,
  photosEmpty: '`layout: photos`（图片页）但文章里没有图片：请加上图片（`![图注](images/x.jpg "摄影者")`），或删去 layout 这一行',
  publicationMissing: '缺少 publication.yml：请在内容文件夹里创建它，至少写一行 `title: 刊名`',
  issueLineKey: (p: { key: string; example: string }) => `\`issue-line\` 里必须有 ${p.key}，如 "${p.example}"`,
  numberingTotal: (p: { total: number }) => `档案里没有更早的一期可以接着编号，暂按总第${p.total}期：请加上 \`total: N\` 写明总期数`,
  numberingDuplicate: (p: { what: string; other: string; field: string }) =>
    `期号重复：${p.what}与 ${p.other} 相同。请给每期写不同的 \`${p.field}\`（或删去这一行，让它从上一期往后数）`,

  // Encodings: a file saved by an old Windows editor is read, and the editor told.
  encodingGbk: '这个文件是 GBK/GB18030 编码（旧版记事本、WPS 常见），已按 GBK 读取：建议另存为 UTF-8 编码',
  encodingBig5: '这个文件是 Big5/大五码 编码（港澳台常用的繁体中文编码），已按大五码读取：建议另存为 UTF-8 编码',
  encodingUtf16: '这个文件是 UTF-16 编码，已正确读取：建议另存为 UTF-8 编码',
  encodingOther: (p: { encoding: string }) => `这个文件是 \`${p.encoding}\` 编码，已按它读取：请核对文字有无乱码，并另存为 UTF-8 编码`,
  encodingBinary: '这个文件不是文本（可能是 Word 文档或图片改了扩展名）：请用 yuebao import 导入 Word 文件，或另存为纯文本 .md',
  encodingUnknown: '这里有无法识别的字节（编码不明），已略去，不会印成乱码：请核对这一处的文字，并把文件另存为 UTF-8 编码',

  // Where the content is.
  issueMdMisnamed: (p: { name: string }) => `这个文件夹里没有 issue.md，所以不算作一期，不会生成：${p.name} 是不是本期的 issue.md？请把它改名为 issue.md（Windows 可能隐藏了 .txt 扩展名）`,
  noSuchFolder: (p: { path: string }) => `${p.path}：没有这个文件夹。请给出内容文件夹（含 publication.yml）或某一期的文件夹（含 issue.md）`,
  noIssueFolders: (p: { path: string }) => `${p.path}：没有找到任何一期。每期是一个含 issue.md 的子文件夹（运行 \`yuebao new ${p.path}\` 新建一期）`,
  notContent: (p: { path: string }) => `${p.path}：既不是内容文件夹（publication.yml 和各期文件夹），也不是某一期的文件夹（issue.md）`,
};
