/**
 * Edited versions of the sample declaration, made from the sample file itself: a paragraph
 * inserted before ¶ 8 with a word changed inside ¶ 8, and one with ¶ 8 deleted.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const DECLARATION_FILE = '000_d25fcedbea39ba45.txt';
export const PHRASE = 'trained tens of thousands of Ukrainian soldiers';
export const CHANGED_PHRASE = 'trained tens of thousands of Ukrainian troops';
export const INSERTED_PARAGRAPH =
  'Canada and France will hold annual consultations between their defence ministers to review this partnership.';

export function declarationText(): string {
  return readFileSync(join(import.meta.dirname, '..', '..', 'resources', 'samples', DECLARATION_FILE), 'utf8');
}

function paragraphLine(text: string): string {
  const line = text.split('\n').find((l) => l.includes(PHRASE));
  if (!line) throw new Error('the sample declaration no longer contains the test phrase');
  return line;
}

/** A paragraph inserted before ¶ 8, and “soldiers” changed to “troops” inside it. */
export function editedDeclaration(): string {
  const text = declarationText();
  const line = paragraphLine(text);
  return text.replace(line, `${INSERTED_PARAGRAPH}\n\n${line.replace(PHRASE, CHANGED_PHRASE)}`);
}

/** ¶ 8 removed. */
export function declarationWithoutParagraph8(): string {
  const text = declarationText();
  return text.replace(`${paragraphLine(text)}\n`, '');
}
