import { describe, expect, it } from 'vitest';
import { cssString } from './html.ts';
import { runningTitle } from './print-html.ts';

describe('cssString', () => {
  it('leaves nothing that can end the string, the rule or the style element', () => {
    for (const text of ['</style>', '"}@page{', "a'b", 'back\\slash', 'line\nbreak\u2028', '<!-- x -->', '\u0000*/']) {
      const literal = cssString(text);
      const inner = literal.slice(1, -1);
      expect(literal.startsWith('"') && literal.endsWith('"')).toBe(true);
      expect(inner).not.toMatch(/["'<>{};\p{Cc}\u2028]|\*\//u);
    }
  });

  it('keeps letters, accents and plain punctuation readable', () => {
    expect(cssString('Déclaration commune, Ottawa – 2024')).toBe('"Déclaration commune, Ottawa – 2024"');
    expect(cssString('a<b')).toBe('"a\\3c b"');
  });
});

describe('runningTitle', () => {
  it('keeps a short title and cuts a long one at a word with an ellipsis', () => {
    expect(runningTitle('Briefing pack')).toBe('Briefing pack');
    const long = runningTitle('Dossier d’information : coopération en matière de défense et de sécurité arctique');
    expect(long.length).toBeLessThanOrEqual(42);
    expect(long).toMatch(/^Dossier d’information : coopération en\S*…$/);
  });
});
