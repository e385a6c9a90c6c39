import { describe, expect, it } from 'vitest';
import { describeTextRange } from '../../../lib/core/anchoring/selectors';
import { TextIndex } from '../../../lib/core/text/text-index';
import { anchorSelectors, describeRange, rangeForSelectors } from '../../../lib/page/anchor';

describe('anchoring selectors in the page as it is now', () => {
  const text = 'The cat sat. The dog sat. The cat ran away.';

  it('trusts the position while the text there still reads the quote', () => {
    const selectors = describeTextRange(text, 30, 33); // the second "cat"
    expect(anchorSelectors(text, selectors)).toEqual({ start: 30, end: 33 });
  });

  it('finds the quote again when the text moved, telling repeats apart by their context', () => {
    const selectors = describeTextRange(text, 30, 33);
    const edited = 'Breaking: ' + text;
    expect(anchorSelectors(edited, selectors)).toEqual({ start: 40, end: 43 });
  });

  it('gives up on a passage that is gone', () => {
    expect(anchorSelectors('Nothing here.', describeTextRange(text, 4, 7))).toBeNull();
  });
});

describe('the reader selection as selectors', () => {
  it('describes a selection across elements, trimmed, and finds it again as a live range', () => {
    document.body.innerHTML = '<p>First <b>bold words</b> here.</p><p>  Second paragraph.</p>';
    const index = new TextIndex(document.body);
    const range = document.createRange();
    const bold = document.querySelector('b')!.firstChild!;
    range.setStart(bold, 5);
    range.setEnd(document.body.lastChild!, 1); // after the whole second paragraph
    const described = describeRange(index, range)!;
    expect(described.text).toBe('words here.  Second paragraph.');
    const again = rangeForSelectors(new TextIndex(document.body), described.selectors)!;
    expect(again.toString()).toBe(described.text);
  });

  it('describes a whole element selected by its contents (boundaries in elements, not Text nodes)', () => {
    document.body.innerHTML = '<ul><li>One item</li><li>Second item here</li></ul>';
    const range = document.createRange();
    range.selectNodeContents(document.querySelectorAll('li')[1]);
    expect(describeRange(new TextIndex(document.body), range)?.text).toBe('Second item here');
  });

  it('is null for a selection of white space only', () => {
    document.body.innerHTML = '<p>a</p>   <p>b</p>';
    const range = document.createRange();
    range.setStart(document.body.childNodes[1], 0);
    range.setEnd(document.body.childNodes[1], 3);
    expect(describeRange(new TextIndex(document.body), range)).toBeNull();
  });
});
