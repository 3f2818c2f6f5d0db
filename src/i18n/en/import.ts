import type { importing as zh } from '../zh/import.ts';

export const importing: typeof zh = {
  noSuchFile: 'There is no such file: check the path',
  isFolder: 'This is a folder: name the clipping files in it',
  cannotRead: (p) => `The file cannot be read (${p.code}): check its permissions`,
  unreadable: (p) => `${p.reason}: give an HTML page, a Markdown post or a plain text file`,
  notText: 'This is not a text file (HTML, Markdown or plain text): give an HTML page, a Markdown post or a plain text file',
  failed: (p) => `Could not import this clipping (${p.reason}): import it as plain text (.txt), or copy the article in by hand`,
  badFrontMatter: (p) => `The front matter is not valid YAML (${p.reason}): fix it, or remove it and put the title on the first line`,
  noTitle: (p) =>
    `No title found (looked for ${p.kind === 'html' ? 'an <h1> or a <title>' : p.kind === 'post' ? 'a `title:` in the front matter or a headline over the text' : 'a headline over the text'}; a caption or a lead paragraph is never taken for one): the article was imported with an empty title, fill it in at \`title: ""\` at the top of the article`,
  emptyClipping: 'There is no text in this file: check that it is the right file, or copy and save the article again and import that',
  titleToFill: 'no title was found on import: write it between the quotes',
  photoMissing: (p) => `A caption and credit are here${p.caption ? ` (“${p.caption}”)` : ''} but no picture file: save the photo as ${p.path}, or delete this line`,
  morePages: (p) => `This is one page of an article split over several (${p.pager}): import the other pages too and join them by hand`,
  imageMissing: (p) => `The picture \`${p.url}\` was not found next to the clipping: copy it into ${p.dir}/ and change its path`,
  imagesRemote: (p) =>
    `${p.count === 1 ? `The picture is on the web (${p.first})` : `${p.count} pictures are on the web (the first: ${p.first})`}: save ${p.count === 1 ? 'it' : 'them'} into ${p.dir}/ and change the path${p.count === 1 ? '' : 's'} to images/<name> (a build prints only pictures on this computer)`,
  textLost: (p) => `This text of the clipping is not in the Markdown: “${p.text}” — copy it in by hand where it belongs`,
  outsideTextLost: (p) => `This text of the page, outside what was taken as the article, is not in the Markdown: “${p.text}” — if it belongs to the article, copy it in by hand`,
  htmlLeft: 'Something that looks like an HTML tag is left in the Markdown: check the article and remove it',
  emptyBody: 'No body text was found: the article has a title only. Copy the text in by hand, or import the page as plain text',

  // Word files (src/import/docx/).
  oldDoc: 'This is an old Word document (.doc), which yuebao cannot read: open it in Word, choose File → Save As, "Word Document (*.docx)", and import the .docx',
  oldWps: 'This is an old WPS Writer document (.wps), which yuebao cannot read: open it in WPS, choose File → Save As, file type .docx (Microsoft Word), and import the .docx',
  pdfFile:
    'This is a PDF, from which no reliable title, paragraphs or pictures can be taken: ask the office that sent it for the original Word file; failing that, open the PDF in WPS or Word, save it as .docx, check the text and import that',
  rtfFile: 'This is an RTF file, which yuebao cannot read: open it in Word or WPS, choose File → Save As, .docx, and import the .docx',
  wordLocked: 'This Word file has an opening password, so yuebao cannot read it: in Word choose File → Info → Protect Document → Encrypt with Password and clear the password (WPS: File → Document Encryption → Password Encryption), save, and import it again',
  wordBroken: (p) => `This Word file cannot be read (${p.reason}); it may be damaged, or only renamed: open the original in Word or WPS, save it as .docx and import that`,
  notZip: 'it is not in the .docx format',
  noDocumentPart: 'it holds no Word document, word/document.xml',
  zipBroken: 'it is incomplete or damaged',
  contentBroken: 'its Word content has errors',
  wordPicture: (p) =>
    `Picture ${p.n}${p.caption ? ` (“${p.caption}”)` : ''} is ${p.format}${p.drawing ? ' (a Word drawing or a pasted chart)' : ''}, which cannot be printed, and was left out: in Word or WPS right-click it → Save as Picture, as PNG, into ${p.dir}/, and put ![caption](images/<name>.png) where it was in the article`,
};
