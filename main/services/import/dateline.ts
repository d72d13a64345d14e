/**
 * Datelines: the line that says when and where a text was issued, and sometimes by whom.
 *
 *   date first   "March 3, 2025 – Halifax, Nova Scotia – Fisheries and Oceans Canada",
 *                "April 27, 2025 | Ottawa, Ontario", "Le 11 février 2025 – Ottawa (Ontario)"
 *   place first  "Paris, le 26 septembre 2024 —", "Brussels, 17 March 2025 (OR. en)",
 *                "Adopted at Montréal, 29 April 2025", "Meeting of X — Cape Town, 11 and 12 May 2025"
 *   wire         "OTTAWA, March 6 (Agency) - text…", "QUÉBEC, le 8 juillet 2025 /CNW/ – text…"
 *
 * A wire dateline may omit the year ("March 6"): `yearless` then holds the day, and the
 * caller dates it from the page. Text after the dateline on the same line is `rest`, the start
 * of the first paragraph.
 */
import { wordCount } from './cruft.ts';
import { findDate, findYearlessDate } from './dates.ts';
import type { YearlessDate } from './dates.ts';

export interface Dateline {
  /** ISO date, or null for a wire dateline without a year. */
  date: string | null;
  yearless: Pick<YearlessDate, 'month' | 'day'> | null;
  place: string | null;
  issuer: string | null;
  /** The news agency a wire dateline names ("(Capital Wire)", "/CNW/"). */
  agency: string | null;
  /** Text after the dateline on the same line: the start of the first paragraph. */
  rest: string | null;
  wire: boolean;
}

const SEPARATOR = /\s+[–—|]\s+|\s+-\s+|\s*[–—]\s*/;
/** Words that may introduce a place: "Adopted at Montréal, 29 April 2025". */
const PLACE_INTRO =
  /^(?:(?:adopted|done|issued|signed|made|delivered|given)\s+(?:at|in)|fait\s+à|adoptée?s?\s+à|signée?s?\s+à|publiée?\s+à)\s+/i;

const WEEKDAY =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)$/i;

