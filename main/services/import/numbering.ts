/**
 * Printed paragraph numbers win. When a document numbers its own paragraphs ("1." … "14.",
 * list numbers in HTML or Word), each paragraph's label is the printed number and its text loses
 * it; lettered and roman sub-items cite as "4(a)" and "4(a)(ii)"; unnumbered bullets and
 * continuations after a numbered paragraph take its label; unnumbered paragraphs before the
 * first number (a preamble) are "PP1", "PP2", …. A document whose numbers are only a list here
 * and there keeps numbering by position (no labels).
 */

export type MarkerKind = 'number' | 'alpha' | 'roman';

export interface Marker {
  kind: MarkerKind;
  /** As printed, without brackets or dot, letters in lower case: "12", "a", "iv". */
  value: string;
  /** `i`, `v`, `x`… could be a letter or a roman numeral until the context says which. */
  ambiguous: boolean;
}

const ROMAN = /^(?:x{0,3})(?:ix|iv|v?i{0,3})$/;

function letterOrRoman(raw: string): Marker {
  const value = raw.toLowerCase();
  const roman = ROMAN.test(value) && value !== '';
  if (value.length === 1) return { kind: roman ? 'roman' : 'alpha', value, ambiguous: roman };
  return { kind: roman ? 'roman' : 'alpha', value, ambiguous: false };
}

/** A printed marker at the start of a paragraph's text, and the text after it. */
export function splitMarker(text: string): { marker: Marker; rest: string } | null {
  // "2.We will …" (a space lost in copying) counts too: a capital and a small letter follow the stop.
  // A paragraph inserted in a later draft keeps its neighbour's number: "6 bis.", "(6 ter)", "6A.".
  const inserted = /^\(?(\d{1,3})(?:\s?(bis|ter|quater|quinquies)|([A-H]))\s?[.)]\s+(?=\S)/.exec(text);
  if (inserted) {
    const value = `${Number(inserted[1])}${inserted[2] ? ` ${inserted[2]}` : inserted[3]}`;
    return { marker: { kind: 'number', value, ambiguous: false }, rest: text.slice(inserted[0].length) };
  }
  let m =
    /^(\d{1,3})[.)]\s+(?=\S)/.exec(text) ??
    /^\((\d{1,3})\)\s+(?=\S)/.exec(text) ??
    /^(\d{1,3})\.(?=\p{Lu}\p{Ll})/u.exec(text);
  if (m)
    return { marker: { kind: 'number', value: String(Number(m[1])), ambiguous: false }, rest: text.slice(m[0].length) };
  m =
    /^\(([a-z]{1,2}|[ivxl]{1,6})\)\s+(?=\S)/i.exec(text) ??
    /^([a-z]|[ivx]{2,5})\)\s+(?=\S)/.exec(text) ??
    // "a. text": a letter and a full stop, then a word in lower case (not an initial: "J. Smith").
    /^([a-z]|[ivx]{2,5})\.\s+(?=\p{Ll})/u.exec(text);
  if (m) return { marker: letterOrRoman(m[1] as string), rest: text.slice(m[0].length) };
  return null;
}

/** A paragraph or item marker printed alone: "1.", "(a)", "a)", "iv)", "(ii)", "12". */
const MARKER_ONLY = /^(?:\(?\d{1,3}[.)]|\d{1,3}|\([a-z]{1,2}\)|[a-z]\)|\([ivxl]{1,6}\)|[ivxl]{2,6}\))$/;

/**
 * A marker alone in its block, the text it numbers in the next one: a number in a table cell of
 * its own (`<td>1.</td><td>text</td>`), on its own line of a page dump, or in a `<p>` above its
 * paragraph. The marker becomes the printed marker of the text it opens, as a list's would.
 */
export function attachLoneMarkers<B extends { text: string; role: string; marker?: string }>(
  blocks: readonly B[],
): B[] {
  const out: B[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i] as B;
    const next = blocks[i + 1];
    if (
      next &&
      !b.marker &&
      b.role !== 'heading' &&
      MARKER_ONLY.test(b.text) &&
      !next.marker &&
      next.role !== 'caption' &&
      !MARKER_ONLY.test(next.text) &&
      !splitMarker(next.text)
    ) {
      out.push({ ...next, marker: b.text.replace(/[().\s]/g, '').toLowerCase() });
      i++;
      continue;
    }
    out.push(b);
  }
  return out;
}

