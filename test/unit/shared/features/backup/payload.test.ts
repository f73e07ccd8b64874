import { describe, expect, it } from 'vitest';
import { backupPayloadSchema, latestStamp, payloadIsNewer } from '@shared/features/backup/payload';

const ID = '0f8fad5b-d9cb-469f-a165-70867728950e';
const OTHER = '7c9e6679-7425-40de-944b-e07fc1f90ae7';
const doc = (kind: string, id: string | null = null) => ({ kind, id, document: { schemaVersion: 1 } });
const base = { payloadVersion: 1, createdAt: '2026-01-01T10:00:00.000Z' };

describe('the backup payload', () => {
  it('takes one profile without settings for scope profile, and settings for scope all', () => {
    expect(backupPayloadSchema.safeParse({ ...base, scope: 'profile', settings: null, profiles: [{ id: ID, documents: [doc('profile')] }] }).success).toBe(true);
    expect(backupPayloadSchema.safeParse({ ...base, scope: 'all', settings: { language: 'en' }, profiles: [] }).success).toBe(true);
    expect(backupPayloadSchema.safeParse({ ...base, scope: 'all', settings: { language: 'nl', coachMode: true }, profiles: [] }).success).toBe(true);
  });

  it('refuses a scope that does not match its content, twice the same profile or document, and unknown fields', () => {
    const profile = { id: ID, documents: [doc('profile')] };
    expect(backupPayloadSchema.safeParse({ ...base, scope: 'profile', settings: null, profiles: [] }).success).toBe(false);
    expect(backupPayloadSchema.safeParse({ ...base, scope: 'profile', settings: { language: 'nl' }, profiles: [profile] }).success).toBe(false);
    expect(backupPayloadSchema.safeParse({ ...base, scope: 'all', settings: null, profiles: [profile] }).success).toBe(false);
    expect(backupPayloadSchema.safeParse({ ...base, scope: 'all', settings: { language: 'nl' }, profiles: [profile, profile] }).success).toBe(false);
    expect(
      backupPayloadSchema.safeParse({ ...base, scope: 'profile', settings: null, profiles: [{ id: ID, documents: [doc('rounds', OTHER), doc('rounds', OTHER)] }] }).success,
    ).toBe(false);
    expect(backupPayloadSchema.safeParse({ ...base, scope: 'all', settings: { language: 'nl' }, profiles: [], extra: 1 }).success).toBe(false);
  });

  it('tells a newer payload version from a damaged one', () => {
    expect(payloadIsNewer({ payloadVersion: 2 })).toBe(true);
    expect(payloadIsNewer({ payloadVersion: 1 })).toBe(false);
    expect(payloadIsNewer({ payloadVersion: '2' })).toBe(false);
    expect(payloadIsNewer(null)).toBe(false);
  });
});

describe('the last change of a document', () => {
  it('is the latest ISO time stamp in any …At field, at any depth', () => {
    const document = {
      createdAt: '2025-01-01T10:00:00.000Z',
      assessments: [{ createdAt: '2025-06-01T10:00:00.000Z' }, { createdAt: '2025-03-01T10:00:00+02:00' }],
      round: { closedAt: '2025-07-01T08:00:00.000Z', note: '2030-01-01T00:00:00.000Z' },
      updatedAt: 'not a time',
    };
    expect(latestStamp(document)).toBe('2025-07-01T08:00:00.000Z');
    expect(latestStamp({ name: 'x' })).toBeNull();
  });
});