/** "OTTAWA" -> "Ottawa"; mixed case is left alone. */
function titleCase(place: string): string {
  if (place !== place.toUpperCase()) return place;
  return (
    place
      .toLowerCase()
      .replace(/(^|[\s(,'’-])(\p{L})/gu, (_, p: string, c: string) => p + c.toUpperCase())
      // A province or state code stays in capitals: "Saskatoon, SK".
      .replace(/, (\p{L}{2})$/u, (_, code: string) => `, ${code.toUpperCase()}`)
  );
}

/** A place name: a few capitalized words, perhaps with a region ("Ottawa (Ontario)", "Halifax, Nova Scotia"). */
const NOT_PLACE =
  /^(?:published|updated|posted|modified|issued|released|last|first|date|dated|publié|publiée|mis|modifié|modifiée|dernière|diffusé|resolution|résolution|décision|decision)(?![\p{L}])/iu;

export function isPlace(text: string): boolean {
  // "Washington, D.C.", "St. John's": the stops of an abbreviation are part of the name.
  const bare = text
    .replace(/\([^)]*\)/g, '')
    .replace(/(?<![\p{L}])(?:\p{Lu}\.){1,3}|(?<![\p{L}])(?:St|Ste|Mt)\./gu, (m) => m.replace(/\./g, ''))
    .trim();
  if (NOT_PLACE.test(bare)) return false;
  return (
    bare !== '' &&
    wordCount(bare) <= 5 &&
    /^\p{Lu}/u.test(bare) &&
    !/[.!?:;"“”«»\d]/.test(bare) &&
    bare
      .split(/\s+/)
      .filter(
        (w) => /^\p{Ll}/u.test(w) && !/^(de|du|des|la|le|les|en|sur|of|the|and|et|d['’]\p{L}+|l['’]\p{L}+)$/iu.test(w),
      ).length === 0
  );
}

/**
 * "OTTAWA, March 6 (Agency) - text", "PARIS (AFP) — text", "QUÉBEC, le 8 juillet 2025 /CNW/ – text",
 * "TROMSØ, Norway — text".
 */
function parseWire(text: string): Dateline | null {
  // The place, in capitals, perhaps with a region code: "OTTAWA", "SASKATOON, SK".
  const head = /^(\p{Lu}[\p{Lu}\p{M}'’.-]*(?: \p{Lu}[\p{Lu}\p{M}'’.-]*){0,3})(, \p{Lu}{2}\b)?/u.exec(text);
  if (!head || (head[1] as string).replace(/[^\p{L}]/gu, '').length < 3) return null;
  let rest = text.slice(head[0].length);
  let when = '';
  let agency: string | null = null;
  let region = '';
  const date = /^,\s*((?:le\s+)?[^()/–—]{3,40}?)(?=\s*(?:\(|\/|[-–—]{1,2}\s))/iu.exec(rest);
  if (date) {
    when = (date[1] as string).replace(/^le\s+/i, '').trim();
    rest = rest.slice(date[0].length);
    // "LIMA, Peru (Agency) —": a country or region after the city, no date.
    if (!findDate(when) && !findYearlessDate(when) && isPlace(when) && !WEEKDAY.test(when)) {
      region = `, ${when}`;
      when = '';
    }
  }
  const source = /^\s*(?:\((\p{Lu}[^)]{1,40})\)|\/(\p{Lu}[^/]{1,20})\/)/u.exec(rest);
  if (source) {
    agency = (source[1] ?? source[2] ?? '').trim() || null;
    rest = rest.slice(source[0].length);
  }
  const dash = /^\s*[-–—]{1,2}\s+(\S[\s\S]*)$/.exec(rest);
  if (!dash) return null;
  const found = when ? findDate(when) : null;
  const yearless = when && !found ? findYearlessDate(when) : null;
  if (when && !found && !yearless) return null;
  // "TROMSØ, Norway — text": a capitalized place, its country or region, a dash; no date, no agency.
  const placeOnly = region !== '' && /^\s*[–—]/.test(rest);
  if (!agency && !found && !yearless && !placeOnly) return null;
  return {
    date: found?.iso ?? null,
    yearless: yearless ? { month: yearless.month, day: yearless.day } : null,
    place: titleCase(head[0]) + region,
    issuer: null,
    agency,
    rest: (dash[1] as string).trim() || null,
    wire: true,
  };
}

/** A dateline at the start of a block, or null. */
export function parseDateline(text: string): Dateline | null {
  const wire = parseWire(text);
  if (wire) return wire;
  const found = findDate(text);
  if (!found || found.index > 120) return null;
  const before = text.slice(0, found.index).trim();
  const after = text.slice(found.index + found.length).trim();
  const base = { yearless: null, agency: null, wire: false };
  if (before === '' || /^(le|on|the|published|publié le|dated?)$/i.test(before) || /^\p{L}+day,?$/iu.test(before)) {
    // Date first: "DATE – Place – Issuer", where every part is short.
    if (!/^[–—|-]/.test(after)) return null;
    const parts = after
      .replace(/^(?:[–—|]|-{1,2})\s*/, '')
      .split(SEPARATOR)
      .map((p) => p.trim())
      .filter(Boolean);
    let rest: string | null = null;
    const last = parts.at(-1);
    if (last && wordCount(last) > 10) {
      rest = last;
      parts.pop();
    }
    if (parts.some((p) => wordCount(p) > 8 || !/^\p{Lu}/u.test(p) || /\d/.test(p))) return null;
    if (parts[0] !== undefined && !isPlace(parts[0])) return null;
    return {
      ...base,
      date: found.iso,
      place: parts[0] ?? null,
      issuer: parts.length > 1 ? (parts.at(-1) ?? null) : null,
      rest,
    };
  }
  // Place first: "Ottawa, Ontario, September 26, 2024 –" or "Paris, le 26 septembre 2024 —".
  let place = before
    .replace(PLACE_INTRO, '')
    // "Elysée – Mardi 24 octobre 2017": the weekday belongs to the date.
    .replace(
      /(?:\s*[,–—|-]\s*|\s+)(?:le\s+|on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche),?$/i,
      '',
    )
    .replace(/\s*[–—|-]+$/, '')
    .replace(/,?\s*(le|on|the)?$/i, '')
    .replace(/,$/, '')
    .trim();
  // "Meeting of the ministers — Cape Town": the place is the last part.
  const parts = place.split(/\s+[–—|]\s+|\s+-\s+/);
  if (parts.length > 1) place = (parts.at(-1) as string).trim();
  if (!isPlace(place)) return null;
  // After the date: nothing, a note in brackets ("(OR. en)"), or a separator and the text.
  const tail = after
    .replace(/^\([^)]{1,20}\)\s*/, '')
    // "Brussels, 03/11/2025 – 14:20 — Reference: 251103_7": the hour and the page's reference.
    .replace(/^(?:[,–—|-]\s*)?(?:à\s+|at\s+)?\d{1,2}\s?[:h]\s?\d{2}(?:\s?(?:[ap]\.?m\.?|UTC|GMT|CET|CEST))?\s*/i, '')
    .replace(/^(?:[,–—|-]\s*)?(?:\p{L}+\s?){1,3}(?:ID|id)?\s?:\s*[\w./-]{1,20}$/u, '')
    .trim();
  if (tail !== '' && !/^[–—|:-]/.test(tail)) return null;
  const rest = tail.replace(/^(?:[–—|:]|-{1,2})\s*/, '').trim();
  return { ...base, date: found.iso, place: titleCase(place), issuer: null, rest: rest === '' ? null : rest };
}
