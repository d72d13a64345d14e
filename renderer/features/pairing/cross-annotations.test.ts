import { describe, expect, it } from 'vitest';
import type { PairAlignment } from '../../../shared/api/index.ts';
import { canonicalText } from '../../../shared/anchoring/index.ts';
import type { Annotation, StoredDocument } from '../../../shared/model/index.ts';
import { crossAnnotationsByParagraph } from './cross-annotations.ts';
import { flipAlignment } from './flip.ts';

const partner = {
  id: 'fr1',
  language: 'fr',
  sections: [
    {
      heading: null,
      paragraphs: [
        { id: 'f1', n: 1, text: 'Premier paragraphe.' },
        { id: 'f2', n: 2, text: 'Deuxième paragraphe, long.' },
        { id: 'f3', n: 3, text: 'Suite du deuxième.' },
      ],
    },
  ],
} as unknown as StoredDocument;

const alignment: PairAlignment = {
  pairingId: 'p',
  document: { id: 'en1', title: 'E', language: 'en', version: 1 },
  partner: { id: 'fr1', title: 'F', language: 'fr', version: 1 },
  pairs: [
    {
      a: ['e1'],
      b: ['f1'],
      aNumbers: [1],
      bNumbers: [1],
      aLabels: ['1'],
      bLabels: ['1'],
      confidence: 1,
      low: false,
      corrected: false,
    },
    {
      a: ['e2'],
      b: ['f2', 'f3'],
      aNumbers: [2],
      bNumbers: [2, 3],
      aLabels: ['2'],
      bLabels: ['2', '3'],
      confidence: 0.9,
      low: false,
      corrected: false,
    },
  ],
};

function annotationOn(text: string, id: string, status: 'exact' | 'orphaned' = 'exact'): Annotation {
  const canonical = canonicalText(partner.sections).text;
  const start = canonical.indexOf(text);
  return {
    id,
    color: 'green',
    quote: { exact: text },
    comment: { text: 'Vérifier.' },
    anchor:
      status === 'orphaned'
        ? { status, start: null, end: null, paragraph: null, text: null }
        : { status, start, end: start + text.length, paragraph: 1, text },
  } as unknown as Annotation;
}

describe('crossAnnotationsByParagraph', () => {
  it('puts the other version’s annotation on the paragraphs paired with the ones its passage touches', () => {
    const map = crossAnnotationsByParagraph(alignment, partner, [annotationOn('Suite du', 'x')]);
    expect([...map.keys()]).toEqual(['e2']);
    expect(map.get('e2')?.[0]).toMatchObject({
      id: 'x',
      color: 'green',
      quote: 'Suite du',
      comment: 'Vérifier.',
      where: [3],
      language: 'fr',
      unchecked: false,
    });
  });

  it('says when it travels through a pair the aligner was unsure of and no one confirmed', () => {
    const unsure = { ...alignment, pairs: alignment.pairs.map((p, k) => (k === 1 ? { ...p, low: true } : p)) };
    expect(crossAnnotationsByParagraph(unsure, partner, [annotationOn('Suite du', 'x')]).get('e2')?.[0]).toMatchObject({
      unchecked: true,
    });
    expect(crossAnnotationsByParagraph(unsure, partner, [annotationOn('Premier', 'z')]).get('e1')?.[0]).toMatchObject({
      unchecked: false,
    });
    const confirmed = {
      ...alignment,
      pairs: alignment.pairs.map((p, k) => (k === 1 ? { ...p, low: true, corrected: true } : p)),
    };
    expect(
      crossAnnotationsByParagraph(confirmed, partner, [annotationOn('Suite du', 'x')]).get('e2')?.[0]?.unchecked,
    ).toBe(false);
  });

  it('spans pairs when the passage does, and leaves out orphaned annotations', () => {
    const map = crossAnnotationsByParagraph(alignment, partner, [
      annotationOn('paragraphe.\n\nDeuxième', 'y'),
      annotationOn('Premier', 'gone', 'orphaned'),
    ]);
    expect([...map.keys()].sort()).toEqual(['e1', 'e2']);
    expect(map.get('e1')?.map((c) => c.id)).toEqual(['y']);
  });

  it('works the other way round on the flipped alignment', () => {
    const flipped = flipAlignment(alignment);
    expect(flipped.document.id).toBe('fr1');
    expect(flipped.pairs[1]).toMatchObject({ a: ['f2', 'f3'], b: ['e2'], aNumbers: [2, 3], bNumbers: [2] });
  });
});
