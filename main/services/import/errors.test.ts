/** Bad input: every case ends quickly in a clear ImportError, or in a safe document. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { crc32, deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ImportError, importDocument, importDocumentWithin, MAX_INPUT_BYTES } from './index.ts';
import { writePdf } from './testing/pdf-writer.ts';

const dir = fileURLToPath(new URL('../../../test/fixtures/import/', import.meta.url));
const fixture = (file: string): Uint8Array => new Uint8Array(readFileSync(dir + file));

async function failure(promise: Promise<unknown>): Promise<ImportError> {
  const started = performance.now();
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(performance.now() - started).toBeLessThan(10_000);
  expect(error).toBeInstanceOf(ImportError);
  return error as ImportError;
}

/** A zip archive; `declare` overrides an entry's declared uncompressed size, to lie like a bomb. */
function zip(entries: Array<{ name: string; data: Uint8Array; declare?: number }>): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name);
    const compressed = deflateRawSync(entry.data);
    const size = entry.declare ?? entry.data.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc32(entry.data), 14);
    local.writeUInt32LE(compressed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc32(entry.data), 16);
    central.writeUInt32LE(compressed.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, compressed);
    centrals.push(central, name);
    offset += local.length + name.length + compressed.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, cd, end]));
}

const docxParts = (documentXml: Uint8Array) => [
  { name: '[Content_Types].xml', data: Buffer.from('<?xml version="1.0"?><Types/>') },
  { name: 'word/document.xml', data: documentXml },
];

