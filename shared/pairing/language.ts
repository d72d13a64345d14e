/**
 * The language of a text from its commonest words: enough to refuse "pairing" two versions
 * in the same language even when a document's language was recorded wrong.
 */
import { fold } from './features.ts';
import { LANGUAGE_MARKERS } from './lexicon.ts';

/** `en`, `fr`, or null when the text is too short or too mixed to say. */
export function languageOfText(paragraphs: readonly string[]): 'en' | 'fr' | null {
  const counts = { en: 0, fr: 0 };
  let words = 0;
  // A few thousand words are plenty to tell English from French.
  for (const text of paragraphs) {
    if (words > 3000) break;
    for (const word of fold(text)
      .toLowerCase()
      .match(/\p{L}+/gu) ?? []) {
      words++;
      if (LANGUAGE_MARKERS.en.has(word)) counts.en++;
      if (LANGUAGE_MARKERS.fr.has(word)) counts.fr++;
    }
  }
  const total = counts.en + counts.fr;
  if (total < 8) return null;
  if (counts.en >= 3 * counts.fr) return 'en';
  if (counts.fr >= 3 * counts.en) return 'fr';
  return null;
}
