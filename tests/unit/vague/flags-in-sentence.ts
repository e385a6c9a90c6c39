/** Test helper for `vague-attribution`: one sentence, in a paragraph of plain prose, in; its flags out. */
import { analyzeDocument } from '../../../lib/core/analyze';
import { findSelector } from '../../../lib/core/anchoring/selectors';
import type { Detector, Sensitivity } from '../../../lib/core/detectors/detector';
import { vagueAttribution } from '../../../lib/core/detectors/vague-attribution';
import { htmlDocument } from '../../support/load-html';

/** The detector on any kind of page: these small pages are too thin for the page profile to place. */
const anyPage: Detector = { ...vagueAttribution, appliesTo: undefined };

/** The flags on `sentence`, set between two plain sentences, at the given sensitivity. */
export function flagsInSentence(sentence: string, sensitivity: Sensitivity) {
  const doc = htmlDocument(
    `<!DOCTYPE html><html lang="en"><head><title>t</title></head><body>` +
      `<p>The town held a vote in May. ${sentence} The count ends today.</p></body></html>`,
  );
  const report = analyzeDocument(doc, 'https://example.com/story', {
    detectors: [anyPage],
    sensitivity: { 'vague-attribution': sensitivity },
  });
  return report.flags.map((f) => ({
    cue: f.data?.cue,
    phrase: f.data?.phrase,
    text: findSelector(f.target.selector, 'TextQuoteSelector')!.exact,
    confidence: f.confidence,
  }));
}
