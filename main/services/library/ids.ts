import { randomBytes } from 'node:crypto';

const ALPHABET = 'abcdefghijkmnpqrstuvwxyz23456789';

/**
 * A short random id that is easy to type in the CLI: starts with a letter (never looks like
 * a flag), no look-alike characters. 10 characters of 32 symbols: 50 bits, plenty for a library.
 */
export function newId(prefix = ''): string {
  const bytes = randomBytes(10);
  let id = prefix;
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i] ?? 0;
    id += i === 0 ? (ALPHABET[byte % 24] ?? 'a') : (ALPHABET[byte % 32] ?? 'a');
  }
  return id;
}
