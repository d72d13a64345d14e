import { describe, expect, it } from 'vitest';
import { MAX_QUERY_TERMS, parseSearchQuery, quoteFts } from './query.ts';

const match = (input: string) => parseSearchQuery(input).match;

describe('parseSearchQuery', () => {
  it('quotes every word and ANDs words by default', () => {
    expect(match('défense nationale')).toBe('("défense" AND "nationale")');
    expect(match('climate')).toBe('"climate"');
  });

  it('keeps phrases, prefixes and typographic quotes', () => {
    expect(match('"climate change"')).toBe('"climate change"');
    expect(match('nucl*')).toBe('"nucl"*');
    expect(match('"état de"*')).toBe('"état de"*');
    expect(match('«état de droit» “rule of law”')).toBe('("état de droit" AND "rule of law")');
  });

  it('reads OR, AND, NOT, -word, | and the French ET, OU, SAUF', () => {
    expect(match('a1 OR b2')).toBe('("a1" OR "b2")');
    expect(match('a1 | b2')).toBe('("a1" OR "b2")');
    expect(match('arctic OU arctique')).toBe('("arctic" OR "arctique")');
    expect(match('trade AND tariffs')).toBe('("trade" AND "tariffs")');
    expect(match('paix ET sécurité')).toBe('("paix" AND "sécurité")');
    expect(match('ukraine -russia')).toBe('("ukraine" NOT "russia")');
    expect(match('ukraine NOT russia -"cyber war"')).toBe('("ukraine" NOT ("russia" OR "cyber war"))');
    expect(match('sécurité SAUF défense')).toBe('("sécurité" NOT "défense")');
    expect(match('(ukraine OR russia) sanctions')).toBe('(("ukraine" OR "russia") AND "sanctions")');
  });

  it('treats lower-case and, or, not, et, ou as words', () => {
    expect(match('rule or law')).toBe('("rule" AND "or" AND "law")');
    expect(match('paix et sécurité')).toBe('("paix" AND "et" AND "sécurité")');
  });

  it('turns FTS5 syntax typed by the user into plain words', () => {
    expect(match('NEAR(a b)')).toBe('("NEAR" AND ("a" AND "b"))');
    expect(match('title:foo')).toBe('"title:foo"');
    expect(match('a"b')).toBe('("a" AND "b")');
    expect(match('^start')).toBe('"^start"');
    expect(quoteFts('say "hi"')).toBe('"say ""hi"""');
  });

  it('forgives unbalanced quotes and brackets and stray operators', () => {
    expect(match('"climate change')).toBe('"climate change"');
    expect(match('(climate OR energy')).toBe('("climate" OR "energy")');
    expect(match('climate) energy')).toBe('("climate" AND "energy")');
    expect(match('OR climate OR')).toBe('"climate"');
    expect(match('AND NOT')).toBeNull();
    expect(match('climate NOT')).toBe('"climate"');
    expect(parseSearchQuery('climate NOT').warnings).toEqual([{ code: 'notWithoutOperand', text: 'NOT' }]);
  });

  it('says why when there is nothing to look for', () => {
    expect(parseSearchQuery('').message).toEqual({ code: 'empty' });
    expect(parseSearchQuery('  *** ').message).toEqual({ code: 'empty' });
    expect(parseSearchQuery('"" () -').message).toEqual({ code: 'empty' });
    expect(parseSearchQuery('-russia').message).toEqual({ code: 'onlyExcluded' });
    expect(parseSearchQuery('NOT russia').match).toBeNull();
  });

  it('drops a negation it cannot apply inside OR, and says so', () => {
    const parsed = parseSearchQuery('climate OR -energy');
    expect(parsed.match).toBe('"climate"');
    expect(parsed.warnings).toEqual([{ code: 'excludedInOr' }]);
  });

  it('does not run one-letter prefix searches', () => {
    const parsed = parseSearchQuery('a* climate');
    expect(parsed.match).toBe('("a" AND "climate")');
    expect(parsed.warnings).toEqual([{ code: 'prefixTooShort', text: 'a' }]);
  });

  it('searches a two-letter prefix as a word (the index has prefix indexes from three letters)', () => {
    const parsed = parseSearchQuery('co* sec*');
    expect(parsed.match).toBe('("co" AND "sec"*)');
    expect(parsed.warnings).toEqual([{ code: 'prefixTooShort', text: 'co' }]);
  });

  it('reads inline filters', () => {
    const parsed = parseSearchQuery('kind:note tag:"énergie propre" lang:FR doc:abc from:2024-01-01 to:2024-06 paix');
    expect(parsed.match).toBe('"paix"');
    expect(parsed.filters).toEqual({
      kinds: ['note'],
      tags: ['énergie propre'],
      languages: ['fr'],
      documentIds: ['abc'],
      from: '2024-01-01',
      to: '2024-06',
    });
    expect(parseSearchQuery('kind:poem from:yesterday tag: x1').warnings).toEqual([
      { code: 'notAKind', text: 'kind:poem' },
      { code: 'notADate', text: 'from:yesterday' },
      { code: 'filterNeedsValue', text: 'tag:' },
    ]);
  });

  it('lists the terms to mark, without the ones left out', () => {
    expect(parseSearchQuery('"rule of law" nucl* -russia').terms).toEqual([
      { text: 'rule of law', prefix: false, phrase: true },
      { text: 'nucl', prefix: true, phrase: false },
    ]);
  });

  it(`searches at most ${MAX_QUERY_TERMS} words`, () => {
    const parsed = parseSearchQuery(Array.from({ length: 50 }, (_, i) => `w${i}`).join(' '));
    expect(parsed.terms).toHaveLength(MAX_QUERY_TERMS);
    expect(parsed.warnings).toEqual([{ code: 'tooManyWords', count: MAX_QUERY_TERMS }]);
  });
});
