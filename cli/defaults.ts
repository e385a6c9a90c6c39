/** The CLI's defaults, in a module of their own so that help text and commands agree without loading the engine. */
export const DEFAULT_BENCH_CORPUS = '../shared/corpus/readability-pages';
/** Time limit per input, in seconds. */
export const DEFAULT_TIMEOUT_S = 60;
/** Largest page accepted, in bytes. */
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;
