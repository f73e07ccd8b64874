/** Encrypting the answer for the round's public key and letting the browser save it as a file. */
import { responseTooLarge } from '@shared/features/exchange/formatConstants';
import { encryptResponse, responseFileName, serializeResponseFile } from '@shared/features/exchange/responseCrypto';
import type { ValidInvitation } from './invitation';

/** True when this browser offers what saving needs (a secure context with WebCrypto). */
export function canEncrypt(): boolean {
  const c = globalThis.crypto as Crypto | undefined;
  return c !== undefined && typeof c.randomUUID === 'function' && c.subtle !== undefined;
}

/** Hands a text to the browser as a download; the link is never shown. */
export function downloadText(text: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Some browsers read the blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * The text of the response file for this payload JSON: encrypted for the round, padded to its bucket
 * (spec §2) so that its length says nothing about the answer within the bucket. A new key every time.
 */
export async function responseFileText(payloadJson: string, invitation: ValidInvitation): Promise<string> {
  const file = await encryptResponse(payloadJson, invitation.roundId, invitation.publicKey);
  const text = serializeResponseFile(file);
  if (responseTooLarge(new TextEncoder().encode(text).length)) throw new Error('response too large');
  return text;
}

/** Encrypts the payload JSON and saves it as a new file; returns the file name. */
export async function saveResponse(payloadJson: string, invitation: ValidInvitation): Promise<string> {
  const text = await responseFileText(payloadJson, invitation);
  const fileName = responseFileName();
  downloadText(text, fileName);
  return fileName;
}
