/**
 * The ranking used for queries with a very common word (search-rank.ts): terms read back from
 * the parser's FTS5 expressions, words cut and folded as the index's tokenizer does, and BM25
 * ordering over the rows given.
 */
import { describe, expect, it } from 'vitest';
import { parseSearchQuery } from '../../../shared/search/query.ts';
import { foldTokens, rankTerms, scoreRows, type RankRow } from './search-rank.ts';

const match = (query: string) => {
  const parsed = parseSearchQuery(query);
  if (!parsed.match) throw new Error(`no match for ${query}`);
  return parsed.match;
};

const row = (rowid: number, body: string, rest: Partial<RankRow> = {}): RankRow => ({
  rowid,
  body,
  title: '',
  comment: '',
  tags: '',
  ...rest,
});

const order = (scores: Map<number, number>) =>
  [...scores].sort((a, b) => b[1] - a[1] || b[0] - a[0]).map(([rowid]) => rowid);

describe('rankTerms', () => {
  it('reads words, phrases and prefixes from the parser, folded', () => {
    expect(rankTerms(match('Défense "climate change" nucl*'))).toEqual([
      { tokens: ['defense'], prefix: false },
      { tokens: ['climate', 'change'], prefix: false },
      { tokens: ['nucl'], prefix: true },
    ]);
  });

  it('keeps a quotation mark inside a phrase as the tokenizer does (a separator)', () => {
    expect(rankTerms('"say ""yes"" now"')).toEqual([{ tokens: ['say', 'yes', 'now'], prefix: false }]);
  });
});

describe('foldTokens', () => {
  it('cuts on anything but letters and digits, lower case, accents dropped', () => {
    expect(foldTokens("L'Élysée, G7-2024 : coopération ÉNERGÉTIQUE")).toEqual([
      'l',
      'elysee',
      'g7',
      '2024',
      'cooperation',
      'energetique',
    ]);
  });
});

describe('scoreRows', () => {
  it('ranks more occurrences first, and a shorter row first at equal occurrences', () => {
    const terms = rankTerms(match('security'));
    const scores = scoreRows(
      [
        row(1, 'Security matters to all of the partners gathered in this long meeting today.'),
        row(2, 'Security, security and security again.'),
        row(3, 'Security first.'),
        row(4, 'Nothing relevant here at all.'),
      ],
      terms,
    );
    expect(order(scores).slice(0, 3)).toEqual([2, 3, 1]);
    expect(scores.get(4)).toBe(0);
  });

  it('weighs a title above tags above a comment above body text', () => {
    const terms = rankTerms(match('trade'));
    const scores = scoreRows(
      [
        row(1, 'On trade and more.'),
        row(2, 'On other things.', { comment: 'trade' }),
        row(3, 'On other things.', { title: 'Trade' }),
        row(4, 'On other things.', { tags: 'trade' }),
      ],
      terms,
    );
    expect(order(scores)).toEqual([3, 4, 2, 1]);
  });

  it('counts a phrase only with its words in a row, a prefix only at the start of a word', () => {
    const scores = scoreRows(
      [row(1, 'Climate change is here.'), row(2, 'Change the climate.'), row(3, 'Climate, change.')],
      rankTerms(match('"climate change"')),
    );
    expect(scores.get(1)).toBeGreaterThan(0);
    expect(scores.get(2)).toBe(0);
    // Punctuation between the words is no obstacle to a phrase (the tokenizer drops it).
    expect(scores.get(3)).toBeGreaterThan(0);

    const prefixed = scoreRows(
      [row(1, 'Nuclear policy.'), row(2, 'Antinuclear policy.'), row(3, 'Nucleus.')],
      rankTerms(match('nucl*')),
    );
    expect(prefixed.get(1)).toBeGreaterThan(0);
    expect(prefixed.get(2)).toBe(0);
    expect(prefixed.get(3)).toBeGreaterThan(0);
  });

  it('matches accented text and accented queries alike', () => {
    const scores = scoreRows([row(1, 'La Défense nationale.'), row(2, 'defense')], rankTerms(match('défense')));
    expect(scores.get(1)).toBeGreaterThan(0);
    expect(scores.get(2)).toBeGreaterThan(0);
  });

  it('weighs a rarer word of the query above a word every row has', () => {
    const scores = scoreRows(
      [row(1, 'canada canada canada'), row(2, 'canada arctic'), row(3, 'canada'), row(4, 'canada')],
      rankTerms(match('canada arctic')),
    );
    expect(order(scores)[0]).toBe(2);
  });
});
