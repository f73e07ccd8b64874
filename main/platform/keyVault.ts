/**
 * Keeps a round's private key at rest: encrypted with the OS keystore (Electron safeStorage) where
 * available; in browser mode stored as is, in the data folder (the README says so).
 */
import type { StoredPrivateKey } from '@shared/features/feedback/schemas';
import { ApiError } from '../features/apiError';

export interface KeyVault {
  protect(secret: string): StoredPrivateKey;
  reveal(stored: StoredPrivateKey): string;
}

/** The part of Electron's safeStorage we use. */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  encryptString(plainText: string): Buffer;
  decryptString(encrypted: Buffer): string;
}

export const plainKeyVault: KeyVault = {
  protect: (secret) => ({ scheme: 'plain', data: secret }),
  reveal: (stored) => {
    if (stored.scheme !== 'plain') {
      throw new ApiError('round-key-desktop-only');
    }
    return stored.data;
  },
};

export function safeStorageKeyVault(safeStorage: SafeStorageLike): KeyVault {
  return {
    protect: (secret) =>
      safeStorage.isEncryptionAvailable()
        ? { scheme: 'safeStorage', data: safeStorage.encryptString(secret).toString('base64') }
        : { scheme: 'plain', data: secret },
    reveal: (stored) => {
      if (stored.scheme === 'plain') return stored.data;
      try {
        return safeStorage.decryptString(Buffer.from(stored.data, 'base64'));
      } catch {
        throw new ApiError('round-key-unreadable');
      }
    },
  };
}
