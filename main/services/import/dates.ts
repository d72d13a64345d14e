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
/** The first day of a range: "20–", "11 et ", "3 and ", "24-". */
const RANGE_START = '(?:(\\d{1,2})(?:st|nd|rd|th|er)?\\s*(?:[-–—]|\\s(?:and|et|au|to)\\s)\\s*)?';
const WEEKDAY =
  '(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche),?\\s+)';

const PATTERNS: Array<{ re: RegExp; order: 'mdy' | 'dmy' | 'ymd' | 'numeric' }> = [
  { re: new RegExp(`(?<![\\p{L}\\d])${MONTH}\\s+${RANGE_START}${DAY},?\\s+${YEAR}(?!\\d)`, 'iu'), order: 'mdy' },
  { re: new RegExp(`(?<![\\p{L}\\d])${RANGE_START}${DAY}\\s+${MONTH},?\\s+${YEAR}(?!\\d)`, 'iu'), order: 'dmy' },
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

function monthOf(name: string): number {
  return MONTHS[name.toLowerCase()] ?? 0;
}

/**
 * The first date in `text`, or null. A range ("20–22 May 2025", "11 et 12 septembre 2025")
 * counts as its last day, the day a meeting's text is adopted.
 */
export function findDate(text: string): FoundDate | null {
  let best: FoundDate | null = null;
  for (const { re, order } of PATTERNS) {
    const m = re.exec(text);
    if (!m || (best && best.index <= m.index)) continue;
    let value: string | null;
    if (order === 'mdy') value = iso(Number(m[4]), monthOf(m[1] ?? ''), Number(m[3]));
    else if (order === 'dmy') value = iso(Number(m[4]), monthOf(m[3] ?? ''), Number(m[2]));
    else if (order === 'ymd') value = iso(Number(m[1]), Number(m[2]), Number(m[3]));
    else {
      const [a, b, c] = [Number(m[1]), Number(m[2]), Number(m[3])];
      // Day first, as in French and most of the world, unless that cannot be.
      value = b > 12 ? iso(c, a, b) : iso(c, b, a);
    }
    if (value) best = { iso: value, index: m.index, length: m[0].length, words: m[0].split(/\s+/).length };
  }
  return best;
}

/** All dates in `text`, in order. */
export function findDates(text: string): FoundDate[] {
  const out: FoundDate[] = [];
  let offset = 0;
  while (offset < text.length && out.length < 20) {
    const found = findDate(text.slice(offset));
    if (!found) break;
    out.push({ ...found, index: found.index + offset });
    offset += found.index + found.length;
  }
  return out;
}

export interface YearlessDate {
  month: number;
  day: number;
  index: number;
  length: number;
}

const YEARLESS: RegExp[] = [
  new RegExp(`(?<![\\p{L}\\d])${WEEKDAY}?${MONTH}\\s+${DAY}(?![\\d,]*\\s*\\d{4})(?!\\d)`, 'iu'),
  new RegExp(`(?<![\\p{L}\\d])${WEEKDAY}?${DAY}\\s+${MONTH}(?!\\s*,?\\s*\\d{4})(?![\\p{L}])`, 'iu'),
];

/**
 * A day and month without a year, as a wire dateline ("OTTAWA, March 6") or a news lead
 * ("samedi 8 novembre") writes it; `resolveYear` dates it from the page's own date.
 */
export function findYearlessDate(text: string): YearlessDate | null {
  let best: YearlessDate | null = null;
  for (const [i, re] of YEARLESS.entries()) {
    const m = re.exec(text);
    if (!m || (best && best.index <= m.index)) continue;
    const month = monthOf((i === 0 ? m[1] : m[2]) ?? '');
    const day = Number(i === 0 ? m[2] : m[1]);
    // "may 5" in prose is usually the verb: only the capitalized month counts.
    if (/^may$/i.test((i === 0 ? m[1] : m[2]) ?? '') && !/^May$/.test((i === 0 ? m[1] : m[2]) ?? '')) continue;
    if (month < 1 || day < 1 || day > 31) continue;
    best = { month, day, index: m.index, length: m[0].length };
  }
  return best;
}

/** The yearless date's ISO date: the latest one not after `reference` (within a year before it). */
export function resolveYear(date: Pick<YearlessDate, 'month' | 'day'>, reference: string): string | null {
  const year = Number(reference.slice(0, 4));
  const same = iso(year, date.month, date.day);
  if (same && same <= reference) return same;
  return iso(year - 1, date.month, date.day);
}

/** "(30.09.25)", "30.09.25": a day, month and two-digit year, as some ministries stamp titles. */
export function findShortDate(text: string): FoundDate | null {
  const m = /(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{2})(?![\d.])/.exec(text);
  if (!m) return null;
  const value = iso(2000 + Number(m[3]), Number(m[2]), Number(m[1]));
  return value ? { iso: value, index: m.index, length: m[0].length, words: 1 } : null;
}