describe('bad input', () => {
  it('refuses an empty file', async () => {
    const error = await failure(importDocument({ fileName: 'notes.txt', bytes: new Uint8Array() }));
    expect(error.code).toBe('empty');
    expect(error.message).toBe('“notes.txt” is empty. Choose a file that contains the text.');
    expect(
      (await failure(importDocument({ fileName: 'blank.txt', bytes: new TextEncoder().encode(' \n\t\n ') }))).code,
    ).toBe('empty');
  });

  it('refuses binary junk', async () => {
    const bytes = new Uint8Array(8192);
    let seed = 42;
    for (let i = 0; i < bytes.length; i++) {
      seed = (seed * 1103515245 + 12345) >>> 0;
      bytes[i] = seed >>> 24;
    }
    const error = await failure(importDocument({ fileName: 'data.bin', bytes }));
    expect(error.code).toBe('unsupported');
    expect(error.message).toContain('“data.bin” is not a document Précis can read');
  });

  it('refuses a 100 MB file by its size, before decoding', async () => {
    const error = await failure(
      importDocument({ fileName: 'huge.txt', bytes: new Uint8Array(100 * 1024 * 1024).fill(0x61) }),
    );
    expect(error.code).toBe('too-large');
    expect(error.message).toContain(`up to ${MAX_INPUT_BYTES / 1024 / 1024} MB`);
  });

  it('refuses a truncated PDF as corrupt', async () => {
    const pdf = fixture('statement.pdf');
    const error = await failure(
      importDocument({ fileName: 'cut.pdf', bytes: pdf.subarray(0, Math.floor(pdf.length / 2)) }),
    );
    expect(error.code).toBe('corrupt');
    expect(error.message).toContain('“cut.pdf” is damaged or incomplete');
  });

  it('refuses a password-protected PDF', async () => {
    const error = await failure(importDocument({ fileName: 'report.pdf', bytes: fixture('encrypted.pdf') }));
    expect(error.code).toBe('encrypted');
    expect(error.message).toBe(
      '“report.pdf” is password-protected. Remove the password in your PDF reader and import it again.',
    );
    expect(error.messageIn('fr')).toBe(
      '«\u00a0report.pdf\u00a0» est protégé par un mot de passe. Retirez le mot de passe dans votre lecteur PDF et importez-le de nouveau.',
    );
  });

  it('refuses a scanned PDF without a text layer', async () => {
    const bytes = writePdf([
      { lines: [], scan: true },
      { lines: [], scan: true },
    ]);
    const error = await failure(importDocument({ fileName: 'scan.pdf', bytes }));
    expect(error.code).toBe('no-text');
    expect(error.message).toContain('text recognition (OCR)');
  });

  it('words every message in French too, naming an unnamed file “This file” / « Ce fichier »', async () => {
    const unnamed = await failure(importDocument({ fileName: '', bytes: new Uint8Array() }));
    expect(unnamed.message).toBe('“This file” is empty. Choose a file that contains the text.');
    expect(unnamed.messageIn('fr')).toBe('Ce fichier est vide. Choisissez un fichier qui contient le texte.');
    const huge = await failure(importDocument({ fileName: 'huge.txt', bytes: new Uint8Array(MAX_INPUT_BYTES + 1) }));
    expect(huge.messageIn('fr')).toContain(`Précis importe des fichiers d’au plus ${MAX_INPUT_BYTES / 1024 / 1024} Mo`);
  });

  it('refuses a file named .pdf that is not one', async () => {
    const error = await failure(importDocument({ fileName: 'fake.pdf', bytes: new TextEncoder().encode('hello') }));
    expect(error.code).toBe('corrupt');
  });

  it('refuses a DOCX zip bomb by its compression ratio, before inflating it', async () => {
    const bomb = zip(docxParts(new Uint8Array(30 * 1024 * 1024)));
    expect(bomb.length).toBeLessThan(100 * 1024);
    const error = await failure(importDocument({ fileName: 'bomb.docx', bytes: bomb }));
    expect(error.code).toBe('corrupt');
    expect(error.message).toContain('expands');
  });

  it('refuses a DOCX whose declared sizes exceed the limit', async () => {
    const parts = docxParts(Buffer.from('<w:document/>'));
    const error = await failure(
      importDocument({
        fileName: 'big.docx',
        bytes: zip([...parts, { name: 'word/media/a.bin', data: new Uint8Array(10), declare: 0xfffffff0 }]),
      }),
    );
    expect(error.code).toBe('too-large');
  });

  it('refuses a DOCX part that inflates past the size it declares', async () => {
    const lying = zip(docxParts(new Uint8Array(512 * 1024)).map((p) => ({ ...p, declare: 100 })));
    const error = await failure(importDocument({ fileName: 'liar.docx', bytes: lying }));
    expect(error.code).toBe('corrupt');
  });

  it('refuses other archives and old Word files', async () => {
    const other = zip([{ name: 'content.xml', data: Buffer.from('<x/>') }]);
    expect((await failure(importDocument({ fileName: 'sheet.ods', bytes: other }))).code).toBe('unsupported');
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    const error = await failure(importDocument({ fileName: 'old.doc', bytes: ole }));
    expect(error.code).toBe('unsupported');
    expect(error.message).toContain('Save it as DOCX');
  });

  it('turns HTML with scripts, iframes, handlers and javascript: links into a text-only document', async () => {
    const html = `<html><head><script>globalThis.pwned = true</script></head><body>
      <h1>Notice</h1>
      <p onclick="globalThis.pwned = true">The office will be closed on Monday for maintenance work on the heating system.</p>
      <iframe srcdoc="<script>parent.pwned = true</script>"></iframe>
      <img src="x" onerror="globalThis.pwned = true">
      <p><a href="javascript:globalThis.pwned=true">Open the details</a> of the schedule are posted at the entrance.</p>
      <svg><script>globalThis.pwned = true</script></svg>
      <object data="evil.swf"></object></body></html>`;
    const { document: d } = await importDocument({ fileName: 'notice.html', bytes: new TextEncoder().encode(html) });
    expect((globalThis as { pwned?: boolean }).pwned).toBeUndefined();
    expect(d.title).toBe('Notice');
    expect(d.sections.flatMap((s) => s.paragraphs.map((p) => p.text))).toEqual([
      'The office will be closed on Monday for maintenance work on the heating system.',
      'Open the details of the schedule are posted at the entrance.',
    ]);
    expect(JSON.stringify(d)).not.toMatch(/pwned|javascript|<|onclick|onerror/);
  });

  it('stops at the deadline with a timeout error', async () => {
    const error = await failure(importDocumentWithin(1, { fileName: 'slow.pdf', bytes: fixture('statement.pdf') }));
    expect(error.code).toBe('timeout');
    expect(error.message).toContain('“slow.pdf” took longer than');
  });

  it('honours an abort signal', async () => {
    const controller = new AbortController();
    controller.abort();
    const promise = importDocument(
      { fileName: 'a.txt', bytes: new TextEncoder().encode('Some text.') },
      { signal: controller.signal },
    );
    await expect(promise).rejects.toMatchObject({ name: 'AbortError' });
  });
});
