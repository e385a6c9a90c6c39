/**
 * The `footnote` command line: parses the arguments, prints help, usage errors (exit 2) and the version, and
 * hands over to the `analyze` and `bench` commands. Documented in docs/cli.md.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { describeError, describeInternalError, FootnoteError } from '../lib/errors';
import { DEFAULT_BENCH_CORPUS, DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT_S } from './defaults';

const MAIN_HELP = `Usage: footnote <command> [options]

Shows the context an article leaves out: affiliate links, unsourced quotes, missing references.

Commands:
  analyze [--json] <file|url|->...   analyse pages and print what they leave out
  bench [--json] [dir|file]...       time the analysis over a corpus

Options:
  -h, --help       show help (also: footnote <command> --help)
  -v, --version    print the version
`;

const ANALYZE_HELP = `Usage: footnote analyze [options] <file|url|->...

Analyses each page and prints, in input order, its title, byline, counts, the flagged passages and the quotes.
A file is read from disk, an http(s) URL is fetched, - reads standard input. Several inputs are analysed in
parallel. The exit code is 1 when any input could not be analysed (its error is printed in its place), 2 on a
usage error.

Options:
  --json              one JSON object per input and line: {"input", "ok": true, ...report} or
                      {"input", "ok": false, "error"}
  --timeout <s>       time limit per input, fetching and analysis (default ${DEFAULT_TIMEOUT_S})
  --max-bytes <n>     largest page accepted, in bytes (default ${DEFAULT_MAX_BYTES})
  --url <url>         the page URL to report for files and standard input (default: the page's canonical
                      URL, else the file:// URL)
  --sensitivity <s>   low, normal (default) or high: how sure a flag must be to be shown (low: 95% of
                      such flags judged right, normal: 90%, high: 50%)
  -j, --jobs <n>      worker threads (default: the number of available cores)
  -h, --help          show this help
`;

const BENCH_HELP = `Usage: footnote bench [--json] [--runs n] [dir|file]...

Times the analysis in-process, one page at a time after a warm-up pass over them all, over the given pages
(default ${DEFAULT_BENCH_CORPUS}): median and p95 per phase and per detector, the detectors' time against
Readability's, and the slowest pages, next to the targets (ratio <= 0.10, no page's detectors over 50 ms);
then what the warm-up pass cost, while the engine compiled (a freshly started background pays that).
A folder's <case>/source.html files and *.html files are used.

Options:
  --json        one JSON object with the figures
  --runs <n>    time each page n times and keep each phase's median (default 3), so that a garbage
                collection or another process's burst does not pass for a slow detector
  -h, --help    show this help
`;

const POOL_GRACE_MS = 2000;

/** Bad arguments: printed with the help text of the command, exit code 2. */
class UsageError extends FootnoteError {
  constructor(
    message: string,
    readonly help = MAIN_HELP,
  ) {
    super(message);
  }
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined) throw new UsageError('no command given');
  if (command === '-h' || command === '--help' || command === 'help') {
    process.stdout.write(MAIN_HELP);
    return 0;
  }
  if (command === '-v' || command === '--version') {
    console.log(version());
    return 0;
  }
  if (command === 'analyze') return analyze(rest);
  if (command === 'bench') return bench(rest);
  throw new UsageError(`unknown command "${command}"`);
}

async function analyze(args: string[]): Promise<number> {
  const { values, positionals } = parse(
    args,
    {
      json: { type: 'boolean' },
      timeout: { type: 'string' },
      'max-bytes': { type: 'string' },
      url: { type: 'string' },
      sensitivity: { type: 'string' },
      jobs: { type: 'string', short: 'j' },
      help: { type: 'boolean', short: 'h' },
    },
    ANALYZE_HELP,
  );
  if (values.help) {
    process.stdout.write(ANALYZE_HELP);
    return 0;
  }
  if (!positionals.length)
    throw new UsageError('analyze needs at least one file, URL or - (standard input)', ANALYZE_HELP);
  const timeoutMs = number(values.timeout, 'timeout', DEFAULT_TIMEOUT_S) * 1000;
  const url = values.url as string | undefined;
  if (url !== undefined && !URL.canParse(url))
    throw new UsageError(`--url must be an absolute URL, got "${url}"`, ANALYZE_HELP);
  const sensitivity = (values.sensitivity as string | undefined) ?? 'normal';
  if (sensitivity !== 'low' && sensitivity !== 'normal' && sensitivity !== 'high')
    throw new UsageError(`--sensitivity is low, normal or high, got "${sensitivity}"`, ANALYZE_HELP);
  // Loaded only now: help, version and usage errors need no part of the engine.
  const { runAnalyze } = await import('./analyze-command');
  return runAnalyze({
    inputs: positionals,
    json: !!values.json,
    limits: {
      timeoutMs,
      maxBytes: Math.floor(number(values['max-bytes'], 'max-bytes', DEFAULT_MAX_BYTES)),
      url,
      sensitivity,
    },
    // The pool's limit has a little slack, so that a fetch that times out says so itself.
    timeLimitMs: timeoutMs + POOL_GRACE_MS,
    jobs: values.jobs === undefined ? undefined : Math.floor(number(values.jobs, 'jobs', 1)),
  });
}

async function bench(args: string[]): Promise<number> {
  const { values, positionals } = parse(
    args,
    { json: { type: 'boolean' }, runs: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    BENCH_HELP,
  );
  const runs = values.runs === undefined ? 3 : Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1 || runs > 50) {
    process.stderr.write(`footnote bench: --runs takes a whole number from 1 to 50\n\n${BENCH_HELP}`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(BENCH_HELP);
    return 0;
  }
  const { runBench } = await import('./bench-command');
  return runBench({ paths: positionals, json: !!values.json, runs });
}

type OptionSpec = Record<string, { type: 'boolean' | 'string'; short?: string }>;

function parse(args: string[], options: OptionSpec, help: string) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UsageError(describeError(e), help);
  }
}

function number(raw: unknown, name: string, fallback: number): number {
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n) || n <= 0) throw new UsageError(`--${name} must be a positive number, got "${String(raw)}"`);
  return n;
}

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

// `footnote analyze ... | head` closes the pipe early: stop quietly rather than with a stack trace.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (e) {
  if (e instanceof UsageError) {
    process.stderr.write(`footnote: ${e.message}\n\n${e.help}`);
    process.exitCode = 2;
  } else {
    // A bug, not bad input: still one line, no stack, unless asked for (FOOTNOTE_DEBUG=1).
    process.stderr.write(`footnote: internal error: ${describeInternalError(e)}\n`);
    if (process.env.FOOTNOTE_DEBUG && e instanceof Error) process.stderr.write(`${e.stack}\n`);
    process.exitCode = 1;
  }
}
