import { describe, expect, it } from 'vitest';
import { checkQuotes, suggestSources } from './check.ts';
import { indexSources, matchQuote, type SourceDocument } from './match.ts';
import { mediaLines, mediaLinesToHtml, mediaLinesToMarkdown, mediaLinesToText } from './media-lines.ts';

const declaration: SourceDocument = {
  id: 'decl',
  title: 'Joint Declaration on Rivers',
  paragraphs: [
    { n: 1, text: 'We meet today to protect the rivers we share, and the communities that live along them.' },
    {
      n: 2,
      text: 'We will restore wetlands along the upper basin. We will fund monitoring stations in every province.',
    },
    {
      n: 3,
      text: 'Pollution from mining sites is a grave threat to drinking water. We will not approve new tailings ponds.',
    },
    {
      n: 4,
      text: 'Our ministers will meet every year to review progress. The first review will take place in Geneva.',
    },
    { n: 5, text: 'Both governments will publish their water quality data openly.' },
  ],
};
const other: SourceDocument = {
  id: 'other',
  title: 'Statement on Fisheries',
  paragraphs: [{ n: 1, text: 'Illegal fishing deprives coastal communities of their livelihoods and must end.' }],
};
const article = (...texts: string[]) => ({ paragraphs: texts.map((text, i) => ({ n: i + 1, text })) });

describe('matchQuote', () => {
  const index = indexSources([declaration, other]);

  it('finds the paragraph and the span of a quotation of several sentences', () => {
    const match = matchQuote(index, 'We will restore wetlands along the upper basin. We will fund monitoring stations');
    expect(match).toMatchObject({ documentId: 'decl', paragraphs: [2], coverage: 1 });
    expect(match?.start).toEqual({ paragraph: 2, offset: 0 });
    expect(match?.text).toBe('We will restore wetlands along the upper basin. We will fund monitoring stations');
  });

  it('finds a quotation running over two adjacent paragraphs', () => {
    const match = matchQuote(
      index,
      'review progress. The first review will take place in Geneva. Both governments will publish their water quality data',
    );
    expect(match).toMatchObject({ documentId: 'decl', paragraphs: [4, 5] });
    expect(match?.start.paragraph).toBe(4);
    expect(match?.end.paragraph).toBe(5);
  });

  it('finds a quotation in whichever source holds it', () => {
    expect(matchQuote(index, 'illegal fishing deprives coastal communities of their livelihoods')?.documentId).toBe(
      'other',
    );
  });

  it('returns null for a quotation no source contains', () => {
    expect(matchQuote(index, 'We will build a new dam across the lower river by next spring')).toBeNull();
    expect(matchQuote(index, 'the oceans')).toBeNull();
    expect(matchQuote(index, 'the rivers')).not.toBeNull();
  });

  it('restricts the search to the given documents', () => {
    expect(matchQuote(index, 'illegal fishing deprives coastal communities', new Set([0]))).toBeNull();
  });
});

describe('checkQuotes', () => {
  it('reports every quotation with its source, fidelity and changes', () => {
    const first =
      'The ministers said “we will not approve new tailings ponds” and called pollution from mining sites “a grave danger to drinking water”.';
    const findings = checkQuotes(
      article(
        'The ministers said “we will not approve new tailings ponds” and called pollution from mining sites “a grave danger to drinking water”.',
        'They also promised to "build a new dam across the lower river by next spring".',
      ),
      [declaration, other],
    );
    expect(findings.map((f) => [f.fidelity, f.source])).toEqual([
      ['exact', { documentId: 'decl', paragraph: 3 }],
      ['reworded', { documentId: 'decl', paragraph: 3 }],
      ['not-found', null],
    ]);
    expect(findings[1]?.changes).toContainEqual(
      expect.objectContaining({ from: 'threat', to: 'danger', kind: 'content', significant: false }),
    );
    expect(findings[1]?.changedWords).toEqual(['danger']);
    const [segment] = findings[0]?.segments ?? [];
    expect(segment?.paragraph).toBe(1);
    expect(first.slice(segment?.start, segment?.end)).toBe('we will not approve new tailings ponds');
  });
});

describe('suggestSources', () => {
  it('ranks documents by the quotations they likely hold', () => {
    const suggestions = suggestSources(
      article(
        '“We will restore wetlands along the upper basin,” they said, and “publish their water quality data openly”.',
        'Fishing “deprives coastal communities of their livelihoods”.',
      ),
      [other, declaration],
    );
    expect(suggestions.map((s) => [s.documentId, s.matchedQuotes])).toEqual([
      ['decl', 2],
      ['other', 1],
    ]);
    expect(suggestSources(article('No quotations here.'), [declaration])).toEqual([]);
  });
});

describe('media lines', () => {
  const findings = checkQuotes(
    article(
      'They called pollution “a grave danger to drinking water” and pledged to “publish their water quality data openly”.',
      'They will "build a new dam across the lower river by next spring".',
    ),
    [declaration],
  );
  const lines = mediaLines(findings, { decl: 'Joint Declaration on Rivers' });

  it('has one row per quotation with source paragraph, fidelity and changed words', () => {
    expect(lines.map((l) => [l.number, l.sourceLabel, l.fidelityLabel])).toEqual([
      [1, 'Joint Declaration on Rivers, ¶ 3', 'Reworded — check'],
      [2, 'Joint Declaration on Rivers, ¶ 5', 'Exact'],
      [3, '—', 'Not found in sources'],
    ]);
    expect(lines[0]?.changes).toEqual(['threat → danger']);
  });

  it('renders as an escaped HTML table, a Markdown table and tab-separated text', () => {
    const html = mediaLinesToHtml([{ ...(lines[0] as (typeof lines)[0]), quote: '<b>x</b> & "y"' }], 'Media lines');
    expect(html).toContain('<caption>Media lines</caption>');
    expect(html).toContain('<th scope="col">Source ¶</th>');
    expect(html).toContain('&lt;b&gt;x&lt;/b&gt; &amp; &quot;y&quot;');
    expect(html).not.toContain('<b>x');
    const markdown = mediaLinesToMarkdown([{ ...(lines[0] as (typeof lines)[0]), quote: 'a | b' }]).split('\n');
    expect(markdown[0]).toBe('| Quote | Source ¶ | Fidelity | Changed words |');
    expect(markdown[2]).toContain('“a \\| b”');
    const text = mediaLinesToText(lines).split('\n');
    expect(text).toHaveLength(4);
    expect(text[1]?.split('\t')).toEqual([
      '“a grave danger to drinking water”',
      'Joint Declaration on Rivers, ¶ 3',
      'Reworded — check',
      'threat → danger',
    ]);
  });
});
