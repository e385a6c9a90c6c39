/** Block helpers shared by the `missing-reference` rules: trimmed spans and which blocks hold links. */
import type { Block } from '../page/page-model';
import type { DetectorContext } from '../detectors/detector';

/** A block's span without its leading and trailing white space. */
export function trimmedSpan(b: Block): { start: number; end: number } {
  const lead = b.text.length - b.text.trimStart().length;
  const trail = b.text.length - b.text.trimEnd().length;
  return { start: b.start + lead, end: b.end - trail };
}

/** Block indices holding any link's text, computed once per analysis. */
export function blocksWithLinks(ctx: DetectorContext): Set<number> {
  return ctx.memo('missing-reference:blocks-with-links', () => {
    const set = new Set<number>();
    for (const l of ctx.page.links) if (l.block) set.add(l.block.index);
    return set;
  });
}
