/**
 * Bytes -> text. Order of evidence: a byte-order mark, then valid UTF-8, then a charset the
 * HTML declares, then chardet, and Windows-1252 last (a superset of ISO-8859-1's printable
 * range, so French accents and curly quotes from old Word files come out right).
 */
import chardet from 'chardet';
import iconv from 'iconv-lite';

export interface DecodedText {
  text: string;
  /** The encoding that was used, e.g. `utf-8`, `utf-16le`, `windows-1252`. */
  encoding: string;
}

/** Legacy encodings whose guess we trust over the Western default: other scripts, and UTF-16. */
const TRUSTED_GUESSES = new Set([
  'UTF-16LE',
  'UTF-16BE',
  'windows-1251',
  'KOI8-R',
  'ISO-8859-5',
  'ISO-8859-7',
  'ISO-8859-8',
  'windows-1253',
  'windows-1255',
  'windows-1256',
  'Shift_JIS',
  'EUC-JP',
  'EUC-KR',
  'GB18030',
  'Big5',
]);

export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: iconv.decode(bytes.subarray(2), 'utf-16le'), encoding: 'utf-16le' };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: iconv.decode(bytes.subarray(2), 'utf-16be'), encoding: 'utf-16be' };
  }
  const utf16 = guessBomlessUtf16(bytes);
  if (utf16) return { text: iconv.decode(bytes, utf16), encoding: utf16 };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // Not UTF-8: a legacy single-byte encoding, most likely.
  }
  const declared = declaredCharset(bytes);
  if (declared && !/^utf-?8$/i.test(declared) && iconv.encodingExists(declared)) {
    return { text: iconv.decode(bytes, declared), encoding: declared.toLowerCase() };
  }
  const guess = chardet.analyse(bytes.subarray(0, 64 * 1024))[0];
  if (guess && TRUSTED_GUESSES.has(guess.name) && guess.confidence >= 50 && iconv.encodingExists(guess.name)) {
    return { text: iconv.decode(bytes, guess.name), encoding: guess.name.toLowerCase() };
  }
  return { text: iconv.decode(bytes, 'windows-1252'), encoding: 'windows-1252' };
}

/**
 * Text with the stray control characters a text file can carry taken out, once it is known
 * not to be a binary (see sniff.ts `looksBinary`, which counts them): a NUL is dropped (a
 * stray one, from a broken editor or a bad copy, sits inside a word as often as between two),
 * other control characters become spaces. Tabs, line and page breaks stay. Otherwise a NUL cut
 * the paragraph it sat in short.
 */
export function withoutControlCharacters(text: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what is removed
  return text.replace(/\u0000/g, '').replace(/[\u0001-\u0008\u000b\u000e-\u001f\u007f-\u009f]/g, ' ');
}

/** UTF-16 without a BOM shows as a NUL in every other byte of ASCII text. */
function guessBomlessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 8) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul > pairs * 0.4 && evenNul < pairs * 0.05) return 'utf-16le';
  if (evenNul > pairs * 0.4 && oddNul < pairs * 0.05) return 'utf-16be';
  return null;
}

/** `<meta charset="…">` or `content="text/html; charset=…"` in the first bytes of an HTML file. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = iconv.decode(bytes.subarray(0, 2048), 'latin1');
  const match = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return match?.[1] ?? null;
}
