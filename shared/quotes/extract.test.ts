import { describe, expect, it } from 'vitest';
import { extractQuotes, type ArticleParagraph } from './extract.ts';

const paragraphs = (...texts: string[]): ArticleParagraph[] => texts.map((text, i) => ({ n: i + 1, text }));
const texts = (...input: string[]) => extractQuotes(paragraphs(...input)).map((q) => q.text);

describe('extractQuotes', () => {
  it('finds straight, curly and German double quotes', () => {
    expect(texts('He said "we will act now" and left.')).toEqual(['we will act now']);
    expect(texts('He said “we will act now” and “we mean it today”.')).toEqual(['we will act now', 'we mean it today']);
    expect(texts('Er sagte „wir handeln jetzt sofort“.')).toEqual(['wir handeln jetzt sofort']);
  });

  it('finds guillemets with their inner spaces trimmed, and quotes nested inside them', () => {
    expect(texts('Il a dit : « Nous agirons sans délai », puis il est parti.')).toEqual(['Nous agirons sans délai']);
    expect(texts('« Le texte dit “paix durable” et rien de plus »')).toEqual([
      'Le texte dit “paix durable” et rien de plus',
    ]);
    expect(texts('Il a dit\u00A0:\u00A0«\u202FNous agirons sans délai\u202F».')).toEqual(['Nous agirons sans délai']);
  });

  it('keeps quotations of several sentences whole and drops the trailing comma', () => {
    expect(texts('"We act. We act now. We act together," the minister said.')).toEqual([
      'We act. We act now. We act together',
    ]);
  });

  it('finds partial quotes inside a sentence and gives their offsets', () => {
    const [quote] = extractQuotes(paragraphs('They promised to "continue efforts to return children" soon.'));
    expect(quote?.segments).toEqual([{ paragraph: 1, start: 18, end: 53 }]);
    expect(quote?.text).toBe('continue efforts to return children');
  });

  it('ignores apostrophes, single quotes, inch marks and short scare quotes', () => {
    expect(texts('Russia’s \'war\' and the so-called "Ramstein group" met; a 12" pipe.')).toEqual([]);
    expect(texts('It is the “red line” of the talks.', 'A 2" gap.')).toEqual([]);
  });

  it('continues a quotation over paragraphs that reopen with a quotation mark', () => {
    const quotes = extractQuotes(
      paragraphs('"First part of the quotation here.', '"Second part of it, closing here," he said.', 'After.'),
    );
    expect(quotes).toHaveLength(1);
    expect(quotes[0]?.text).toBe('First part of the quotation here. Second part of it, closing here');
    expect(quotes[0]?.segments.map((s) => s.paragraph)).toEqual([1, 2]);
  });

  it('ends an unclosed quotation at its paragraph when the next does not continue it', () => {
    expect(texts('He said "we will act now and then.', 'Next paragraph "is quoted here fully".')).toEqual([
      'we will act now and then.',
      'is quoted here fully',
    ]);
  });

  it('accepts a closing curly quote used as an opener', () => {
    expect(texts('He said ”we will act now” today.')).toEqual(['we will act now']);
  });
});
