/** Encodings: BOMs, UTF-16 both ways, and legacy Windows-1252 French text. */
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText } from './decode.ts';
import { importDocument } from './index.ts';

const french =
  'Déclaration commune\n\nLes ministres ont réaffirmé leur engagement à coopérer « sans délai » sur la sécurité énergétique. Ça coûtera 3 € par foyer.';

function withBom(bom: number[], body: Uint8Array): Uint8Array {
  return new Uint8Array([...bom, ...body]);
}

describe('decodeText', () => {
  it('reads UTF-8 with and without a BOM', () => {
    const bytes = new TextEncoder().encode(french);
    expect(decodeText(bytes)).toEqual({ text: french, encoding: 'utf-8' });
    expect(decodeText(withBom([0xef, 0xbb, 0xbf], bytes))).toEqual({ text: french, encoding: 'utf-8' });
  });

  it('reads UTF-16 LE and BE with a BOM', () => {
    expect(decodeText(withBom([0xff, 0xfe], iconv.encode(french, 'utf-16le')))).toEqual({
      text: french,
      encoding: 'utf-16le',
    });
    expect(decodeText(withBom([0xfe, 0xff], iconv.encode(french, 'utf-16be')))).toEqual({
      text: french,
      encoding: 'utf-16be',
    });
  });

  it('reads UTF-16 LE without a BOM', () => {
    expect(decodeText(iconv.encode(french, 'utf-16le')).text).toBe(french);
  });

  it('falls back to Windows-1252 for French text that is not UTF-8', () => {
    const result = decodeText(iconv.encode(french, 'windows-1252'));
    expect(result.text).toBe(french);
    expect(result.encoding).toBe('windows-1252');
    expect(decodeText(iconv.encode('Économie et société : réunion à Genève.', 'latin1')).text).toBe(
      'Économie et société : réunion à Genève.',
    );
  });

  it('honours a charset declared by an HTML page', () => {
    const html = '<html><head><meta charset="iso-8859-15"></head><body><p>Coût : 5 €</p></body></html>';
    expect(decodeText(iconv.encode(html, 'iso-8859-15')).text).toBe(html);
  });
});

describe('importDocument with legacy encodings', () => {
  it('imports a cp1252 French text with its accents', async () => {
    const { document: d } = await importDocument({ fileName: 'fr.txt', bytes: iconv.encode(french, 'windows-1252') });
    expect(d.title).toBe('Déclaration commune');
    expect(d.language).toBe('fr');
    expect(d.sections[0]?.paragraphs[0]?.text).toBe(
      'Les ministres ont réaffirmé leur engagement à coopérer « sans délai » sur la sécurité énergétique. Ça coûtera 3 € par foyer.',
    );
  });

  it('imports UTF-16 text with a BOM', async () => {
    const { document: d } = await importDocument({
      fileName: 'fr.txt',
      bytes: withBom([0xff, 0xfe], iconv.encode(french, 'utf-16le')),
    });
    expect(d.title).toBe('Déclaration commune');
  });
});

describe('control characters in text files', () => {
  const paragraphsOf = async (bytes: Uint8Array) =>
    (await importDocument({ fileName: 'statement.txt', bytes })).document.sections.flatMap((s) =>
      s.paragraphs.map((p) => p.text),
    );

  it('keeps a paragraph whole around a stray NUL, between words or inside one (issue 19)', async () => {
    const text =
      'Joint statement on rivers\n\nThe members agree to\u0000 protect the rivers and to meet again next year in Ottawa.\n\n' +
      'They will report on progr\u0000ess at the next meeting\u0007 of ministers.\n';
    expect(await paragraphsOf(new TextEncoder().encode(text))).toEqual([
      'The members agree to protect the rivers and to meet again next year in Ottawa.',
      'They will report on progress at the next meeting of ministers.',
    ]);
    // The same in UTF-16, where NULs are half the bytes: still read as text.
    const utf16 = new Uint8Array([0xff, 0xfe, ...iconv.encode(text, 'utf-16le')]);
    expect(await paragraphsOf(utf16)).toHaveLength(2);
  });

  it('still refuses binaries that are mostly control bytes', async () => {
    const binary = new Uint8Array(4096).map((_, i) => (i % 3 === 0 ? 0 : 0x41 + (i % 26)));
    binary.set([0x7f, 0x45, 0x4c, 0x46]); // an ELF header
    await expect(importDocument({ fileName: 'program.txt', bytes: binary })).rejects.toMatchObject({
      key: 'notADocument',
    });
  });
});
