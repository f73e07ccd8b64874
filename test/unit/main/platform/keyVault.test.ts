import { describe, expect, it } from 'vitest';
import { ApiError } from '@main/features/apiError';
import { plainKeyVault, safeStorageKeyVault } from '@main/platform/keyVault';
import { standInSafeStorage } from '../app/electron-stand-in-app';

const SECRET = '{"kty":"EC","d":"geheim"}';

describe('round private keys at rest', () => {
  it('are encrypted with the OS keystore when it is available, and read back', () => {
    const vault = safeStorageKeyVault(standInSafeStorage(true));
    const stored = vault.protect(SECRET);
    expect(stored.scheme).toBe('safeStorage');
    expect(stored.data).not.toContain('geheim');
    expect(vault.reveal(stored)).toBe(SECRET);
  });

  it('fall back to plain storage where no keystore is available (and say so in the scheme)', () => {
    const vault = safeStorageKeyVault(standInSafeStorage(false));
    const stored = vault.protect(SECRET);
    expect(stored).toEqual({ scheme: 'plain', data: SECRET });
    expect(vault.reveal(stored)).toBe(SECRET);
  });

  it('refuse with a code when the keystore cannot decrypt, or browser mode meets a protected key', () => {
    const vault = safeStorageKeyVault(standInSafeStorage(true));
    const codeOf = (reveal: () => unknown) => {
      try {
        reveal();
      } catch (error) {
        return error instanceof ApiError ? error.payload : error;
      }
      return null;
    };
    expect(codeOf(() => vault.reveal({ scheme: 'safeStorage', data: Buffer.from('iets anders').toString('base64') }))).toEqual({
      code: 'round-key-unreadable',
      params: {},
    });
    expect(codeOf(() => plainKeyVault.reveal({ scheme: 'safeStorage', data: 'x' }))).toEqual({ code: 'round-key-desktop-only', params: {} });
  });
});
