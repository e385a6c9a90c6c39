/**
 * The import's memory of what it has seen: never forgets a string, rarely claims one it was not given, and holds a
 * few bytes a string however many it is given.
 */
import { describe, expect, it } from 'vitest';
import { SeenFilter } from '../../../lib/backup/seen-filter';

describe('SeenFilter', () => {
  it('says "never seen" before anything is added', () => {
    expect(new SeenFilter().mightHave('note-1')).toBe(false);
    expect(new SeenFilter().bytes).toBe(0);
  });

  it('remembers every string added across its growing layers, and rarely claims one it was not given', () => {
    const filter = new SeenFilter(1 << 10);
    const count = 100_000;
    for (let i = 0; i < count; i++) filter.add(`note-${String(i).padStart(7, '0')}`);
    let forgotten = 0;
    for (let i = 0; i < count; i++) if (!filter.mightHave(`note-${String(i).padStart(7, '0')}`)) forgotten++;
    expect(forgotten).toBe(0);
    let falseAlarms = 0;
    for (let i = count; i < 2 * count; i++) if (filter.mightHave(`note-${String(i).padStart(7, '0')}`)) falseAlarms++;
    expect(falseAlarms / count).toBeLessThan(0.005);
    // Near ids and keys differing by one character are told apart too.
    expect(filter.mightHave('note-0000001 ')).toBe(false);
  });

  it('holds about two to four bytes a string, not a growing share of the strings themselves', () => {
    const small = new SeenFilter();
    const large = new SeenFilter();
    const key = (i: number) => `https://site${i % 300}.example/story/${i % 10_000}\u0000passage ${i}\u0000note ${i}`;
    for (let i = 0; i < 10_000; i++) small.add(key(i));
    for (let i = 0; i < 400_000; i++) large.add(key(i));
    expect(large.bytes / 400_000).toBeLessThanOrEqual(4);
    expect(large.bytes / 400_000).toBeGreaterThanOrEqual(2);
    expect(small.bytes).toBeLessThan(large.bytes / 10);
  });
});
