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
