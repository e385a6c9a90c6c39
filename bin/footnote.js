#!/usr/bin/env node
// The `footnote` command. The engine is TypeScript; tsx compiles it on the fly (and caches), so the command
// works straight after `npm ci` with no build step.
import { register } from 'tsx/esm/api';

register();
await import('../cli/main.ts');
