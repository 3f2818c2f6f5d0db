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
    `No title found (looked for ${p.kind === 'html' ? 'an <h1> or a <title>' : p.kind === 'post' ? 'a `title:` in the front matter' : 'a first line'}): add the title to the clipping and import it again`,
  morePages: (p) => `This is one page of an article split over several (${p.pager}): import the other pages too and join them by hand`,
  imageMissing: (p) => `The picture \`${p.url}\` was not found next to the clipping: copy it into ${p.dir}/ and change its path`,
  imagesRemote: (p) =>
    `${p.count === 1 ? `The picture is on the web (${p.first})` : `${p.count} pictures are on the web (the first: ${p.first})`}: save ${p.count === 1 ? 'it' : 'them'} into ${p.dir}/ and change the path${p.count === 1 ? '' : 's'} to images/<name> (a build prints only pictures on this computer)`,
  textLost: (p) => `This text of the clipping is not in the Markdown: “${p.text}” — copy it in by hand where it belongs`,
  outsideTextLost: (p) => `This text of the page, outside what was taken as the article, is not in the Markdown: “${p.text}” — if it belongs to the article, copy it in by hand`,
  htmlLeft: 'Something that looks like an HTML tag is left in the Markdown: check the article and remove it',
  emptyBody: 'No body text was found: the article has a title only. Copy the text in by hand, or import the page as plain text',
};
