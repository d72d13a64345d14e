/** Labelled metadata lines, type labels, copyright holders and the new cruft features, on their own. */
import { describe, expect, it } from 'vitest';
import { block } from './blocks.ts';
import { features } from './cruft.ts';
import { findLabels, labelLine, typeLabel } from './labels.ts';
import { copyrightHolder } from './metadata.ts';

describe('labelLine', () => {
  it('reads issuer labels with the value on the line or on the next one', () => {
    expect(labelLine('From: Department of Natural Resources')).toEqual({
      field: 'issuer',
      value: 'Department of Natural Resources',
      bare: false,
    });
    expect(labelLine('Source : Ministère de la Mer')?.value).toBe('Ministère de la Mer');
    expect(labelLine('Published by the Office')?.value).toBeNull(); // lowercase: a sentence, not a name
    expect(labelLine('From:')).toEqual({ field: 'issuer', value: null, bare: true });
    expect(labelLine('Location: Halifax')).toEqual({ field: 'place', value: 'Halifax', bare: false });
  });

  it('ignores prose and dates', () => {
    expect(labelLine('From the start, the ministers agreed to meet again.')).toBeNull();
    expect(labelLine('Published: 14 March 2025')?.value ?? null).toBeNull();
    expect(labelLine('Source: The figures were provided by the ministry and checked.')?.value).toBeNull();
  });

  it('finds the value on the next line and marks both lines', () => {
    const blocks = ['Menu', 'From:', 'Foreign, Commonwealth & Development Office', 'Published'].map((t) => block(t));
    const labels = findLabels(blocks, 0, blocks.length);
    expect(labels.issuer).toBe('Foreign, Commonwealth & Development Office');
    expect([...labels.indexes]).toEqual([1, 2]);
  });
});

describe('typeLabel', () => {
  it('names the kind of official type labels only', () => {
    expect(typeLabel('Press release')).toBe('declaration');
    expect(typeLabel('Communiqué de presse')).toBe('declaration');
    expect(typeLabel('Speech')).toBe('other');
    expect(typeLabel('Press releases about water')).toBeNull();
  });
});

describe('copyrightHolder', () => {
  it('reads names before or after the year, French institution names, not boilerplate', () => {
    expect(copyrightHolder('© 2024 Khest Media. All Rights Reserved.')).toBe('Khest Media');
    expect(copyrightHolder('© Le Quotidien du Soir 2025')).toBe('Le Quotidien du Soir');
    expect(copyrightHolder("© Ministère de l'Europe et des Affaires étrangères")).toBe(
      "Ministère de l'Europe et des Affaires étrangères",
    );
    expect(copyrightHolder('© All rights reserved')).toBeNull();
    expect(copyrightHolder('© Crown copyright')).toBeNull();
  });
});

describe('cruft features', () => {
  const f = (text: string, extra = {}) => features(block(text, 'text', extra));
  it('sees teasers, bylines, relative times, paywalls and photo credits', () => {
    expect(f('Lire aussi | Les agriculteurs face au manque d’eau : « On ne sait plus quoi semer, ni quand »').cue).toBe(
      true,
    );
    expect(f('Most Read').listLabel).toBe(true);
    expect(f('By Jane Doe, Reuters').cue).toBe(true);
    expect(f('Updated 3 hours ago').cue).toBe(true);
    expect(f('Il vous reste 62.5% de cet article à lire. La suite est réservée aux abonnés.').notice).toBe(true);
    expect(f("Le barrage d'Alqueva, au Portugal, le 3 mars 2025. PATRICIA DE MELO MOREIRA / AFP").credit).toBe(true);
    expect(f('Boats in the harbour, March 2, 2025. AGENCY/Jan Novak/File Photo').credit).toBe(true);
    expect(f('Publié le 12 mars 2025 à 10h30, modifié le 12 mars 2025 à 14h05').dateish).toBe(true);
  });

  it('leaves ordinary lines alone', () => {
    for (const text of [
      'Related to this, the ministers agreed to review the rules next year.',
      'By 2030, the parties will halve emissions from inland shipping.',
      'Energy and climate / Environment',
      'Humanitarian concerns',
    ]) {
      const g = f(text);
      expect([g.cue, g.credit, g.listLabel, g.notice], text).toEqual([false, false, false, false]);
    }
  });
});
