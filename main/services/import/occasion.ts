/**
 * Where and when a text says it was made, in its own words rather than in a dateline:
 *
 *   closing line   "Done at Halifax, Canada, on 3 May 2025, in English and French.",
 *                  « Fait à Namur, le 3 mai 2025, en deux exemplaires originaux. »
 *   opening        "We, the ministers …, meeting in Halifax on 3 May 2025,",
 *                  "The Ministers … met in Halifax on …", « Réunis à Namur le 3 mai, les ministres … »,
 *                  « … se sont réunis en session ordinaire à Namur »
 *
 * A closing line is the text's own signature: it beats the page's dates. The opening's place
 * is weaker evidence (the text may recall an earlier meeting), so it only fills a gap; its date
 * counts only when it is the meeting's own ("met in X on D").
 */
import { isPlace } from './dateline.ts';
import { findDate } from './dates.ts';

export interface Occasion {
  place: string | null;
  date: string | null;
}

const CLOSING =
  /^(?:done|signed|adopted|issued|made)\s+(?:at|in)\s+(.+)$|^(?:fait|faite|signée?s?|adoptée?s?)\s+à\s+(.+)$/iu;

/** The place and date of a closing "Done at X on D" / « Fait à X, le D » line, or null. */
export function closingOccasion(text: string): Occasion | null {
  const m = CLOSING.exec(text.trim());
  if (!m) return null;
  const rest = (m[1] ?? m[2] ?? '').trim();
  const date = findDate(rest);
  // "Done at Halifax, Canada, on 3 May 2025": the place is what comes before the date.
  const before = rest
    .slice(0, date ? date.index : rest.length)
    .replace(/[,\s]*(?:on|this|the|le|ce)?\s*$/i, '')
    .trim();
  const first = before.split(/\s*,\s*/)[0] ?? '';
  const place = isPlace(first) ? first : null;
  if (!place && !date) return null;
  return { place, date: date?.iso ?? null };
}

/** "meeting in X", "met in X", "réunis à X", "se sont réunis en session extraordinaire à X". */
const MEETING_EN =
  /(?<![\p{L}])(?:[Mm]eeting|[Mm]et|[Gg]athered|[Cc]onvened|[Aa]ssembled|[Mm]eet)\s+(?:here\s+)?(?:in|at)\s+(\p{Lu}[\p{L}'’-]+(?:[ -]\p{Lu}[\p{L}'’-]+){0,3})/u;
const MEETING_FR =
  /(?<![\p{L}])(?:[Rr]éuni(?:e|s|es)?|[Rr]assemblée?s?)\s+(?:[\p{Ll}\p{M}'’]+\s+){0,4}?à\s+(\p{Lu}[\p{L}'’-]+(?:[ -]\p{Lu}[\p{L}'’-]+){0,3})/u;

/** The place the opening says the authors met in, or null. Only the first sentence counts. */
export function meetingPlace(text: string): string | null {
  return meeting(text)?.place ?? null;
}

/** The opening's meeting: its place, and its date when it follows the place ("met in X on D"). */
function meeting(text: string): Occasion | null {
  const sentence = /^[^.!?]*/.exec(text)?.[0] ?? '';
  const m = MEETING_EN.exec(sentence) ?? MEETING_FR.exec(sentence);
  const place = m?.[1]?.trim() ?? null;
  if (!m || !place || !isPlace(place)) return null;
  // "met in Wellington on 28 November 2025", « réunis à Dakar le 4 mai 2025 », "…, Barbados, on 4 July 2025".
  const after = sentence.slice(m.index + m[0].length);
  const on = /^(?:,\s*\p{Lu}[\p{L}'’ -]{1,30})?,?\s+(?:on|le|les)\s+/u.exec(after);
  const date = on ? findDate(after.slice(on[0].length, on[0].length + 40)) : null;
  return { place, date: date && date.index === 0 ? date.iso : null };
}

/**
 * What the text itself says about where and when it was made: the last closing line among its
 * final paragraphs, then the opening's meeting place.
 */
export function textOccasion(paragraphs: readonly string[]): Occasion & { closingPlace: string | null } {
  let closing: Occasion | null = null;
  for (const text of paragraphs.slice(-3)) closing = closingOccasion(text) ?? closing;
  const opening = paragraphs
    .slice(0, 2)
    .map(meeting)
    .find((m): m is Occasion => m !== null);
  return {
    closingPlace: closing?.place ?? null,
    place: closing?.place ?? opening?.place ?? null,
    date: closing?.date ?? opening?.date ?? null,
  };
}
