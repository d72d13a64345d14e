import { describe, expect, it } from 'vitest';
import { canonicalAcronym, numbersIn, paragraphFeatures, splitLabel } from './features.ts';

describe('numbers as each language writes them', () => {
  it('reads grouping and decimal marks the English way and the French way', () => {
    expect(numbersIn('1,000 people, 5% and 2.5 °C; 12,600 deaths', 'en')).toEqual(['1000', '5', '2.5', '12600']);
    expect(numbersIn('1 000 personnes, 5 % et 2,5 °C ; 12\u00a0600 décès', 'fr')).toEqual([
      '1000',
      '5',
      '2.5',
      '12600',
    ]);
  });
  it('keeps two numbers apart when a space separates them but they are not a group of three', () => {
    expect(numbersIn('de 81 en 2020 à 18 en 2024', 'fr')).toEqual(['81', '2020', '18', '2024']);
    expect(numbersIn('in 2024, 2025 and 2026', 'en')).toEqual(['2024', '2025', '2026']);
  });
  it('reads ordinals by their digits (20th, 20e, 1er)', () => {
    expect(numbersIn('the 20th Summit', 'en')).toEqual(['20']);
    expect(numbersIn('le 20e Sommet, le 1er janvier', 'fr')).toEqual(['20', '1']);
  });
});

describe('paragraph features', () => {
  const shared = (en: string, fr: string) => {
    const a = new Set(paragraphFeatures(en, 'en').keys);
    return paragraphFeatures(fr, 'fr').keys.filter((k) => a.has(k));
  };

  it('finds the same date, figures and acronyms in a translation', () => {
    const keys = shared(
      'On 26 September 2024, NATO and the EU pledged USD 1.5 billion to the WHO.',
      "Le 26 septembre 2024, l'OTAN et l'UE ont promis 1,5 milliard de dollars américains à l'OMS.",
    );
    expect(keys).toEqual(expect.arrayContaining(['#26', '#2024', 'm9', '#1.5', 'ANATO', 'AEU', 'AWHO']));
  });

  it('reads a French EU (États-Unis) as the United States, not the European Union', () => {
    expect(canonicalAcronym('EU', 'fr')).toBe('US');
    expect(canonicalAcronym('EU', 'en')).toBe('EU');
    expect(canonicalAcronym('UE', 'fr')).toBe('EU');
  });

  it('names a month only beside a number, so "may" the verb is not May the month', () => {
    expect(paragraphFeatures('States may wish to report.', 'en').keys).not.toContain('m5');
    expect(paragraphFeatures('Adopted on 3 May 2025.', 'en').keys).toContain('m5');
  });

  it('matches numbers written as words with numbers in figures', () => {
    expect(shared('Five years of work.', 'Cinq années de travail.')).toContain('#5');
  });

  it('takes cognates by their first letters and leaves function words out', () => {
    const keys = shared(
      'International cooperation on security.',
      'La coopération internationale en matière de sécurité.',
    );
    expect(keys).toEqual(expect.arrayContaining(['cinte', 'dintern', 'ccoop', 'dcooper', 'csecu', 'dsecuri']));
    expect(
      paragraphFeatures('La coopération en matière de sécurité.', 'fr').keys.some((k) => /^[cd](la|en|de)$/.test(k)),
    ).toBe(false);
  });

  it('splits off a printed paragraph number or item letter as the label', () => {
    expect(splitLabel('12. We will meet again.')).toEqual({ label: '12', rest: 'We will meet again.' });
    expect(splitLabel('(b) develop training material;')).toEqual({ label: 'b', rest: 'develop training material;' });
    expect(splitLabel('b) à élaborer du matériel ;')).toEqual({ label: 'b', rest: 'à élaborer du matériel ;' });
    expect(splitLabel('2024 was a year of change.')).toEqual({ label: null, rest: '2024 was a year of change.' });
    expect(paragraphFeatures('12. We will meet.', 'en').keys).toContain('L12');
    expect(paragraphFeatures('12. We will meet.', 'en').keys).not.toContain('#12');
  });

  it('uses the label the import found rather than reading one from the text', () => {
    expect(paragraphFeatures('We will meet again.', 'en', '7').keys).toContain('L7');
    expect(paragraphFeatures('7. We will meet again.', 'en', '7').keys).not.toContain('#7');
    expect(paragraphFeatures('a) à élaborer du matériel ;', 'fr', '4 a)').keys).toContain('L4a');
    expect(paragraphFeatures('(a) develop training material;', 'en', '4(a)').keys).toContain('L4a');
  });
});
