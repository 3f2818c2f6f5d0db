/**
 * Handlebars, set up once per templates folder: every `partials/*.hbs` becomes
 * a partial named after its file, and the helpers the templates use are
 * registered. Each edition (templates/print, templates/web) gets its own
 * isolated Handlebars environment.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import Handlebars from 'handlebars';
import { formatChineseDate } from '../model/issue-line.ts';
import { formatSources } from '../markdown/parenthetical.ts';
import { phraseHtml } from '../markdown/phrases.ts';

export interface TemplateSet {
  render(name: string, data: unknown): string;
  /** Files of the folder that are not templates (CSS, scripts), by name. */
  readAsset(name: string): string;
  dir: string;
}

const cache = new Map<string, TemplateSet>();

export function loadTemplates(dir: string): TemplateSet {
  const cached = cache.get(dir);
  if (cached) return cached;
  const hbs = Handlebars.create();
  registerHelpers(hbs);
  const partialsDir = join(dir, 'partials');
  for (const name of safeList(partialsDir)) {
    if (name.endsWith('.hbs')) hbs.registerPartial(basename(name, '.hbs'), readFileSync(join(partialsDir, name), 'utf8'));
  }
  const compiled = new Map<string, Handlebars.TemplateDelegate>();
  const set: TemplateSet = {
    dir,
    render(name, data) {
      let template = compiled.get(name);
      if (!template) {
        template = hbs.compile(readFileSync(join(dir, `${name}.hbs`), 'utf8'), { strict: false, preventIndent: true });
        compiled.set(name, template);
      }
      return template(data);
    },
    readAsset: (name) => readFileSync(join(dir, name), 'utf8'),
  };
  cache.set(dir, set);
  return set;
}

/** Forgets compiled templates (the dev server calls this when templates change). */
export function clearTemplateCache(): void {
  cache.clear();
}

function safeList(dir: string): string[] {
  try {
    return readdirSync(dir).sort();
  } catch {
    return [];
  }
}

function registerHelpers(hbs: typeof Handlebars): void {
  hbs.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  // An article's footnotes (rehype-footnotes) print after its source line: the source closes the text, the notes follow.
  hbs.registerHelper('textOf', (html: string) => new hbs.SafeString(splitNotes(html).text));
  hbs.registerHelper('notesOf', (html: string) => new hbs.SafeString(splitNotes(html).notes));
  hbs.registerHelper('chineseDate', (date: string) => (date ? formatChineseDate(date) : ''));
  hbs.registerHelper('sources', (sources: string[]) => (sources?.length ? formatSources(sources) : ''));
  hbs.registerHelper('join', (items: string[], sep: string) => (items ?? []).join(typeof sep === 'string' ? sep : ' '));
  /** A CSS string literal, for running heads in @page margin boxes. */
  hbs.registerHelper('cssString', (value: string) => new hbs.SafeString(JSON.stringify(String(value ?? ''))));
  /** 朱梓恒 → 朱梓恒 摄; a credit that already says how (摄, 供图, 图) is kept. */
  hbs.registerHelper('photoCredit', (credit: string) => (!credit || /摄|供图|图片|图\s*[:：]/.test(credit) ? credit : `${credit} 摄`));
  /** A title with a <wbr> between its phrases (src/markdown/phrases.ts). */
  hbs.registerHelper('phrases', (text: string) => new hbs.SafeString(phraseHtml(String(text ?? ''))));
  /** 【简 讯】: two-character section names are letter-spaced, as in the reference. */
  hbs.registerHelper('spaced', (title: string) => ([...(title ?? '')].length === 2 ? [...title].join('\u3000') : title));
}

/** An article's HTML → its text and its footnotes section (empty when it has none). */
function splitNotes(html: string): { text: string; notes: string } {
  const at = String(html ?? '').indexOf('<section data-footnotes');
  return at < 0 ? { text: html ?? '', notes: '' } : { text: html.slice(0, at), notes: html.slice(at) };
}
