#!/usr/bin/env node
// The `yuebao` command. The sources are TypeScript run through tsx's loader,
// so there is no compile step between an edit and a build.
import { register } from 'tsx/esm/api';
register();
await import('../src/cli/main.ts');
