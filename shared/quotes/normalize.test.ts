import { describe, expect, it } from 'vitest';
import { sameFamily, sameWord } from './align.ts';
import { normalizeWord, spellingKey, stemWord } from './normalize.ts';
import { tokenize } from './tokens.ts';

const key = (word: string) => spellingKey(normalizeWord(word));
const stem = (word: string) => stemWord(key(word));

describe('word identity', () => {
  it('folds case, accents and ligatures', () => {
    expect(normalizeWord('Défense')).toBe('defense');
    expect(normalizeWord('ŒUVRE')).toBe('oeuvre');
    expect(normalizeWord('Ukraine’s')).toBe('ukraine’s');
  });

  it('folds British and American spellings to one key', () => {
    for (const [british, american] of [
      ['defence', 'defense'],
      ['honour', 'honor'],
      ['labourers', 'laborers'],
      ['organisation', 'organization'],
      ['recognised', 'recognized'],
      ['analyse', 'analyze'],
      ['centre', 'center'],
      ['travelled', 'traveled'],
      ['catalogue', 'catalog'],
      ['programme', 'program'],
    ])
      expect(key(british as string), british).toBe(key(american as string));
  });

  it('keeps different words apart', () => {
    expect(key('fence')).not.toBe(key('fens'));
    expect(key('our')).toBe('our');
    expect(key('hours')).toBe('hours');
    expect(stem('aggression')).not.toBe(stem('conquest'));
    expect(stem('support')).not.toBe(stem('help'));
  });

  it('folds inflection to one stem', () => {
    expect(stem('working')).toBe(stem('work'));
    expect(stem('violation')).toBe(stem('violates'));
    expect(stem('domains')).toBe(stem('domain'));
    expect(stem('committed')).toBe(stem('commit'));
    expect(stem('processes')).toBe(stem('process'));
    expect(stem('internationally')).toBe(stem('international'));
  });

  it('relates long words sharing most of their beginning (French conjugation)', () => {
    expect(sameFamily('renforcer', 'renforcerons')).toBe(true);
    expect(sameFamily('soutiendrons', 'soutiendront')).toBe(true);
    expect(sameFamily('government', 'governor')).toBe(false);
    expect(sameFamily('war', 'ward')).toBe(false);
  });
});

describe('tokens', () => {
  it('keep offsets into the text and split elisions and possessives', () => {
    const text = "L'océan, Russia’s war — défense";
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.text)).toEqual(['L', 'océan', 'Russia', 's', 'war', 'défense']);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(tokens.map((t) => t.class)).toEqual(['article', 'content', 'content', 'function', 'content', 'content']);
  });

  it('class numbers, negations, light words and abbreviations', () => {
    const [n, not, help, firmly, , un, , , us] = tokenize('2,000 not help firmly the UN and the US');
    expect(n?.class).toBe('number');
    expect(n?.norm).toBe('2000');
    expect(not?.negation).toBe(true);
    expect(help?.light).toBe(true);
    expect(firmly?.light).toBe(true);
    expect(un?.class).toBe('content');
    expect(un?.acronym).toBe(true);
    expect(us?.class).toBe('content');
    expect(tokenize('it isn’t so')[2]?.negation).toBe(true);
    // in a shouted headline, capitals are not abbreviations
    expect(tokenize('WE WILL SUPPORT US')[3]?.class).toBe('function');
  });

  it('mark the noun of a complex preposition as light, and the word after an ellipsis', () => {
    const tokens = tokenize('within the framework of the group … and the framework');
    expect(tokens[2]?.light).toBe(true);
    expect(tokens[tokens.length - 1]?.light).toBe(false);
    expect(tokens.find((t) => t.text === 'and')?.afterEllipsis).toBe(true);
  });

  it('compare content words by stem and function words by spelling', () => {
    const [a, b] = tokenize('defending defend');
    expect(sameWord(a!, b!)).toBe(true);
    const [x, y] = tokenize('in on');
    expect(sameWord(x!, y!)).toBe(false);
  });
});
