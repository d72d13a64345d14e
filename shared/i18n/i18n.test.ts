import { describe, expect, it } from 'vitest';
import { CATALOGUES, formatDate, frenchPunctuation, languageFromLocale, quote, translator } from './index.ts';

type Tree = { readonly [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const found = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') found.set(path, value);
    else for (const [k, v] of leaves(value, path)) found.set(k, v);
  }
  return found;
}

const variables = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('catalogues', () => {
  const en = leaves(CATALOGUES.en as unknown as Tree);
  const fr = leaves(CATALOGUES.fr as unknown as Tree);

  it('have exactly the same keys in English and French', () => {
    expect([...fr.keys()].sort()).toEqual([...en.keys()].sort());
  });

  it('use the same interpolation variables in both languages, and no empty message', () => {
    for (const [key, text] of en) {
      expect(variables(fr.get(key) ?? ''), key).toEqual(variables(text));
      expect(text.trim(), key).not.toBe('');
      expect((fr.get(key) ?? '').trim(), key).not.toBe('');
    }
  });

  it('give every plural both its one and other forms', () => {
    for (const key of en.keys()) {
      const base = key.replace(/_(one|other)$/, '');
      if (base !== key) {
        expect(en.has(`${base}_one`), key).toBe(true);
        expect(en.has(`${base}_other`), key).toBe(true);
      }
    }
  });
});

describe('translators', () => {
  it('translate with plurals as each language counts (French: 0 and 1 are singular)', () => {
    const en = translator('en');
    const fr = translator('fr');
    expect(en('library.imported', { count: 1, total: 1 })).toBe('1 of 1 file imported.');
    expect(en('library.imported', { count: 0, total: 2 })).toBe('0 of 2 files imported.');
    expect(fr('library.imported', { count: 0, total: 2 })).toBe('0 fichier sur 2 importé.');
    expect(fr('library.imported', { count: 3, total: 3 })).toBe('3 fichiers sur 3 importés.');
    expect(fr('classification.UNCLASSIFIED')).toBe('NON CLASSIFIÉ');
  });
});

describe('formatting', () => {
  it('writes dates per locale', () => {
    expect(formatDate('2024-09-26', 'fr')).toBe('26 septembre 2024');
    expect(formatDate('2024-09-26', 'en')).toBe('September 26, 2024');
    expect(formatDate(null, 'en')).toBe('');
  });

  it('quotes per locale and spaces French punctuation per variant', () => {
    expect(quote('war of aggression', 'en')).toBe('“war of aggression”');
    expect(quote('guerre d’agression', 'fr')).toBe('«\u00A0guerre d’agression\u00A0»');
    expect(frenchPunctuation('Objet: la note ; vraiment ?')).toBe('Objet\u00A0: la note ; vraiment ?');
    expect(frenchPunctuation('Objet: vraiment?', 'fr-FR')).toBe('Objet\u00A0: vraiment\u202F?');
  });

  it('reads the language of a locale', () => {
    expect(languageFromLocale('fr_CA.UTF-8')).toBe('fr');
    expect(languageFromLocale('fr-FR')).toBe('fr');
    expect(languageFromLocale('en_US.UTF-8')).toBe('en');
    expect(languageFromLocale('de_DE')).toBe('en');
    expect(languageFromLocale(undefined)).toBe('en');
  });
});

describe('French typography (Canadian)', () => {
  const fr = leaves(CATALOGUES.fr as unknown as Tree);

  it('puts a no-break space inside guillemets and before a colon, never a plain one', () => {
    for (const [key, text] of fr) {
      expect(text, key).not.toMatch(/« | »| :(\s|$)/);
      expect(text, key).not.toMatch(/«(?!\u00A0)|(?<!\u00A0)»/);
    }
  });

  it('uses guillemets, not English quotation marks, around quoted words', () => {
    for (const [key, text] of fr) expect(text, key).not.toMatch(/[“”]/);
  });
});
