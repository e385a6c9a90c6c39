/**
 * Benchmark of backups that restore (`npx tsx scripts/bench-backup.ts [counts]`, default 100000): in Node on
 * fake-indexeddb, N generated notes are exported through the library's own path (pages of notes from the
 * store -> the JSON-LD Blob), the store is cleared, the file is imported back (read in chunks by the streaming
 * reader, batches into an ImportSession) and compared note by note. Prints time per phase and the live JS heap:
 * measured after a full garbage collection every few pages or batches (run with --expose-gc), less the heap of the
 * database itself (fake-indexeddb keeps the database in the heap, which a browser does not), so the figure is
 * what export and import hold. Blob parts live outside the JS heap, as in a browser.
 * Run: NODE_OPTIONS="--expose-gc --max-old-space-size=6000" npx tsx scripts/bench-backup.ts
 * A million notes are measured in Chromium instead (scripts/bench-backup-chromium.ts): fake-indexeddb keeps the
 * whole database in the JS heap, so past ~100,000 notes its garbage collections, not the backup, set the pace.
 */
import 'fake-indexeddb/auto';
import { jsonLdBlob } from '../lib/backup/stream-export';
import { blobText, readAnnotations } from '../lib/backup/stream-import';
import { IMPORT_BATCH_SIZE, LIBRARY_PAGE_SIZE } from '../lib/messaging/library-api';
import type { Note } from '../lib/model';
import { LibraryStore } from '../lib/storage/library-store';
import { NotesDb } from '../lib/storage/notes-db';
import { benchNote, canonicalJson } from './bench-backup-notes';

const noteAt = benchNote;

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

function settledHeap(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed;
}

/**
 * Live heap samples: `probe()` is called per page or batch and, every `probeEvery` calls, collects garbage and
 * records the live heap less `baseline()`: the heap the database itself holds at that moment.
 */
let probeEvery = 2;
let probes = 0;
let peakAbove = 0;
let probeMs = 0;
let baseline = () => 0;
function probe(): void {
  if (++probes % probeEvery !== 0) return;
  const start = performance.now();
  peakAbove = Math.max(peakAbove, settledHeap() - baseline());
  probeMs += performance.now() - start;
}

/** Runs `work`; returns its value, the wall time (less the probes' collections) and the most heap held above the database. */
async function measured<T>(
  work: () => Promise<T>,
  databaseHeap: () => number,
): Promise<{ value: T; ms: number; above: number }> {
  baseline = databaseHeap;
  peakAbove = settledHeap() - baseline();
  probes = 0;
  probeMs = 0;
  const start = performance.now();
  const value = await work();
  const ms = performance.now() - start - probeMs;
  return { value, ms, above: Math.max(peakAbove, settledHeap() - baseline()) };
}

async function* storePages(store: LibraryStore): AsyncGenerator<Note[]> {
  let after: string | undefined;
  for (;;) {
    const page = await store.page(after, LIBRARY_PAGE_SIZE);
    probe();
    yield page.notes;
    if (page.next === null) return;
    after = page.next;
  }
}

async function run(count: number): Promise<void> {
  console.log(`\n${count.toLocaleString('en')} notes`);
  const db = new NotesDb({ name: `bench-backup-${count}-${Date.now()}` });
  const store = new LibraryStore(db);
  probeEvery = Math.max(2, Math.ceil(count / 40_000));
  const empty = settledHeap();

  const seed = await measured(
    async () => {
      for (let at = 0; at < count; at += 5000) {
        const batch = Array.from({ length: Math.min(5000, count - at) }, (_, k) => noteAt(at + k));
        const tx = (await db.db()).transaction('notes', 'readwrite');
        for (const note of batch) void tx.store.put(note);
        await tx.done;
      }
    },
    () => empty,
  );
  const withData = settledHeap();
  const dbHeap = withData - empty;
  console.log(`  seeded in ${seconds(seed.ms)}; the database itself: ${mb(dbHeap)} of heap (fake-indexeddb)`);

  const exported = await measured(
    () => jsonLdBlob(storePages(store)),
    () => withData,
  );
  const blob = exported.value;
  console.log(
    `  export: ${seconds(exported.ms)}, file ${mb(blob.size)}; live heap peak above the database ${mb(exported.above)}`,
  );

  await (await db.db()).clear('notes');
  const cleared = settledHeap();
  let written = 0;

  let batches = 0;
  const imported = await measured(
    async () => {
      const session = await store.beginImport();
      const outcome = await readAnnotations(blobText(blob), {
        batchSize: IMPORT_BATCH_SIZE,
        onBatch: async (notes) => {
          batches++;
          written += (await session.batch(notes)).imported.length;
          probe();
        },
      });
      return { written, refused: outcome.refused.total };
      // The database grows back during the import: its share at each probe is in proportion to the notes written.
    },
    () => cleared + (dbHeap * written) / count,
  );
  console.log(
    `  import: ${seconds(imported.ms)} in ${batches} batches of ${IMPORT_BATCH_SIZE}; ${imported.value.written.toLocaleString('en')} written, ` +
      `${imported.value.refused} refused; live heap peak above the database ${mb(Math.max(0, imported.above))}`,
  );

  const check = await measured(async () => {
    let seen = 0;
    for await (const page of storePages(store)) {
      for (const note of page) {
        const index = Number(note.id.slice(5));
        if (canonicalJson(note) !== canonicalJson(noteAt(index))) throw new Error(`note ${note.id} differs`);
        seen++;
      }
    }
    return seen;
  }, settledHeap);
  console.log(
    check.value === count
      ? `  OK: all ${count.toLocaleString('en')} notes identical after export -> clear -> import (checked in ${seconds(check.ms)})`
      : `  FAILED: ${check.value} notes back of ${count}`,
  );
  db.close();
  await new Promise<void>((resolve) => {
    const request = indexedDB.deleteDatabase(`bench-backup-${count}`);
    request.onsuccess = request.onerror = () => resolve();
  });
}

const counts = (process.argv[2] ?? '100000').split(',').map(Number);
for (const count of counts) await run(count);
console.log(`\nMachine load average while measuring: ${(await import('node:os')).loadavg()[0].toFixed(1)}`);
