/**
 * Print isolation: no text from the library can remove or forge the classification marking,
 * the running title or the page numbers. Packs whose title, note, excerpt, annex and annotation
 * texts carry stylesheet breakouts and markup are printed on a real Chromium; every page must
 * still carry the true marking top and bottom and "Page X of Y", and never a forged one.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiChannel, ApiInput, ApiOutput } from '../../../shared/api/index.ts';
import { heading, link, list, paragraph, root, table, textNode } from '../../../test/support/lexical-json.ts';
import { pdfPageTexts } from '../../../test/support/pdf.ts';
import { makeTempDir } from '../../../test/support/temp.ts';
import { VECTORS } from '../../../test/support/xss-vectors.ts';
import { createApiContext, type ApiContext } from '../api/context.ts';
import { dispatch } from '../api/dispatch.ts';
import { apiHandlers } from '../api/handlers.ts';
import { openLibrary } from '../library/open-library.ts';
import { closeSharedChromium, createChromiumPrinter } from './chromium-printer.ts';
import { exportPack, printPack } from './export-pack.ts';
import type { PrintPack } from './print-model.ts';
import type { PdfPrinter } from './printer.ts';

/** Each tries to end the print stylesheet or a CSS string and paint "UNCLASSIFIED" instead. */
const BREAKOUTS = [
  '</style><style>@page{@top-center{content:"UNCLASSIFIED"}@bottom-center{content:"UNCLASSIFIED"}@bottom-right{content:""}}</style>',
  '</STYLE ><style>@page{@top-center{content:"UNCLASSIFIED"}}</style>',
  '";}@page{@top-center{content:"UNCLASSIFIED"}@bottom-right{content:"x"}}/*',
  '\\";}@page{@top-center{content:"UNCLASSIFIED"}}',
  "'}</style><script>document.title='x'</script>",
  '<!--</style>--><style>*{display:none}</style>',
  '\u0000\u000c</style\u000c><style>html{display:none}</style>',
];

const doc = { id: 'd1', title: 'Déclaration', date: '2024-09-26', place: 'Ottawa', issuer: 'Cabinet', language: 'en' };

function hostilePack(title: string): PrintPack {
  const paragraphs = Array.from({ length: 30 }, (_, i) => ({
    id: `p${i + 1}`,
    n: i + 1,
    label: String(i + 1),
    text: `${BREAKOUTS[i % BREAKOUTS.length]} Paragraph ${i + 1} of the annexed text. `.repeat(4),
  }));
  return {
    id: 'k1',
    title,
    audience: BREAKOUTS[2] as string,
    date: '2024-10-01',
    language: 'en',
    classification: 'protected-b',
    preparedBy: BREAKOUTS[0] as string,
    pageSize: 'letter',
    items: [
      {
        kind: 'excerpt',
        itemId: 'i1',
        heading: title,
        document: { ...doc, title },
        paragraphs: paragraphs.slice(0, 3),
      },
      {
        kind: 'annex',
        itemId: 'i2',
        document: { ...doc, title },
        whole: true,
        sections: [{ heading: title, paragraphs }],
      },
    ],
  };
}

let temp: ReturnType<typeof makeTempDir>;
let printer: PdfPrinter;
beforeAll(async () => {
  temp = makeTempDir();
  printer = await createChromiumPrinter();
}, 60_000);
afterAll(async () => {
  await printer.close();
  await closeSharedChromium();
  temp.cleanup();
});

/** The PDF's pages, each checked for the true marking top and bottom and its "Page X of Y". */
function expectFurnitureOnEveryPage(bytes: Uint8Array, name: string, minimumPages = 3): string[] {
  const file = join(temp.dir, `${name}.pdf`);
  writeFileSync(file, bytes);
  const pages = pdfPageTexts(file);
  expect(pages.length).toBeGreaterThanOrEqual(minimumPages);
  pages.forEach((text, page) => {
    const lines = text.split('\n').filter((l) => l.trim());
    expect(lines.slice(0, 3).join(' '), `page ${page + 1} top`).toContain('PROTECTED B');
    // The cover states the marking once, at its top; every other page at top and bottom.
    if (page > 0) expect(lines.at(-1), `page ${page + 1} bottom`).toContain('PROTECTED B');
    expect(lines.at(-1), `page ${page + 1} bottom`).toContain(`Page ${page + 1} of ${pages.length}`);
    // The forged marking never appears as page furniture.
    expect(`${lines[0]} ${lines.at(-1)}`).not.toMatch(/^\s*UNCLASSIFIED|UNCLASSIFIED\s*$/);
  });
  return pages;
}

