/**
 * DOCX: the zip is checked first (zip.ts: declared sizes, ratios, honest headers), then mammoth
 * turns it into semantic HTML (headings from Word's heading styles), read like any document body.
 * Images are never extracted.
 */
import mammoth from 'mammoth';
import type { ReaderOutput } from '../blocks.ts';
import type { Deadline } from '../deadline.ts';
import { ImportError } from '../errors.ts';
import type { ZipEntry } from '../zip.ts';
import { verifyZip } from '../zip.ts';
import type { Block } from '../blocks.ts';
import { numberedParagraphs } from './docx-numbering.ts';
import { elementBlocks, sanitize } from './dom.ts';

export async function readDocx(
  bytes: Uint8Array,
  entries: readonly ZipEntry[],
  fileName: string,
  deadline: Deadline,
): Promise<ReaderOutput> {
  const name = fileName;
  const verdict = verifyZip(bytes, entries);
  if (!verdict.ok) {
    throw verdict.reason === 'too-large'
      ? new ImportError('too-large', 'unpackedTooLarge', name, { detail: verdict.detail })
      : new ImportError('corrupt', 'docxMalformed', name, { detail: verdict.detail });
  }
  deadline.check();
  let html: string;
  try {
    const result = await deadline.race(
      mammoth.convertToHtml(
        { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
        {
          convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
          styleMap: ["p[style-name='Title'] => h1:fresh", "p[style-name='Subtitle'] => p:fresh"],
        },
      ),
    );
    html = result.value;
  } catch (error) {
    if (error instanceof ImportError || deadline.signal.aborted) throw error;
    throw new ImportError('corrupt', 'docxUnreadable', name);
  }
  const body = sanitize(`<!doctype html><html><body>${html}</body></html>`).body;
  const blocks = body ? withWordNumbers(elementBlocks(body), bytes, entries) : [];
  return { blocks, origin: 'document', hints: {} };
}

/** List items get the number Word shows for them (mammoth's `<ol>` restarts and loses letters). */
function withWordNumbers(blocks: Block[], bytes: Uint8Array, entries: readonly ZipEntry[]): Block[] {
  const key = (text: string): string => text.replace(/\s+/g, ' ').trim().toLowerCase();
  const queues = new Map<string, Array<string | null>>();
  for (const p of numberedParagraphs(bytes, entries)) {
    queues.set(key(p.text), [...(queues.get(key(p.text)) ?? []), p.marker]);
  }
  if (queues.size === 0) return blocks;
  return blocks.map((b) => {
    if (b.depth === undefined) return b;
    const queue = queues.get(key(b.text));
    if (!queue || queue.length === 0) return b;
    const marker = queue.shift() ?? null;
    const { marker: _, ...rest } = b;
    return marker === null ? rest : { ...rest, marker };
  });
}
