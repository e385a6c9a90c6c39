/**
 * Every detector file is registered, documented and tested: a detector that is written but not in the registry,
 * or that says nothing of its failings, or has no fixture case, fails here (the refined-github habit).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { DETECTORS, DETECTOR_IDS, type DetectorId } from '../../lib/core/detectors/registry';
import { ROOT } from '../support/paths';

const DETECTOR_DIR = join(ROOT, 'lib/core/detectors');
const detectorFiles = readdirSync(DETECTOR_DIR)
  .filter((f) => f.endsWith('.ts') && !['detector.ts', 'registry.ts', 'catalog.ts'].includes(f))
  .map((f) => f.replace(/\.ts$/, ''));

describe('the detector registry', () => {
  it('lists every detector file, each once, under the file name as its id', () => {
    expect([...DETECTOR_IDS].sort()).toEqual([...detectorFiles].sort());
    expect(new Set(DETECTOR_IDS).size).toBe(DETECTOR_IDS.length);
  });

  it('derives DetectorId from the ids it lists: an id no detector has does not type-check', () => {
    // Type-level half, checked by `tsc --noEmit`: DetectorId is the union of registered ids, not any string.
    expectTypeOf<string>().not.toMatchTypeOf<DetectorId>();
    // @ts-expect-error 'not-a-detector' is no registered id
    const unregistered: DetectorId = 'not-a-detector';
    expect(DETECTOR_IDS).not.toContain(unregistered);
    for (const id of DETECTOR_IDS) expectTypeOf(id).toMatchTypeOf<DetectorId>();
  });

  it.each(detectorFiles)('%s opens with a doc comment that says what it flags and what it gets wrong', (id) => {
    const source = readFileSync(join(DETECTOR_DIR, `${id}.ts`), 'utf8');
    const doc = /^\/\*\*([\s\S]*?)\*\//.exec(source)?.[1] ?? '';
    expect(doc).toContain(`\`${id}\``);
    expect(doc).toMatch(/known to/i);
  });

  it.each(DETECTORS.map((d) => [d.id, d] as const))('%s has words for the options page', (_id, detector) => {
    expect(detector.label.trim().length).toBeGreaterThan(3);
    expect(detector.label).not.toBe(detector.id);
    expect(detector.description.trim().length).toBeGreaterThan(20);
  });

  it.each(detectorFiles)('%s has fixture cases and is described in docs/report.md', (id) => {
    const cases = join(ROOT, 'tests/fixtures/detectors', id);
    expect(existsSync(cases) && readdirSync(cases).length > 0, `no cases in ${cases}`).toBe(true);
    expect(readFileSync(join(ROOT, 'docs/report.md'), 'utf8')).toContain(`\`${id}\``);
  });
});
