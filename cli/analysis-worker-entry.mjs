// Entry of an analysis pool worker. A worker thread does not inherit the main thread's tsx loader, so it
// registers tsx itself, exactly as bin/footnote.js does, before loading the TypeScript worker body.
import { register } from 'tsx/esm/api';

register();
await import('./analysis-worker.ts');
