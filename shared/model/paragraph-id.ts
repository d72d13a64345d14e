/**
 * Stable paragraph ids and numbering.
 *
 * A paragraph's id is derived from its normalized text (plus an occurrence counter for
 * repeated text), so importing the same text again yields the same ids, and anchors,
 * citations and excerpts that point at a paragraph keep working across re-imports.
 */
import type { Section } from './document.ts';

/** Whitespace, case and typographic quotes do not change a paragraph's identity. */
export function normalizeForIdentity(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u2018\u2019\u201A\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u00AB\u00BB\u2033]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** 64-bit FNV-1a as two 32-bit halves: fast, dependency-free, deterministic everywhere. */
function fnv1a64(text: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c ^ (h1 >>> 15), 0x5bd1e995);
  }
  return (h1 >>> 0).toString(36).padStart(7, '0') + (h2 >>> 0).toString(36).padStart(7, '0');
}

/** Id of a paragraph from its text; `occurrence` distinguishes identical paragraphs. */
export function paragraphId(text: string, occurrence = 0): string {
  const base = `p${fnv1a64(normalizeForIdentity(text))}`;
  return occurrence === 0 ? base : `${base}-${occurrence}`;
}

/** Sections as structure detection finds them: headings and paragraph texts. */
export interface SectionDraft {
  heading: string | null;
  paragraphs: string[];
  /**
   * The printed label of each paragraph, aligned with `paragraphs` ("7", "4(a)", "PP2"); null or
   * missing means the paragraph is cited by its position.
   */
  labels?: Array<string | null>;
}

/**
 * Numbers paragraphs 1..n through the whole document and gives each its stable id; a printed
 * label in the draft is kept as the paragraph's `label`.
 * Always starts with the untitled opening section (possibly empty) so that `sections[0]`
 * is the opening and every later section has a heading.
 */
export function numberSections(drafts: readonly SectionDraft[]): Section[] {
  const seen = new Map<string, number>();
  let n = 0;
  const sections: Section[] = [];
  const list =
    drafts.length > 0 && drafts[0]?.heading === null ? drafts : [{ heading: null, paragraphs: [] }, ...drafts];
  for (const draft of list) {
    sections.push({
      heading: draft.heading,
      paragraphs: draft.paragraphs.map((text, i) => {
        const key = normalizeForIdentity(text);
        const occurrence = seen.get(key) ?? 0;
        seen.set(key, occurrence + 1);
        n += 1;
        const label = draft.labels?.[i];
        return { id: paragraphId(text, occurrence), n, text, ...(label ? { label } : {}) };
      }),
    });
  }
  return sections;
}
