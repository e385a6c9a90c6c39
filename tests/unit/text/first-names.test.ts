/** Given names: the list that marks a run of capitals as a person, with or without the accents a language writes. */
import { describe, expect, it } from 'vitest';
import { genderOfFirstName, isKnownFirstName } from '../../../lib/core/data/first-names';

describe('isKnownFirstName', () => {
  it('knows a name written with the accents the list leaves out (round 34: "María del Mar Tomás" was "Mar Tomás")', () => {
    expect(isKnownFirstName('Maria')).toBe(true);
    expect(isKnownFirstName('María')).toBe(true);
    expect(isKnownFirstName('Gérald')).toBe(true);
    expect(isKnownFirstName('Éric')).toBe(true);
  });

  it('knows no word the list does not hold, accented or not', () => {
    expect(isKnownFirstName('Según')).toBe(false);
    expect(isKnownFirstName('Ministère')).toBe(false);
  });

  it('still tells a usual gender', () => {
    expect(genderOfFirstName('Maria')).toBe('f');
    expect(genderOfFirstName('María')).toBe('f');
  });
});
