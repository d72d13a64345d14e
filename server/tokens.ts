/**
 * Per-user tokens: 256 random bits, shown once when issued, stored only as their SHA-256. A
 * token that random needs no slow hash: nobody can guess one, and the hash alone, if the
 * store leaked, does not let anyone connect.
 */
import { createHash, randomBytes } from 'node:crypto';

export function newToken(): string {
  return `pct_${randomBytes(32).toString('base64url')}`;
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

export function sha256Hex(data: Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}
