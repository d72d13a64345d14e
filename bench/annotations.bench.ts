/**
 * Annotation speed: opening the sample with its annotations; a generated 500-page document
 * (5,000 paragraphs, about 1.5 M characters) with 2,000 annotations; creating one annotation;
 * re-anchoring 2,000 annotations onto a new version (a paragraph inserted near the start and
 * words changed in 1 paragraph in 50). The long document is timed twice: the API's answer,
 * and what the user waits for in the page (browser mode in Chromium, click to the first screen of
 * text and annotation cards drawn: bench/scale/in-page.ts).
 */
import { createApiContext } from '../main/services/api/context.ts';
import { dispatch } from '../main/services/api/dispatch.ts';
import { apiHandlers } from '../main/services/api/handlers.ts';
import { anchorAnnotationsOn, createAnnotation, versionText } from '../main/services/library/annotations.ts';
import { openLibrary } from '../main/services/library/open-library.ts';
import { deleteAnchorsOnDocument } from '../main/services/store/annotations.store.ts';
import { inTransaction } from '../main/services/store/database.ts';
import { insertDocument } from '../main/services/store/documents.store.ts';
import { numberSections, type SectionDraft } from '../shared/model/index.ts';
import { launchChromium } from '../test/e2e/support/chromium.ts';
import { makeTempDir } from '../test/support/temp.ts';
import { measure, type BenchRow } from './measure.ts';
import { pageTimings, quietMaintenance } from './scale/in-page.ts';

const WORDS = (
  'the parties reaffirmed their commitment to principles of the charter officials will report progress at next ' +
  'ministerial meeting cooperation on research training and exchange of information strengthened both sides ' +
  'underlined importance transparency accountability public institutions funding joint programme reviewed annually'
).split(' ');

/** Deterministic pseudo-random text, so every run measures the same document. */
export function generator(seed: number) {
  let state = seed;
  const next = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  const sentence = () => {
    const length = 12 + Math.floor(next() * 14);
    const words = Array.from({ length }, () => WORDS[Math.floor(next() * WORDS.length)] as string);
    const text = words.join(' ');
    return `${text[0]?.toUpperCase()}${text.slice(1)}.`;
  };
  return { next, paragraph: () => Array.from({ length: 2 + Math.floor(next() * 2) }, sentence).join(' ') };
}

/** 500 pages: 50 sections of 100 paragraphs of ~300 characters. */
export function longDocument(): SectionDraft[] {
  const g = generator(42);
  return Array.from({ length: 50 }, (_, s) => ({
    heading: `Section ${s + 1}`,
    paragraphs: Array.from({ length: 100 }, () => `${g.paragraph()} [${s}]`),
  }));
}

function nextVersion(drafts: SectionDraft[]): SectionDraft[] {
  return drafts.map((section, s) => ({
    heading: section.heading,
    paragraphs: [
      ...(s === 0 ? ['A paragraph inserted at the start of the new version of this document.'] : []),
      ...section.paragraphs.map((text, i) =>
        i % 50 === 25 ? text.replace(/ the /, ' a ').replace(/\. /, '; ') : text,
      ),
    ],
  }));
}