describe('print isolation', () => {
  it.each(BREAKOUTS.map((b, i) => [i, b]))(
    'keeps the marking and page numbers on every page (title %i)',
    async (i, title) => {
      const printed = await printPack(hostilePack(String(title)), printer);
      expectFurnitureOnEveryPage(printed.bytes, `p${i}`);
    },
  );
});

/** Elements the print HTML may contain: text structure only (no script, frame, media, form or SVG). */
const PRINT_ELEMENTS = new Set(
  (
    'html head meta title style body section nav article div p h1 h2 h3 h4 h5 h6 dl dt dd ol ul li a span ' +
    'blockquote footer cite table thead tbody tr th td strong em u s code sub sup mark br hr'
  ).split(' '),
);

/** Everything in the print HTML that could run, load, navigate or restyle: should be empty. */
function activeContent(html: string): string[] {
  const { document } = new JSDOM(html).window;
  const found: string[] = [];
  for (const element of document.querySelectorAll('*')) {
    const tag = element.tagName.toLowerCase();
    if (!PRINT_ELEMENTS.has(tag)) found.push(`<${tag}>`);
    for (const { name, value } of element.attributes) {
      if (/^on/i.test(name) || /^(style|src|srcset|action|formaction|xlink:href|background)$/i.test(name))
        found.push(`<${tag} ${name}>`);
      if (name === 'href' && !/^(#[A-Za-z0-9_.-]+$|https:\/\/|mailto:)/.test(value))
        found.push(`<${tag} href=${value}>`);
    }
  }
  if (document.querySelectorAll('style').length !== 1) found.push('a second <style>');
  const metas = [...document.querySelectorAll('meta')].map(
    (m) => m.getAttribute('http-equiv') ?? m.getAttribute('name') ?? 'charset',
  );
  for (const meta of metas)
    if (!['Content-Security-Policy', 'author', 'description', 'charset'].includes(meta)) found.push(`<meta ${meta}>`);
  return found;
}

describe('print isolation of everything a library holds', () => {
  let library: Awaited<ReturnType<typeof openLibrary>>;
  let context: ApiContext;
  const call = async <C extends ApiChannel>(channel: C, input: ApiInput<C>): Promise<ApiOutput<C>> => {
    const result = await dispatch(apiHandlers, context, channel, input, (_c, error) => {
      throw error;
    });
    if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
    return result.value as ApiOutput<C>;
  };
  /** A vector and a stylesheet breakout, cut to a field's limit. */
  const hostile = (i: number, max = 500) =>
    `${VECTORS[i % VECTORS.length]} ${BREAKOUTS[i % BREAKOUTS.length]}`.slice(0, max);

  beforeAll(async () => {
    library = await openLibrary(join(temp.dir, 'library'), { seed: false });
    context = createApiContext({ db: library.db, storePath: library.path, mode: 'cli', version: '0.0.0-test' });
  });
  afterAll(() => library.db.close());

  it('prints notes, excerpts, annexes and annotation digests carrying the XSS corpus as text, marked on every page', async () => {
    // Plain text keeps every vector literally (an HTML import would sanitize most of them away).
    const statement = `Joint statement\n\n${VECTORS.map(
      (v, i) => `Paragraph ${i + 1} of the statement says the members agree. ${v} The text goes on.`,
    ).join('\n\n')}\n`;
    const imported = await call('documents:import', {
      fileName: 'statement.txt',
      dataBase64: Buffer.from(statement).toString('base64'),
    });
    const documentId = imported.document.id;
    const document = await call('documents:get', { id: documentId });
    await call('documents:update', {
      id: documentId,
      title: hostile(1, 1000),
      kind: document.kind,
      language: 'en',
      date: '2024-09-26',
      place: hostile(2),
      issuer: hostile(3),
    });
    const cited = (await call('documents:get', { id: documentId })).sections.flatMap((s) => s.paragraphs).slice(0, 2);

    for (let i = 0; i < 12; i++) {
      const lexical = JSON.stringify(
        root([
          paragraph([textNode(hostile(i * 7), 1), link('https://example.org/"><script>x</script>', hostile(i))]),
          list([[paragraph([textNode(hostile(i + 3))])]]),
          { type: 'html', version: 1, __html: VECTORS[i], children: [] },
        ]),
      );
      await call('annotations:create', {
        documentId,
        target: { type: 'paragraph', n: i + 1 },
        color: 'red',
        tags: [hostile(i, 60).replace(/[\n\r\t]/g, ' '), `<b onmouseover=x>${i}`],
        comment: { lexical, text: `${hostile(i + 5)} — comment ${i}` },
      });
    }
    await call('annotations:setColorLabel', { key: 'red', label: hostile(4, 40) });

    const note = await call('notes:create', { template: 'blank', title: hostile(6, 200) });
    const excerpt = {
      type: 'excerpt',
      version: 1,
      documentId,
      documentTitle: hostile(8),
      documentDate: '2024-09-26',
      paragraphs: cited.map((p) => ({ id: p.id, n: p.n })),
      text: cited.map((p) => p.text).join('\n\n'),
      origin: 'paragraph',
    };
    const content = root([
      heading('h1', hostile(10)),
      paragraph([textNode(hostile(11)), link('http://example.org/plain', 'a plain http link')]),
      paragraph([link('#/doc/abc/p/1', 'an app route'), link('mailto:desk@example.org', 'mail the desk')]),
      heading('h2', BREAKOUTS[0] as string),
      table([
        [hostile(12, 200), hostile(13, 200)],
        [hostile(14, 200), hostile(15, 200)],
      ]),
      excerpt,
      ...VECTORS.slice(0, 40).map((v) => paragraph([textNode(v)])),
    ]) as unknown as ApiInput<'notes:save'>['content'];
    await call('notes:save', {
      id: note.id,
      title: hostile(16, 200),
      status: 'draft',
      classification: 'protected-b',
      fields: { ...note.fields, to: hostile(17, 200), from: hostile(18, 200), fileNumber: hostile(19, 100) },
      content,
    });

    const pack = await call('packs:create', {
      title: hostile(20, 300),
      audience: hostile(21, 200),
      preparedBy: hostile(22, 200),
    });
    for (const spec of [
      { kind: 'note', noteId: note.id },
      { kind: 'excerpt', documentId, paragraphs: [1, 2, 3], heading: hostile(23, 200) },
      { kind: 'annotations', documentId },
      { kind: 'document', documentId, sections: null },
    ] satisfies Array<ApiInput<'packs:addItem'>['spec']>) {
      await call('packs:addItem', { packId: pack.id, spec });
    }

    const printed = await exportPack(library.db, pack.id, async () => ({
      print: (html) => printer.print(html),
      close: async () => {},
    }));
    expect(printed.pack.classification).toBe('protected-b');
    expect(activeContent(printed.html)).toEqual([]);
    // Links kept: https and mailto in the note, internal anchors for citations; the http link and the app route print as text.
    expect(printed.html).toContain('href="mailto:desk@example.org"');
    expect(printed.html).not.toContain('http://example.org/plain');
    expect(printed.html).toContain('a plain http link');
    const pages = expectFurnitureOnEveryPage(printed.bytes, 'library', 8);
    const text = pages.join('\n');
    // The vectors were printed as text, in the note, the annex and the digest (comments and tags).
    expect(text).toContain('onerror=__pwned');
    expect(text).toContain('<b onmouseover=x>');
    expect(text).toContain('</style><style>@page');
  }, 180_000);
});
