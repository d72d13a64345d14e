import { describe, expect, it } from 'vitest';
import { formatCitation, formatParagraphLabels, paragraphsCitedAs } from '../model/citation.ts';
import { formatExcerptCitation, parseExcerptPayload, type ExcerptPayload } from '../model/excerpt.ts';
import { classificationRank } from '../model/note.ts';
import { collectExcerpts, countWords, noteToPlainText } from './content.ts';
import { NoteContentInputSchema, isSafeUrl, type NoteContent } from './content-schema.ts';
import { checkExcerptFreshness } from './excerpt-freshness.ts';
import { renderNoteHtml } from './render-html.ts';
import { BRIEFING_SECTIONS, headingNode, noteFromTemplate, paragraphNode, textNode } from './templates.ts';

const excerpt: ExcerptPayload = {
  documentId: 'd1',
  documentTitle: 'Declaration <on> “things”',
  documentDate: '2024-09-26',
  paragraphs: [{ id: 'pa', label: '8' }],
  text: 'We will <b>act</b> & "deliver".',
  origin: 'paragraph',
};

function content(...children: NoteContent['root'][]): NoteContent {
  return { root: { type: 'root', version: 1, format: '', indent: 0, direction: null, children } };
}

describe('citations', () => {
  it('formats paragraph runs and lists from labels', () => {
    expect(formatParagraphLabels(['8'])).toBe('¶ 8');
    expect(formatParagraphLabels(['8', '9', '10'])).toBe('¶ 8–10');
    expect(formatParagraphLabels(['3', '8'])).toBe('¶ 3, 8');
    expect(formatParagraphLabels(['4(a)'])).toBe('¶ 4(a)');
    expect(formatParagraphLabels(['4(a)', '4(b)'])).toBe('¶ 4(a), 4(b)');
    expect(formatParagraphLabels(['8'], { noBreak: true })).toBe('¶\u00a08');
    expect(formatParagraphLabels([])).toBe('');
  });

  it('formats paragraphs by position and label: a run follows positions, not numbers', () => {
    expect(formatParagraphLabels([{ n: 10 }, { n: 8 }, { n: 9 }])).toBe('¶ 8–10');
    expect(
      formatParagraphLabels([
        { n: 5, label: '4(a)' },
        { n: 6, label: '4(b)' },
        { n: 7, label: '4(c)' },
      ]),
    ).toBe('¶ 4(a)–4(c)');
    expect(
      formatParagraphLabels([
        { n: 2, label: 'PP2' },
        { n: 9, label: '3' },
      ]),
    ).toBe('¶ PP2, 3');
  });

  it('cites an excerpt with the labels it was taken with, or those it has now', () => {
    expect(formatExcerptCitation(excerpt)).toBe('Declaration <on> “things” (2024-09-26), ¶ 8');
    expect(formatExcerptCitation({ ...excerpt, documentDate: null })).toBe('Declaration <on> “things”, ¶ 8');
    expect(formatExcerptCitation(excerpt, [{ n: 7, label: '7' }])).toBe('Declaration <on> “things” (2024-09-26), ¶ 7');
    expect(formatCitation({ documentTitle: ' ', documentDate: null }, ['2'])).toBe('Untitled document, ¶ 2');
  });

  it('reads "3–5, 8" and "4(a)–4(c)" as the paragraphs printed with those labels', () => {
    const paragraphs = [
      { id: 'a', n: 1, label: 'PP1' },
      { id: 'b', n: 2, label: '1' },
      { id: 'c', n: 3, label: '2' },
      { id: 'd', n: 4, label: '2(a)' },
      { id: 'e', n: 5, label: '2(b)' },
      { id: 'f', n: 6, label: '3' },
    ];
    expect(paragraphsCitedAs('1–2(a), 3', paragraphs)?.map((p) => p.id)).toEqual(['b', 'c', 'd', 'f']);
    expect(paragraphsCitedAs('¶ pp1', paragraphs)?.map((p) => p.id)).toEqual(['a']);
    expect(paragraphsCitedAs('7', paragraphs)).toBeUndefined();
    expect(paragraphsCitedAs('', paragraphs)).toBeUndefined();
    expect(paragraphsCitedAs('3–1', paragraphs)).toBeUndefined();
  });

  it('accepts an excerpt payload of an earlier Précis, which cited positions', () => {
    const old = { ...excerpt, paragraphs: [{ id: 'pa', n: 8 }] };
    expect(parseExcerptPayload(JSON.stringify(old))?.paragraphs).toEqual([{ id: 'pa', n: 8 }]);
    expect(formatExcerptCitation(old)).toBe('Declaration <on> “things” (2024-09-26), ¶ 8');
  });

  it('parses only valid payloads', () => {
    expect(parseExcerptPayload(JSON.stringify(excerpt))).toEqual(excerpt);
    expect(parseExcerptPayload('{"documentId":"../x"}')).toBeUndefined();
    expect(parseExcerptPayload('not json')).toBeUndefined();
    expect(parseExcerptPayload(null)).toBeUndefined();
  });

  it('ranks classifications', () => {
    expect(classificationRank('unclassified')).toBeLessThan(classificationRank('protected-b'));
    expect(classificationRank('secret')).toBe(4);
  });
});

