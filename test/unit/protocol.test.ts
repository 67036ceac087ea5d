import { describe, expect, it } from 'vitest';
import { MAX_MESSAGE_BYTES, parseMessage } from '../../src/shared/protocol';

describe('parseMessage', () => {
  it('accepts a well-formed message', () => {
    const parsed = parseMessage({ type: 'page/seen', payload: { url: 'https://mysignins.microsoft.com/security-info', step: 'security-info' } });
    expect(parsed).toEqual({
      ok: true,
      value: { type: 'page/seen', payload: { url: 'https://mysignins.microsoft.com/security-info', step: 'security-info' } },
    });
  });

  it.each([
    [null, 'invalid-message'],
    ['page/seen', 'invalid-message'],
    [{}, 'invalid-message'],
    [{ type: 'records/drop-all' }, 'unknown-message'],
    [{ type: '__proto__' }, 'unknown-message'],
    [{ type: 'page/seen', payload: { url: 'x', step: 'not-a-step' } }, 'invalid-message'],
    [{ type: 'page/seen', payload: { url: 'x', step: 'name', password: 'abcd' } }, 'invalid-message'],
    [{ type: 'status/get', extra: 1 }, 'invalid-message'],
    [{ type: 'page/seen', payload: { url: 'x'.repeat(MAX_MESSAGE_BYTES), step: 'name' } }, 'too-large'],
  ])('rejects %j with %s', (raw, code) => {
    const parsed = parseMessage(raw);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error.code).toBe(code);
  });

  it('rejects a message that cannot be serialised', () => {
    const cyclic: Record<string, unknown> = { type: 'status/get' };
    cyclic.self = cyclic;
    expect(parseMessage(cyclic)).toMatchObject({ ok: false, error: { code: 'invalid-message' } });
  });
});
