/**
 * Dates in English and French prose and page furniture: "September 26, 2024", "26 September
 * 2024", "Le 1er mai 2025", "26/09/2024", "2024-09-26". Returned as ISO `YYYY-MM-DD`.
 */

const MONTHS: Record<string, number> = {
  january: 1,
  jan: 1,
  janvier: 1,
  janv: 1,
  february: 2,
  feb: 2,
  février: 2,
  fevrier: 2,
  févr: 2,
  fevr: 2,
  march: 3,
  mar: 3,
  mars: 3,
  april: 4,
  apr: 4,
  avril: 4,
  avr: 4,
  may: 5,
  mai: 5,
  june: 6,
  jun: 6,
  juin: 6,
  july: 7,
  jul: 7,
  juillet: 7,
  juil: 7,
  august: 8,
  aug: 8,
  août: 8,
  aout: 8,
  september: 9,
  sep: 9,
  sept: 9,
  septembre: 9,
  october: 10,
  oct: 10,
  octobre: 10,
  november: 11,
  nov: 11,
  novembre: 11,
  december: 12,
  dec: 12,
  décembre: 12,
  decembre: 12,
  déc: 12,
};

const MONTH = `(${Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|')})\\.?`;
const DAY = '(\\d{1,2})(?:st|nd|rd|th|er)?';
const YEAR = '(\\d{4})';

const PATTERNS: Array<{ re: RegExp; order: 'mdy' | 'dmy' | 'ymd' | 'numeric' }> = [
  { re: new RegExp(`(?<![\\p{L}\\d])${MONTH}\\s+${DAY},?\\s+${YEAR}(?!\\d)`, 'iu'), order: 'mdy' },
  { re: new RegExp(`(?<![\\p{L}\\d])${DAY}\\s+${MONTH},?\\s+${YEAR}(?!\\d)`, 'iu'), order: 'dmy' },
  { re: /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/, order: 'ymd' },
  { re: /(?<![\d/.])(\d{1,2})[/.](\d{1,2})[/.](\d{4})(?![\d/.])/, order: 'numeric' },
];

export interface FoundDate {
  iso: string;
  index: number;
  length: number;
  /** Words the date spans, so callers can tell a bare date line from prose. */
  words: number;
}

function iso(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1800 || year > 2200) return null;
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCMonth() !== month - 1) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The first date in `text`, or null. */
export function findDate(text: string): FoundDate | null {
  let best: FoundDate | null = null;
  for (const { re, order } of PATTERNS) {
    const m = re.exec(text);
    if (!m || (best && best.index <= m.index)) continue;
    const [a = '', b = '', c = ''] = m.slice(1);
    const value =
      order === 'mdy'
        ? iso(Number(c), MONTHS[a.toLowerCase()] ?? 0, Number(b))
        : order === 'dmy'
          ? iso(Number(c), MONTHS[b.toLowerCase()] ?? 0, Number(a))
          : order === 'ymd'
            ? iso(Number(a), Number(b), Number(c))
            : // Day first, as in French and most of the world, unless that cannot be.
              Number(b) > 12
              ? iso(Number(c), Number(a), Number(b))
              : iso(Number(c), Number(b), Number(a));
    if (value) best = { iso: value, index: m.index, length: m[0].length, words: m[0].split(/\s+/).length };
  }
  return best;
}
