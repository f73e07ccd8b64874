/**
 * Decrypting response files (spec §2) with node:crypto: ECDH P-256 with the round's private key,
 * HKDF-SHA-256 (salt = roundId, info = "ambtelijk-kompas/antwoord/v1"), AES-256-GCM with the roundId
 * as additional data. The same construction as the form's WebCrypto code
 * (shared/features/exchange/responseCrypto.ts), synchronous and about three times faster in this
 * process (`npm run bench`), which is what an import of thousands of files needs.
 */
import { createDecipheriv, createECDH, hkdfSync } from 'node:crypto';
import { RESPONSE_INFO, type ResponseFile } from '@shared/features/exchange/formats';

const IV_BYTES = 12;
const TAG_BYTES = 16;
const INFO = Buffer.from(RESPONSE_INFO, 'utf8');
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Decrypts one (schema-checked) file: its plaintext, or null when it cannot be decrypted. */
export type ResponseDecryptor = (file: ResponseFile) => string | null;

/** A decryptor for one round, from its private key as JWK (the key is set up once). */
export function responseDecryptor(privateJwk: JsonWebKey): ResponseDecryptor {
  if (privateJwk.kty !== 'EC' || privateJwk.crv !== 'P-256' || !privateJwk.d) throw new Error('not a P-256 private key');
  const ecdh = createECDH('prime256v1');
  ecdh.setPrivateKey(Buffer.from(privateJwk.d, 'base64url'));
  return (file) => {
    const iv = Buffer.from(file.iv, 'base64url');
    const ct = Buffer.from(file.ct, 'base64url');
    if (iv.length !== IV_BYTES || ct.length < TAG_BYTES) return null;
    try {
      // The ephemeral public key as an uncompressed point; OpenSSL refuses a point not on the curve.
      const point = Buffer.concat([Buffer.of(4), Buffer.from(file.epk.x, 'base64url'), Buffer.from(file.epk.y, 'base64url')]);
      const shared = ecdh.computeSecret(point);
      const roundId = Buffer.from(file.roundId, 'utf8');
      const key = Buffer.from(hkdfSync('sha256', shared, roundId, INFO, 32));
      const decipher = createDecipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
      decipher.setAAD(roundId);
      decipher.setAuthTag(ct.subarray(ct.length - TAG_BYTES));
      const plain = Buffer.concat([decipher.update(ct.subarray(0, ct.length - TAG_BYTES)), decipher.final()]);
      return utf8.decode(plain);
    } catch {
      return null;
    }
  };
}
