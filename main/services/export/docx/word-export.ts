/**
 * The Word writer's entry: a note or a pack (resolved from the print model) to .docx bytes,
 * in Précis's own layout or in a departmental template, with the document's language and
 * properties set.
 */
import { formatPrintDate } from '../print-strings.ts';
import { assertFilled, buildFromTemplate, type WordTemplate } from './template-export.ts';
import { wordLanguage } from './word-context.ts';
import { buildWordDocument, wordFacts, type WordFacts, type WordSource } from './word-document.ts';
import { partText, readWordPackage, setPartText, writeWordPackage } from './word-package.ts';

export type { WordSource, WordFacts, WordTemplate };

export interface WordFile {
  bytes: Uint8Array;
  facts: WordFacts;
}

/** Writes `source` as a .docx, in `template` when one is given. */
export async function renderWord(source: WordSource, options: { template?: WordTemplate } = {}): Promise<WordFile> {
  const facts = wordFacts(source, formatPrintDate);
  const bytes = options.template
    ? await buildFromTemplate(source, facts, options.template)
    : await buildWordDocument(source, facts);
  return { bytes: finishPackage(bytes, facts, options.template?.name), facts };
}

function xmlText(text: string): string {
  return text.replace(/[&<>"]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;'));
}

/**
 * The core properties Word shows in File ▸ Info that the writers do not set: the document's
 * language (en-CA / fr-CA) and when it was made (a template's own dates would say otherwise).
 * A template's export is also checked for placeholders left unfilled.
 */
function finishPackage(bytes: Uint8Array, facts: WordFacts, templateName: string | undefined): Uint8Array {
  const { parts } = readWordPackage(bytes, templateName ?? facts.title);
  if (templateName) assertFilled(parts, templateName);
  const core = partText(parts, 'docProps/core.xml');
  if (!core) return bytes;
  const now = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
  const language = xmlText(wordLanguage(facts.language).value ?? 'en-CA');
  let next = core
    .replace(/<dc:language>[^<]*<\/dc:language>|<dc:language\/>/g, '')
    .replace(/(<dcterms:created\b[^>]*>)[^<]*(<\/dcterms:created>)/, `$1${now}$2`)
    .replace(/(<dcterms:modified\b[^>]*>)[^<]*(<\/dcterms:modified>)/, `$1${now}$2`);
  next = next.replace(/<\/cp:coreProperties>\s*$/, `<dc:language>${language}</dc:language></cp:coreProperties>`);
  setPartText(parts, 'docProps/core.xml', next);
  return writeWordPackage(parts);
}