describe('templates', () => {
  it('builds the English and French briefing notes with their sections, and a blank note', () => {
    for (const language of ['en', 'fr'] as const) {
      const draft = noteFromTemplate(language);
      const headings = (draft.content.root.children ?? []).filter((n) => n.type === 'heading');
      expect(headings.map((h) => h.children?.[0]?.text)).toEqual(BRIEFING_SECTIONS[language]);
      expect(NoteContentInputSchema.parse(draft.content)).toEqual(draft.content);
    }
    expect(BRIEFING_SECTIONS.fr[0]).toBe('Objet');
    expect(noteFromTemplate('fr').title).toBe('Note de breffage');
    expect(noteFromTemplate('blank', '  My note ').title).toBe('My note');
    expect(noteFromTemplate('blank').content.root.children).toHaveLength(1);
  });
});

describe('content schema', () => {
  it('rejects unknown node types, unsafe links and styles, and deep nesting', () => {
    const bad = [
      content({ type: 'script' as never, version: 1, children: [] }),
      content({
        ...paragraphNode(),
        children: [{ type: 'link', version: 1, url: 'javascript:alert(1)', children: [textNode('x')] }],
      }),
      content({ ...paragraphNode(), children: [{ ...textNode('x'), style: 'background: url(http://evil/x.png)' }] }),
      content({ type: 'excerpt', version: 1, ...excerpt, documentId: '"><img src=x>' }),
    ];
    for (const value of bad) expect(NoteContentInputSchema.safeParse(value).success).toBe(false);
    let deep: NoteContent['root'] = paragraphNode('x');
    for (let i = 0; i < 60; i++) deep = { type: 'quote', version: 1, children: [deep] };
    expect(NoteContentInputSchema.safeParse(content(deep)).success).toBe(false);
  });

  it('accepts safe links', () => {
    expect(isSafeUrl('https://www.canada.ca/x?y=1')).toBe(true);
    expect(isSafeUrl('mailto:someone@example.org')).toBe(true);
    expect(isSafeUrl('#/doc/abc/p/8')).toBe(true);
    expect(isSafeUrl('JaVaScRiPt:alert(1)')).toBe(false);
    expect(isSafeUrl('data:text/html,<script>')).toBe(false);
    expect(isSafeUrl('https://a b')).toBe(false);
  });
});

