/** The English catalogue (`--lang en`): the same keys as the Chinese one, checked by the type. */
import type { Messages } from '../zh/index.ts';
import { build } from './build.ts';
import { check } from './check.ts';
import { cli } from './cli.ts';
import { content } from './content.ts';
import { dev } from './dev.ts';
import { importing } from './import.ts';
import { press } from './press.ts';
import { studio } from './studio.ts';
import { web } from './web.ts';

export const en: Messages = { build, check, cli, content, dev, import: importing, press, studio, web };
