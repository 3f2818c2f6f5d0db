/**
 * Every word a person reads comes from here: one typed message catalogue per
 * language (zh/, en/), one file per area (cli, content, check, import, dev,
 * build). Chinese is the default; `--lang en` or YUEBAO_LANG=en switches to
 * English. Rule ids (`missing-image` …) are identifiers and stay as they are.
 *
 * The language is process-wide state, set once by the CLI before any command
 * runs: messages are made deep in pure stages, and threading a language
 * through every call would touch every signature for no gain.
 */
import { zh } from './zh/index.ts';
import { en } from './en/index.ts';
import type { Messages } from './zh/index.ts';

export type { Messages };
export type Lang = 'zh' | 'en';

const catalogues: Record<Lang, Messages> = { zh, en };

let current: Lang = langFrom(process.env.YUEBAO_LANG) ?? 'zh';

/** `zh`, `zh-CN`, `en`, `en_US.UTF-8` … → a language we have, or undefined. */
export function langFrom(value: string | undefined): Lang | undefined {
  const code = value?.trim().toLowerCase().slice(0, 2);
  return code === 'zh' || code === 'en' ? code : undefined;
}

export function setLang(lang: Lang): void {
  current = lang;
}

export function currentLang(): Lang {
  return current;
}

/** The messages in the current language. */
export function t(): Messages {
  return catalogues[current];
}

/** The catalogue of one language (tests compare them key by key). */
export function catalogue(lang: Lang): Messages {
  return catalogues[lang];
}
