/** The two sample documents must come out exactly as test/fixtures/seeds/expected.json says. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importDocument } from './index.ts';

const seeds = fileURLToPath(new URL('../../../test/fixtures/seeds/', import.meta.url));

interface ExpectedParagraph {
  n: number;
  text: string;
}
interface Expected {
  declaration: {
    file: string;
    kind: string;
    language: string;
    title: string;
    date: string;
    place: string;
    issuer: string;
    section_headings: string[];
    paragraph_count: number;
    sections: Array<{ heading: string | null; paragraphs: ExpectedParagraph[] }>;
    not_content_examples: string[];
  };
  news: {
    file: string;
    kind: string;
    language: string;
    title: string;
    publisher: string;
    date: string | null;
    paragraphs: ExpectedParagraph[];
    not_content_examples: string[];
  };
}

const expected = JSON.parse(readFileSync(`${seeds}expected.json`, 'utf8')) as Expected;

async function load(file: string) {
  return importDocument({ fileName: file, bytes: new Uint8Array(readFileSync(seeds + file)) });
}

describe('sample declaration inside a news-aggregator page dump', () => {
  const want = expected.declaration;

  it('has the expected metadata', async () => {
    const { document, mediaType } = await load(want.file);
    expect(mediaType).toBe('text/plain');
    expect(document.title).toBe(want.title);
    expect(document.kind).toBe(want.kind);
    expect(document.language).toBe(want.language);
    expect(document.date).toBe(want.date);
    expect(document.place).toBe(want.place);
    expect(document.issuer).toBe(want.issuer);
  });

  it('has the untitled opening section, then the five headings in order', async () => {
    const { document } = await load(want.file);
    expect(document.sections[0]?.heading).toBeNull();
    expect(document.sections.slice(1).map((s) => s.heading)).toEqual(want.section_headings);
  });

  it('has all 24 paragraphs with their exact text and numbers, in their sections', async () => {
    const { document } = await load(want.file);
    const actual = document.sections.map((s) => ({
      heading: s.heading,
      paragraphs: s.paragraphs.map((p) => ({ n: p.n, text: p.text })),
    }));
    expect(actual).toEqual(want.sections);
    expect(document.sections.flatMap((s) => s.paragraphs)).toHaveLength(want.paragraph_count);
  });

  it('keeps no cruft line as a paragraph or heading', async () => {
    const { document } = await load(want.file);
    const texts = document.sections.flatMap((s) => [s.heading ?? '', ...s.paragraphs.map((p) => p.text)]);
    for (const cruft of want.not_content_examples) {
      expect(texts).not.toContain(cruft);
      for (const text of texts) expect(text.startsWith(cruft) && text.length < cruft.length + 40).toBe(false);
    }
  });

  it('gives stable, unique paragraph ids', async () => {
    const first = await load(want.file);
    const again = await load(want.file);
    const ids = first.document.sections.flatMap((s) => s.paragraphs.map((p) => p.id));
    expect(new Set(ids).size).toBe(ids.length);
    expect(again.document.sections.flatMap((s) => s.paragraphs.map((p) => p.id))).toEqual(ids);
  });
});

describe('sample news article', () => {
  const want = expected.news;

  it('has the expected metadata, with the publisher as issuer', async () => {
    const { document } = await load(want.file);
    expect(document.title).toBe(want.title);
    expect(document.kind).toBe(want.kind);
    expect(document.language).toBe(want.language);
    expect(document.date).toBe(want.date);
    expect(document.issuer).toBe(want.publisher);
  });

  it('has the six paragraphs with their exact text, in one untitled section', async () => {
    const { document } = await load(want.file);
    expect(document.sections).toHaveLength(1);
    expect(document.sections[0]?.heading).toBeNull();
    expect(document.sections[0]?.paragraphs.map((p) => ({ n: p.n, text: p.text }))).toEqual(want.paragraphs);
  });

  it('keeps no cruft line', async () => {
    const { document } = await load(want.file);
    const texts = document.sections.flatMap((s) => [s.heading ?? '', ...s.paragraphs.map((p) => p.text)]);
    for (const cruft of want.not_content_examples) expect(texts).not.toContain(cruft);
    expect(texts).not.toContain(want.title);
  });
});
