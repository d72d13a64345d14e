/** Datelines, dates, language and kind, on their own. */
import { describe, expect, it } from 'vitest';
import { findDate } from './dates.ts';
import { parseDateline } from './dateline.ts';
import { detectKind, detectLanguage } from './metadata.ts';

describe('parseDateline', () => {
  it('reads date – place – issuer', () => {
    expect(parseDateline('March 3, 2025 – Halifax, Nova Scotia – Department of Coastal Affairs')).toMatchObject({
      date: '2025-03-03',
      place: 'Halifax, Nova Scotia',
      issuer: 'Department of Coastal Affairs',
      rest: null,
    });
  });

  it('reads French datelines', () => {
    expect(parseDateline('Le 26 septembre 2024 – Ottawa')).toMatchObject({
      date: '2024-09-26',
      place: 'Ottawa',
      issuer: null,
      rest: null,
    });
    expect(
      parseDateline('PARIS, le 1er mai 2025 — Les ministres se sont réunis ce matin pour adopter la feuille de route.'),
    ).toMatchObject({
      date: '2025-05-01',
      place: 'Paris',
      issuer: null,
      rest: 'Les ministres se sont réunis ce matin pour adopter la feuille de route.',
    });
  });

  it('does not take prose for a dateline', () => {
    expect(
      parseDateline('On September 26, 2024, in Ottawa, the ministers called on our countries to work together.'),
    ).toBeNull();
    expect(parseDateline('24 mai 2025')).toBeNull();
  });
});

describe('findDate', () => {
  it.each([
    ['Sept. 5, 2023', '2023-09-05'],
    ['5 September 2023', '2023-09-05'],
    ['Publié le 13 mars 2025', '2025-03-13'],
    ['Last updated: 26/09/2024', '2024-09-26'],
    ['2024-02-29T10:00:00Z', '2024-02-29'],
  ])('%s', (text, iso) => {
    expect(findDate(text)?.iso).toBe(iso);
  });

  it('rejects impossible dates', () => {
    expect(findDate('31 février 2024')).toBeNull();
  });
});

describe('detectLanguage and detectKind', () => {
  it('tells French from English by stopwords', () => {
    expect(detectLanguage(['Les ministres se sont réunis pour la première fois dans la capitale.'], null)).toBe('fr');
    expect(detectLanguage(['The ministers met for the first time in the capital.'], null)).toBe('en');
    expect(detectLanguage(['OK'], 'fr-CA')).toBe('fr');
  });

  it('classifies declarations, news and other texts', () => {
    const base = {
      paragraphs: ['We will work together.'],
      hasIssuerDateline: false,
      hasPublisher: false,
      fromWeb: false,
    };
    expect(detectKind({ ...base, title: 'Joint Statement on Energy Security' })).toBe('declaration');
    expect(detectKind({ ...base, title: 'Communiqué final du sommet' })).toBe('declaration');
    expect(detectKind({ ...base, title: 'Leaders agree on energy plan', hasPublisher: true })).toBe('news');
    expect(detectKind({ ...base, title: 'Meeting notes' })).toBe('other');
  });
});
