/**
 * The Chinese catalogue, the default and the reference: its shape is the type
 * every other language must fill in full (src/i18n/en/index.ts).
 */
import { build } from './build.ts';
import { check } from './check.ts';
import { cli } from './cli.ts';
import { content } from './content.ts';
import { dev } from './dev.ts';
import { importing } from './import.ts';
import { press } from './press.ts';
import { studio } from './studio.ts';
import { web } from './web.ts';

export const zh = { build, check, cli, content, dev, import: importing, press, studio, web };

/** Each message is a string or a function of named values that returns one. */
export type Messages = typeof zh;