/** A block's list marker as the reader gave it ("5", "a", "iv"), by kind. */
export function markerOf(value: string): Marker | null {
  if (/^\d{1,3}$/.test(value)) return { kind: 'number', value: String(Number(value)), ambiguous: false };
  if (/^[a-z]{1,6}$/i.test(value)) return letterOrRoman(value);
  return null;
}

export interface NumberingUnit {
  text: string;
  /** A marker given apart from the text (an HTML or Word list). */
  listMarker?: string;
  /** List depth of an item (1 = top level), when the reader knows it. */
  depth?: number;
  /** A bullet item (unnumbered list). */
  bullet?: boolean;
}

export interface Numbered {
  text: string;
  label?: string;
}

interface Parsed {
  marker: Marker | null;
  rest: string;
  fromText: boolean;
  depth: number | undefined;
}

function parse(unit: NumberingUnit): Parsed {
  if (unit.listMarker) {
    const marker = markerOf(unit.listMarker);
    if (marker) return { marker, rest: unit.text, fromText: false, depth: unit.depth };
  }
  const split = splitMarker(unit.text);
  if (split) return { marker: split.marker, rest: split.rest, fromText: true, depth: undefined };
  return { marker: null, rest: unit.text, fromText: false, depth: unit.depth };
}

/**
 * The document prints its own paragraph numbers: at least two top-level numbers, mostly in
 * sequence, and numbered paragraphs are at least as many as the unnumbered ones after the first.
 */
function printsNumbers(parsed: readonly Parsed[], units: readonly NumberingUnit[]): boolean {
  const numbers: number[] = [];
  const inserted: boolean[] = [];
  let first = -1;
  parsed.forEach((p, i) => {
    if (p.marker?.kind === 'number' && (p.depth ?? 1) === 1) {
      numbers.push(parseInt(p.marker.value, 10));
      inserted.push(!/^\d+$/.test(p.marker.value));
      if (first < 0) first = i;
    }
  });
  if (numbers.length < 2 || first < 0) return false;
  let steps = 0;
  // Each number follows the one before, starts a new list at 1 (an annex restarts), or is one
  // inserted after the one before ("6", "6 bis").
  for (let i = 1; i < numbers.length; i++)
    if (
      numbers[i] === (numbers[i - 1] ?? 0) + 1 ||
      numbers[i] === 1 ||
      (inserted[i] && numbers[i] === numbers[i - 1])
    )
      steps++;
  if (steps / (numbers.length - 1) < 0.7) return false;
  let plain = 0;
  for (let i = first; i < parsed.length; i++) {
    const p = parsed[i] as Parsed;
    if (!p.marker && !units[i]?.bullet && (units[i]?.depth ?? 0) === 0) plain++;
  }
  return numbers.length >= plain;
}

/** Labels for paragraphs in document order (headings excluded), and their texts without the printed number. */
export function labelParagraphs(units: readonly NumberingUnit[]): Numbered[] {
  const parsed = units.map(parse);
  if (!printsNumbers(parsed, units)) {
    return units.map((u) => ({ text: u.text }));
  }
  let top: string | null = null;
  let sub: string | null = null;
  let subSub: string | null = null;
  let preamble = 0;
  return parsed.map((p) => {
    const marker = p.marker;
    if (!marker) {
      if (top === null) return { text: p.rest, label: `PP${++preamble}` };
      return { text: p.rest, label: top + (sub ? `(${sub})` : '') + (subSub ? `(${subSub})` : '') };
    }
    const depth = p.depth ?? (marker.kind === 'number' ? 1 : undefined);
    if (marker.kind === 'number' && (depth ?? 1) === 1) {
      top = marker.value;
      sub = null;
      subSub = null;
      return { text: p.rest, label: top };
    }
    // A letter or a roman numeral: a sub-item, or a sub-sub-item under a lettered one.
    let kind = marker.kind;
    if (marker.ambiguous) {
      // "(i)" after "(h)" is the ninth letter; after another letter it is a roman sub-item.
      const previousLetter = sub !== null && !ROMAN.test(sub) ? sub : null;
      kind = previousLetter && previousLetter.charCodeAt(0) + 1 === marker.value.charCodeAt(0) ? 'alpha' : 'roman';
    }
    const nested = depth !== undefined ? depth >= 3 : kind === 'roman' && sub !== null && !ROMAN.test(sub);
    const base = top ?? `PP${preamble}`;
    if (nested && sub !== null) {
      subSub = marker.value;
      return { text: p.rest, label: `${base}(${sub})(${subSub})` };
    }
    sub = marker.value;
    subSub = null;
    return { text: p.rest, label: `${base}(${sub})` };
  });
}
