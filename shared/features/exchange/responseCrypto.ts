/**
 * Response encryption of spec §2 with WebCrypto only (the respondent's browser and Node alike):
 * ephemeral ECDH P-256 → HKDF-SHA-256 (salt = roundId, info = "ambtelijk-kompas/antwoord/v1")
 * → AES-GCM-256 with a 12-byte IV and the roundId as additional data. The plaintext is padded to
 * its bucket (padding.ts) before encryption, so every writer pads the same way.
 */
import { decodeBase64url, encodeBase64url } from './base64url';
import { RESPONSE_FORMAT, RESPONSE_INFO } from './formatConstants';
import type { PublicJwk, ResponseFile } from './formats';
import { padPlaintext } from './padding';

const subtle = (): SubtleCrypto => globalThis.crypto.subtle;
const utf8 = new TextEncoder();
const ECDH = { name: 'ECDH', namedCurve: 'P-256' } as const;

function publicPart(jwk: JsonWebKey): PublicJwk {
  return { kty: 'EC', crv: 'P-256', x: jwk.x ?? '', y: jwk.y ?? '' };
}

export interface RoundKeyPair {
  readonly publicKey: PublicJwk;
  readonly privateKey: JsonWebKey;
}

export async function generateRoundKeyPair(): Promise<RoundKeyPair> {
  const pair = await subtle().generateKey(ECDH, true, ['deriveBits']);
  const privateKey = await subtle().exportKey('jwk', pair.privateKey);
  return { publicKey: publicPart(await subtle().exportKey('jwk', pair.publicKey)), privateKey };
}

/** Imports a round's private key once, for decrypting many responses. */
export function importRoundPrivateKey(jwk: JsonWebKey): Promise<CryptoKey> {
  const { kty, crv, x, y, d } = jwk;
  return subtle().importKey('jwk', { kty, crv, x, y, d }, ECDH, false, ['deriveBits']);
}

async function aesKey(sharedSecret: ArrayBuffer, roundId: string, usage: KeyUsage): Promise<CryptoKey> {
  const ikm = await subtle().importKey('raw', sharedSecret, 'HKDF', false, ['deriveKey']);
  return subtle().deriveKey(
    { name: 'HKDF', hash: 'SHA-256', salt: utf8.encode(roundId), info: utf8.encode(RESPONSE_INFO) },
    ikm,
    { name: 'AES-GCM', length: 256 },
    false,
    [usage],
  );
}

/**
 * Encrypts a payload's JSON text for a round's public key, padded to its bucket, as the respondent form
 * does. The fields are in the spec's order and all of fixed length but `ct`, whose length follows from
 * the bucket alone: one bucket, one file size. Throws a RangeError past the largest bucket.
 */
export async function encryptResponse(payloadJson: string, roundId: string, roundPublicKey: PublicJwk): Promise<ResponseFile> {
  const plaintext = padPlaintext(payloadJson);
  const recipient = await subtle().importKey('jwk', roundPublicKey, ECDH, false, []);
  const ephemeral = await subtle().generateKey(ECDH, true, ['deriveBits']);
  const shared = await subtle().deriveBits({ name: 'ECDH', public: recipient }, ephemeral.privateKey, 256);
  const key = await aesKey(shared, roundId, 'encrypt');
  const iv = globalThis.crypto.getRandomValues(new Uint8Array(12));
  const ct = await subtle().encrypt({ name: 'AES-GCM', iv, additionalData: utf8.encode(roundId) }, key, plaintext);
  return {
    format: RESPONSE_FORMAT,
    version: 1,
    roundId,
    epk: publicPart(await subtle().exportKey('jwk', ephemeral.publicKey)),
    iv: encodeBase64url(iv),
    ct: encodeBase64url(new Uint8Array(ct)),
  };
}

/**
 * Decrypts a (schema-checked) response file with the round's private key. Returns the plaintext,
 * or null when it cannot be decrypted: tampered, or meant for another key or round.
 */
export async function decryptResponse(file: ResponseFile, roundPrivateKey: CryptoKey): Promise<string | null> {
  const iv = decodeBase64url(file.iv);
  const ct = decodeBase64url(file.ct);
  if (!iv || iv.length !== 12 || !ct || ct.length < 16) return null;
  try {
    const epk = await subtle().importKey('jwk', file.epk, ECDH, false, []);
    const shared = await subtle().deriveBits({ name: 'ECDH', public: epk }, roundPrivateKey, 256);
    const key = await aesKey(shared, file.roundId, 'decrypt');
    const plain = await subtle().decrypt({ name: 'AES-GCM', iv, additionalData: utf8.encode(file.roundId) }, key, ct);
    return new TextDecoder('utf-8', { fatal: true }).decode(plain);
  } catch {
    return null;
  }
}

/** `kompas-antwoord-<8 random hex>.json` */
export function responseFileName(): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(4));
  return `kompas-antwoord-${[...bytes].map((b) => b.toString(16).padStart(2, '0')).join('')}.json`;
}

/**
 * The text of a saved response file: compact JSON with the fields in the spec's order (§2), whatever
 * order the object was built in, so that files of one bucket have one size.
 */
export function serializeResponseFile(file: ResponseFile): string {
  const { format, version, roundId, epk, iv, ct } = file;
  return JSON.stringify({ format, version, roundId, epk: { kty: epk.kty, crv: epk.crv, x: epk.x, y: epk.y }, iv, ct });
}
