import { describe, expect, it } from 'vitest';
import type { ParagraphPairView } from '../../../shared/api/index.ts';
import { correctionFor } from './correction.ts';

/** Pairs from "en1=fr1" strings (an empty side: a paragraph alone). */
function pairs(...shapes: string[]): ParagraphPairView[] {
  return shapes.map((shape) => {
    const [a = '', b = ''] = shape.split('=');
    const ids = (s: string) => (s === '' ? [] : s.split('+'));
    return {
      a: ids(a),
      b: ids(b),
      aNumbers: [],
      bNumbers: [],
      aLabels: [],
      bLabels: [],
      confidence: 0.85,
      low: true,
      corrected: false,
    };
  });
}
const orders = { a: ['en1', 'en2', 'en3', 'en4'], b: ['fr1', 'fr2', 'fr3', 'fr4', 'fr5'] };
const shape = (c: { a: string[]; b: string[] }) => `${c.a.join('+')}=${c.b.join('+')}`;

describe('a correction by dragging or from the keyboard', () => {
  // The French split the English ¶ 2; the aligner left its second half alone.
  const split = pairs('en1=fr1', 'en2=fr2', '=fr3', 'en3=fr4', 'en4=fr5');

  it('joins a paragraph left alone to its neighbour’s pair when dropped onto that pair’s counterpart', () => {
    expect(shape(correctionFor(split, orders, 'b', 'fr3', 'en2'))).toBe('en2=fr2+fr3');
  });

  it('does the same when the counterpart is dropped onto the paragraph left alone', () => {
    expect(shape(correctionFor(split, orders, 'a', 'en2', 'fr3'))).toBe('en2=fr2+fr3');
  });

  it('joins on the English side too, before or after the pair', () => {
    const merged = pairs('en1=fr1', 'en2=', 'en3=fr2', 'en4=fr3');
    expect(shape(correctionFor(merged, orders, 'a', 'en2', 'fr2'))).toBe('en2+en3=fr2');
    expect(shape(correctionFor(merged, orders, 'a', 'en2', 'fr1'))).toBe('en1+en2=fr1');
  });

  it('puts a swap right as two paragraphs alone, never as a merge', () => {
    const swapped = pairs('en1=fr1', 'en2=fr2', 'en3=fr3', 'en4=fr4');
    expect(shape(correctionFor(swapped, orders, 'a', 'en2', 'fr3'))).toBe('en2=fr3');
  });

  it('pairs a paragraph alone with one that is not next to its neighbours’ pairs as a pair of its own', () => {
    expect(shape(correctionFor(split, orders, 'b', 'fr3', 'en4'))).toBe('en4=fr3');
  });

  it('says "no counterpart" when told so', () => {
    expect(shape(correctionFor(split, orders, 'b', 'fr2', null))).toBe('=fr2');
  });
});
