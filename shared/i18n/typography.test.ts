import { describe, expect, it } from 'vitest';
import { NBSP, NNBSP, typeset } from './typography.ts';

describe('typeset', () => {
  it('curls English quotes and apostrophes', () => {
    expect(typeset(`The minister said "we don't agree" and 'soon'.`, 'en')).toBe(
      'The minister said “we don’t agree” and ‘soon’.',
    );
    expect(typeset('("Quoted")', 'en')).toBe('(“Quoted”)');
  });

  it('continues a run: a quote at the start of a text node closes after a word', () => {
    expect(typeset('" said the text', 'en', 'd')).toBe('” said the text');
    expect(typeset('"Opening', 'en', ' ')).toBe('“Opening');
  });

  it('writes French guillemets, apostrophes and spacing', () => {
    expect(typeset(`L'État a dit "oui" ; vraiment? Objet: la note!`, 'fr')).toBe(
      `L’État a dit «${NNBSP}oui${NNBSP}»${NNBSP}; vraiment${NNBSP}? Objet${NBSP}: la note${NNBSP}!`,
    );
    expect(typeset('« déjà »', 'fr')).toBe(`«${NNBSP}déjà${NNBSP}»`);
  });

  it('leaves times, addresses and doubled marks alone, and changes nothing the second time', () => {
    const once = typeset('À 14:30, voir https://exemple.ca/a ?! Et « ici » : fin.', 'fr');
    expect(once).toContain('14:30');
    expect(once).toContain('https://exemple.ca/a');
    expect(once).toContain(`a${NNBSP}?!`);
    expect(typeset(once, 'fr')).toBe(once);
    const english = typeset(`"It's" here: now!`, 'en');
    expect(english).toBe('“It’s” here: now!');
    expect(typeset(english, 'en')).toBe(english);
  });
});