export async function annotationsBenchRows(): Promise<BenchRow[]> {
  const temp = makeTempDir('precis-bench-annotations-');
  const store = await openLibrary(temp.dir);
  const db = store.db;
  const context = createApiContext({ db, storePath: store.path, mode: 'cli', version: 'bench' });
  const call = (channel: 'documents:get' | 'annotations:list', id: string) =>
    channel === 'documents:get'
      ? dispatch(apiHandlers, context, channel, { id }, () => {})
      : dispatch(apiHandlers, context, channel, { documentId: id }, () => {});
  try {
    const rows: BenchRow[] = [];
    const list = await dispatch(apiHandlers, context, 'documents:list', {}, () => {});
    const sample = (list.ok ? (list.value as Array<{ id: string; kind: string }>) : []).find(
      (d) => d.kind === 'declaration',
    );
    if (!sample) throw new Error('the sample declaration is missing');
    for (const n of [2, 5, 8, 12, 20]) {
      createAnnotation(db, { documentId: sample.id, target: { type: 'paragraph', n }, tags: ['bench'] });
    }
    rows.push({
      name: 'open the sample declaration with its annotations (documents:get + annotations:list)',
      ...(await measure(async () => {
        await call('documents:get', sample.id);
        await call('annotations:list', sample.id);
      })),
      target_ms: 200,
    });

    // A 500-page document and 2,000 annotations spread through it.
    const drafts = longDocument();
    const now = new Date().toISOString();
    const insert = (id: string, version: number, sections: SectionDraft[], previousId: string | null) =>
      inTransaction(db, () =>
        insertDocument(db, {
          id,
          seriesId: 'benchlong',
          version,
          previousId,
          document: {
            title: 'Long bench document',
            kind: 'declaration',
            language: 'en',
            date: null,
            place: null,
            issuer: null,
            sections: numberSections(sections),
          },
          source: {
            fileName: 'long.txt',
            sha256: `bench-${id}`,
            mediaType: 'text/plain',
            bytes: new TextEncoder().encode(id),
            importedAt: now,
          },
        }),
      );
    insert('benchlong', 1, drafts, null);
    const { canonical } = versionText(db, 'benchlong');
    const g = generator(99);
    for (let i = 0; i < 2000; i++) {
      const paragraph = canonical.paragraphs[Math.floor(g.next() * canonical.paragraphs.length)];
      if (!paragraph) continue;
      const start = paragraph.start + Math.floor(g.next() * 100);
      createAnnotation(db, {
        documentId: 'benchlong',
        target: { type: 'range', start, end: start + 20 + Math.floor(g.next() * 80) },
        color: 'yellow',
        tags: [`t${i % 20}`],
      });
    }
    rows.push({
      name: '500-page document (1.5 M chars) with 2,000 annotations: documents:get + annotations:list',
      ...(await measure(
        async () => {
          await call('documents:get', 'benchlong');
          await call('annotations:list', 'benchlong');
        },
        { runs: 10, warmup: 2 },
      )),
      target_ms: 1000,
      note: `${canonical.text.length.toLocaleString('en')} characters; API only, not the page's rendering`,
    });
    const restore = quietMaintenance(temp.dir);
    const browser = await launchChromium();
    try {
      const paragraphs = drafts.reduce((n, section) => n + section.paragraphs.length, 0);
      const page = await pageTimings(
        browser,
        temp.dir,
        { id: 'benchlong', paragraphs, annotations: 2000, jumpTo: paragraphs },
        3,
      );
      rows.push({
        name: '500-page document with 2,000 annotations, in the page (click to the first screen of text and cards drawn)',
        median_ms: page.openDocumentMs,
        p95_ms: page.openDocumentP95Ms,
        target_ms: 1000,
        note: 'browser mode in Chromium: what the user waits for',
      });
      if (page.jumpMs !== undefined) {
        rows.push({
          name: `… then its ¶ ${paragraphs.toLocaleString('en')} by its ¶ link (from the top: drawn and in view)`,
          median_ms: page.jumpMs,
          target_ms: 200,
          note: 'browser mode in Chromium',
        });
      }
    } finally {
      await browser.close();
      restore();
    }

    let k = 0;
    rows.push({
      name: 'create one annotation (annotations:create, on the 500-page document)',
      ...(await measure(() => {
        const paragraph = canonical.paragraphs[(k++ * 37) % canonical.paragraphs.length];
        return dispatch(
          apiHandlers,
          context,
          'annotations:create',
          {
            documentId: 'benchlong',
            target: { type: 'range', start: paragraph?.start ?? 0, end: (paragraph?.start ?? 0) + 40 },
          },
          () => {},
        );
      })),
      target_ms: 50,
    });

    insert('benchlong2', 2, nextVersion(drafts), 'benchlong');
    let statuses = '';
    rows.push({
      name: 're-anchor 2,000+ annotations onto a new version (paragraph inserted, 2 % of paragraphs edited)',
      ...(await measure(
        () => {
          deleteAnchorsOnDocument(db, 'benchlong2');
          const { anchors } = anchorAnnotationsOn(db, 'benchlong2');
          const counts: Record<string, number> = {};
          for (const anchor of anchors.values()) counts[anchor.status] = (counts[anchor.status] ?? 0) + 1;
          statuses = Object.entries(counts)
            .map(([status, n]) => `${status} ${n}`)
            .join(', ');
        },
        { runs: 5, warmup: 1 },
      )),
      target_ms: 1000,
      note: statuses,
    });
    return rows;
  } finally {
    db.close();
    temp.cleanup();
  }
}
