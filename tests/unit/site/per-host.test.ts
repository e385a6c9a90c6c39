import { describe, expect, it } from 'vitest';
import { perHost } from '../../../lib/core/site/hosts';

describe('perHost', () => {
  it('looks each host up once, null and empty answers included', () => {
    const asked: string[] = [];
    const lookUp = perHost((host) => {
      asked.push(host);
      return host === 'none.example' ? null : host.toUpperCase();
    });
    expect([lookUp('a.example'), lookUp('none.example'), lookUp('a.example'), lookUp('none.example')]).toEqual([
      'A.EXAMPLE',
      null,
      'A.EXAMPLE',
      null,
    ]);
    expect(asked).toEqual(['a.example', 'none.example']);
  });

  it('starts over once it holds 4,096 hosts, so a long session does not grow it', () => {
    let calls = 0;
    const lookUp = perHost((host) => (calls++, host.length));
    for (let i = 0; i < 4096; i++) lookUp(`h${i}.example`);
    lookUp('h0.example');
    expect(calls).toBe(4096);
    lookUp('one-more.example');
    lookUp('h1.example');
    expect(calls).toBe(4098);
  });
});
