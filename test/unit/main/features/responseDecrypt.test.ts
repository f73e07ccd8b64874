/**
 * Main's node:crypto decryption (spec §2) against the spec vectors and against the form's own
 * WebCrypto encryption: the same construction, so every file one writes the other reads.
 */
import { describe, expect, it } from 'vitest';
import { encryptResponse, generateRoundKeyPair, decryptResponse, importRoundPrivateKey } from '@shared/features/exchange/responseCrypto';
import { responseFileSchema } from '@shared/features/exchange/formats';
import { responseDecryptor } from '@main/features/responseDecrypt';
import { vectorFiles, vectorPlaintexts, vectorRound } from '../../../fixtures/feedback';

const parse = (text: string) => responseFileSchema.parse(JSON.parse(text));

describe('responseDecryptor', () => {
  const decrypt = responseDecryptor(vectorRound().privateKey);

  it('opens every valid vector to its payload; the padded ones end in spaces up to their bucket', () => {
    const plaintexts = vectorPlaintexts();
    for (const file of vectorFiles().filter((f) => f.name.startsWith('valid-'))) {
      const plain = decrypt(parse(file.content));
      const name = file.name.replace(/\.json$/, '');
      expect(plain, name).not.toBeNull();
      expect(JSON.parse(plain!), name).toEqual(plaintexts[name]);
      if (name.startsWith('valid-padded-')) {
        expect([4096, 16384]).toContain(Buffer.byteLength(plain!));
        expect(plain!.trimEnd().length).toBeLessThan(plain!.length);
        expect(plain!.slice(plain!.trimEnd().length)).toMatch(/^ +$/);
      }
    }
  });

  it('opens nothing that was changed or meant for another key', () => {
    for (const name of ['refused-tampered.json', 'refused-other-leader.json']) {
      const file = vectorFiles().find((f) => f.name === name)!;
      expect(decrypt(parse(file.content)), name).toBeNull();
    }
  });

  it('reads what the form writes with WebCrypto, and agrees with WebCrypto on what it refuses', async () => {
    const keys = await generateRoundKeyPair();
    const roundId = '0f8fad5b-d9cb-469f-a165-70867728950e';
    const ours = responseDecryptor(keys.privateKey);
    const web = await importRoundPrivateKey(keys.privateKey);
    for (const text of ['{"a":1}', 'é€ in UTF-8', ' '.repeat(4096), '']) {
      // The form pads the text with spaces to its bucket (spec §2): both read exactly that back.
      const file = await encryptResponse(text, roundId, keys.publicKey);
      const plain = ours(file);
      expect(plain).toBe(await decryptResponse(file, web));
      expect(plain?.startsWith(text)).toBe(true);
      expect(plain?.slice(text.length).trim()).toBe('');
      const otherRound = { ...file, roundId: '3f0c9a7e-1b2d-4c5e-9f60-718293a4b5c6' };
      expect(ours(otherRound)).toBeNull();
      expect(await decryptResponse(otherRound, web)).toBeNull();
    }
  });

  it('refuses a key that is not a P-256 private key', () => {
    expect(() => responseDecryptor({ ...vectorRound().privateKey, d: undefined })).toThrow();
    expect(() => responseDecryptor({ ...vectorRound().privateKey, crv: 'P-384' })).toThrow();
  });
});
