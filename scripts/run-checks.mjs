// Runs the type check and the lint side by side (each is single-threaded), printing each one's output when it ends,
// and fails if either fails. `npm test` runs this before the build: the build rewrites .wxt/, which both read.
import { spawn } from 'node:child_process';

const CHECKS = [
  ['typecheck', 'npm', ['run', '--silent', 'typecheck']],
  ['lint', 'npm', ['run', '--silent', 'lint']],
];

const run = ([name, command, args]) =>
  new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', (error) =>
      resolve({ name, code: 1, output: `${output}${error.message}\n`, ms: Date.now() - started }),
    );
    child.on('close', (code) => resolve({ name, code: code ?? 1, output, ms: Date.now() - started }));
  });

const results = await Promise.all(CHECKS.map(run));
for (const { name, code, output, ms } of results) {
  const seconds = (ms / 1000).toFixed(1);
  process.stdout.write(`── ${name}: ${code === 0 ? 'passed' : `failed (exit ${code})`} (${seconds} s)\n${output}`);
}
process.exit(results.some((r) => r.code !== 0) ? 1 : 0);
