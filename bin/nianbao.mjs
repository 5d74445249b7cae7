#!/usr/bin/env node
// The `nianbao` command. The CLI is TypeScript run through tsx, so there is no build step to forget;
// the repository's own tsconfig is named so that a tsconfig in the caller's directory cannot
// change how our sources compile.

import process from 'node:process';
import { URL, fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

register({ tsconfig: fileURLToPath(new URL('../tsconfig.node.json', import.meta.url)) });

const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
