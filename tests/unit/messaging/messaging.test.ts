import { describe, expect, it } from 'vitest';
import { makeCaller, unwrapReply } from '../../../lib/messaging/call';
import { dispatch, isRequest, type AnyRequest, type Handlers } from '../../../lib/messaging/serve';

interface TestApi {
  add(params: { a: number; b: number }): number;
  fail(params: { why: string }): void;
  nothing(params: Record<string, never>): void;
  whoAsked(params: Record<string, never>): string;
}

const handlers: Handlers<TestApi, { tab: string }> = {
  add: ({ a, b }) => a + b,
  async fail({ why }) {
    throw new Error(why);
  },
  nothing: () => undefined,
  whoAsked: (_params, context) => context.tab,
};

/** The caller and the dispatcher joined directly, through a structured clone as a browser would. */
const call = makeCaller<TestApi>(async (request) =>
  structuredClone(await dispatch(handlers, structuredClone(request) as AnyRequest, { tab: 'tab-3' })),
);

describe('the message protocol', () => {
  it('carries params to the handler and its value back', async () => {
    expect(await call('add', { a: 2, b: 3 })).toBe(5);
    expect(await call('whoAsked', {})).toBe('tab-3');
    expect(await call('nothing', {})).toBeNull();
  });

  it('turns a thrown error into a rejection with the same readable message', async () => {
    await expect(call('fail', { why: 'The note is too long.' })).rejects.toThrow('The note is too long.');
    expect(await dispatch(handlers, { footnote: 1, method: 'fail', params: { why: 'x' } }, { tab: '' })).toEqual({
      ok: false,
      error: 'x',
    });
  });

  it('answers an unknown method with an error, never a handler of Object.prototype', async () => {
    const reply = await dispatch(handlers, { footnote: 1, method: 'toString', params: {} }, { tab: '' });
    expect(reply).toMatchObject({ ok: false });
  });

  it('recognises only its own requests', () => {
    expect(isRequest({ footnote: 1, method: 'add', params: {} })).toBe(true);
    expect(isRequest({ type: 'something-else' })).toBe(false);
    expect(isRequest(undefined)).toBe(false);
  });

  it('says so when nobody answered', () => {
    expect(() => unwrapReply(undefined, 'revealPassage')).toThrow(/no answer to "revealPassage"/);
  });
});
