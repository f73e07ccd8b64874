/**
 * The plain constants of the exchange formats (spec §1–§3), free of zod, so that the respondent form
 * (which must stay ≤ 150 KB) can use the response encryption without bundling the schemas.
 * formats.ts re-exports all of them.
 */
export const RATER_GROUPS = ['leidinggevende', 'collega', 'medewerker', 'extern', 'bestuurlijk'] as const;
export type RaterGroup = (typeof RATER_GROUPS)[number];

export const INVITATION_FORMAT = 'ambtelijk-kompas/uitnodiging';
export const RESPONSE_FORMAT = 'ambtelijk-kompas/antwoord';
export const RESPONSE_INFO = 'ambtelijk-kompas/antwoord/v1';

export const RESPONSE_MAX_BYTES = 256 * 1024;

/** Whether a response file of `bytes` bytes is larger than a response can be (spec §3): refused unread. */
export function responseTooLarge(bytes: number): boolean {
  return bytes > RESPONSE_MAX_BYTES;
}