describe('derived text and excerpts', () => {
  const note = content(
    headingNode('Purpose'),
    paragraphNode('To brief the Minister.'),
    { type: 'excerpt', version: 1, ...excerpt },
    {
      type: 'list',
      version: 1,
      listType: 'bullet',
      children: [{ type: 'listitem', version: 1, children: [textNode('One point')] }],
    },
  );

  it('gives plain text one block per line and counts words', () => {
    expect(noteToPlainText(note)).toBe('Purpose\nTo brief the Minister.\nWe will <b>act</b> & "deliver".\nOne point');
    expect(countWords("L'objet de la note — Canada–France, 2024 d'abord")).toBe(7);
  });

  it('collects excerpts', () => {
    expect(collectExcerpts(note)).toEqual([
      { documentId: 'd1', version: null, paragraphIds: ['pa'], text: excerpt.text },
    ]);
  });

  it('renders semantic, escaped HTML with excerpts as cited blockquotes', () => {
    const html = renderNoteHtml({
      title: 'Note <1>',
      language: 'fr',
      classification: 'protected-b',
      fields: { to: 'Ministre', from: '', date: '', fileNumber: 'F-1', preparedBy: 'A. B.', approvedBy: '' },
      content: note,
    });
    expect(html).toContain('<p class="note-classification">PROTÉGÉ B</p>');
    expect(html).toContain('<h1>Note &#60;1&#62;</h1>');
    expect(html).toContain('<dt>Destinataire</dt><dd>Ministre</dd>');
    expect(html).toContain('<dt>Préparé par</dt><dd>A. B.</dd>');
    expect(html).toContain('<h2>Purpose</h2>');
    expect(html).toContain('<blockquote class="excerpt" data-document-id="d1" data-paragraph-ids="pa"');
    expect(html).toContain(
      '<cite><a data-cite-document="d1" data-cite-paragraph-id="pa" class="cite">Declaration &#60;on&#62; “things” (2024-09-26), ¶ 8</a></cite>',
    );
    expect(html).not.toContain('<b>act</b>');
    expect(html).toContain('<ul><li>One point</li></ul>');
  });
});

describe('excerpt freshness', () => {
  const old = [
    { id: 'p1', n: 1, text: 'Canada and France will deepen cooperation on cyber defence in support of Ukraine.' },
    { id: 'p2', n: 2, text: 'Both countries will hold annual consultations on security in the Indo-Pacific region.' },
  ];

  it('finds the same passage in a newer version, even renumbered', () => {
    const newer = [
      { id: 'p0', n: 1, text: 'A new opening paragraph.' },
      { ...old[0]!, n: 2 },
      { ...old[1]!, n: 3 },
    ];
    const result = checkExcerptFreshness(
      { paragraphs: [{ id: 'p1' }], text: 'deepen cooperation on cyber defence' },
      old,
      newer,
    );
    expect(result).toEqual({
      status: 'unchanged',
      paragraphs: [{ id: 'p1', n: 2, label: '2' }],
      text: 'deepen cooperation on cyber defence',
    });
  });

  it('offers the reworded passage when the source changed', () => {
    const newer = [
      { id: 'q1', n: 1, text: 'Canada and France will strengthen cooperation on cyber defence in support of Ukraine.' },
      old[1]!,
    ];
    const whole = checkExcerptFreshness({ paragraphs: [{ id: 'p1' }], text: old[0]!.text }, old, newer);
    expect(whole).toEqual({ status: 'changed', paragraphs: [{ id: 'q1', n: 1, label: '1' }], text: newer[0]!.text });
    const part = checkExcerptFreshness(
      { paragraphs: [{ id: 'p1' }], text: 'will deepen cooperation on cyber defence' },
      old,
      newer,
    );
    expect(part.status).toBe('changed');
    expect(part.status === 'changed' && part.text).toBe('will strengthen cooperation on cyber defence');
  });

  it('reports a removed passage', () => {
    const newer = [{ id: 'z', n: 1, text: 'Something entirely different about fisheries and trade.' }, old[1]!];
    expect(checkExcerptFreshness({ paragraphs: [{ id: 'p1' }], text: old[0]!.text }, old, newer)).toEqual({
      status: 'removed',
    });
  });
});
