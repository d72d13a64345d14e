/**
 * The excerpt check reads only the cited paragraphs (and, for a paragraph the newer version
 * no longer has, the closest ones the index finds): its answers must be those of the check
 * over both whole versions, for excerpts of every paragraph of a document whose newer version
 * rewords, removes, merges, splits, moves and adds paragraphs.
 */
import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ExcerptCheck } from '../../../shared/api/index.ts';
import { EXCERPT_PARAGRAPH_SEPARATOR } from '../../../shared/model/excerpt.ts';
import { citedParagraph, numberSections, type Section } from '../../../shared/model/index.ts';
import { checkExcerptFreshness } from '../../../shared/notes/excerpt-freshness.ts';
import { makeTempDir } from '../../../test/support/temp.ts';
import { inTransaction, openStore, type Database } from '../store/database.ts';
import { getDocument, insertDocument } from '../store/documents.store.ts';
import { setDocumentDeleted } from '../store/library.store.ts';
import { checkExcerpts, type ExcerptToCheck } from './excerpt-check.ts';

const FIRST = [
  'The ministers met in Halifax on the question of coastal shipping and port security.',
  'They agreed that search and rescue capacity in the northern waters must double by 2030.',
  'A joint fund of 40 million dollars will finance icebreaker crews and their training.',
  'Both sides will share ice charts, weather warnings and satellite imagery in real time.',
  'Fisheries inspectors from each country may board vessels flagged by the other.',
  'The parties condemn illegal, unreported and unregulated fishing in the high seas.',
  'Research vessels will survey the seabed of the continental shelf over five seasons.',
  'Results of the survey will be published in both official languages within a year.',
  'Indigenous harvesters will sit on the advisory board that oversees the survey.',
  'A hotline between the two coast guards will be staffed at all hours.',
  'Spills of oil or fuel will be reported to both governments within six hours.',
  'The agreement will be reviewed after three years and may be extended by exchange of notes.',
  'Nothing in this declaration affects the rights of either party under the law of the sea.',
];

function secondVersion(): string[] {
  const p = [...FIRST];
  return [
    'A new opening paragraph recalls the earlier meetings held in Reykjavik.',
    p[0] as string,
    (p[1] as string).replace('must double by 2030', 'must triple by 2032'),
    p[2] as string,
    p[3] as string,
    // p[4] (fisheries inspectors) is gone
    `${p[5]} ${p[6]}`, // two paragraphs merged
    'Results of the survey will be published in both official languages.',
    'They will appear within a year.', // p[7] split in two, reworded
    p[8] as string,
    p[10] as string,
    p[11] as string,
    p[9] as string, // moved after two others
    p[12] as string,
  ];
}

let temp: ReturnType<typeof makeTempDir>;
let db: Database;

function addVersion(id: string, version: number, paragraphs: string[]): Section[] {
  const sections = numberSections([{ heading: null, paragraphs }]);
  const bytes = Buffer.from(paragraphs.join('\n'));
  insertDocument(db, {
    id,
    seriesId: 'series',
    version,
    previousId: version > 1 ? 'v1' : null,
    document: {
      title: 'Declaration on northern waters',
      kind: 'declaration',
      language: 'en',
      date: '2025-03-01',
      place: null,
      issuer: null,
      sections,
    },
    source: {
      fileName: 'waters.txt',
      sha256: createHash('sha256').update(bytes).digest('hex'),
      mediaType: 'text/plain',
      bytes,
      importedAt: `2025-03-0${version}T00:00:00.000Z`,
    },
  });
  return sections;
}

/**
 * The check as it was: both whole versions read and compared; the cited paragraphs as their
 * own version numbers and labels them now.
 */
function wholeDocumentCheck(excerpt: ExcerptToCheck): ExcerptCheck {
  const cited = getDocument(db, excerpt.documentId);
  const latest = getDocument(db, 'v2');
  if (!cited || !latest) throw new Error('versions missing');
  const paragraphs = (doc: typeof cited) => doc.sections.flatMap((s) => s.paragraphs);
  const own = paragraphs(cited)
    .filter((p) => excerpt.paragraphs.some((e) => e.id === p.id))
    .map((p) => citedParagraph(p));
  const freshness = checkExcerptFreshness(excerpt, paragraphs(cited), paragraphs(latest));
  const latestInfo = { documentId: 'v2', version: 2, title: latest.title, date: latest.date };
  if (freshness.status === 'removed') return { status: 'removed', latest: latestInfo, paragraphs: own };
  return {
    status: freshness.status,
    latest: latestInfo,
    replacement: { paragraphs: freshness.paragraphs, text: freshness.text },
    paragraphs: own,
    ...(freshness.change ? { change: freshness.change } : {}),
  };
}

beforeEach(() => {
  temp = makeTempDir();
  db = openStore(temp.dir).db;
});
afterEach(() => {
  db.close();
  temp.cleanup();
});

describe('the excerpt check', () => {
  it('answers as the whole-document check does, for every paragraph and pair of paragraphs', () => {
    const first = inTransaction(db, () => addVersion('v1', 1, FIRST))[0]?.paragraphs ?? [];
    inTransaction(db, () => addVersion('v2', 2, secondVersion()));
    const excerpts: ExcerptToCheck[] = [
      ...first.map((p) => ({ documentId: 'v1', paragraphs: [{ id: p.id, n: p.n }], text: p.text })),
      ...first.slice(0, -1).map((p, i) => {
        const next = first[i + 1] as (typeof first)[number];
        return {
          documentId: 'v1',
          paragraphs: [
            { id: p.id, n: p.n },
            { id: next.id, n: next.n },
          ],
          text: `${p.text}${EXCERPT_PARAGRAPH_SEPARATOR}${next.text}`,
        };
      }),
      // A passage inside a paragraph, not the whole of it.
      { documentId: 'v1', paragraphs: [{ id: first[1]?.id ?? '', n: 2 }], text: 'search and rescue capacity' },
    ];
    const checked = checkExcerpts(db, excerpts);
    expect(checked).toEqual(excerpts.map(wholeDocumentCheck));
    // The cases are all there: unchanged, reworded, gone.
    const statuses = new Set(checked.map((c) => c.status));
    expect([...statuses].sort()).toEqual(['changed', 'removed', 'unchanged']);
  });

  it('says current for the newest version, missing for a deleted or unknown document', () => {
    const first = inTransaction(db, () => addVersion('v1', 1, FIRST))[0]?.paragraphs ?? [];
    const excerpt = { documentId: 'v1', paragraphs: [{ id: first[0]?.id ?? '', n: 1 }], text: FIRST[0] as string };
    expect(checkExcerpts(db, [excerpt])).toEqual([
      { status: 'current', paragraphs: [{ id: first[0]?.id, n: 1, label: '1' }] },
    ]);
    setDocumentDeleted(db, 'v1', '2025-04-01T00:00:00.000Z');
    expect(checkExcerpts(db, [excerpt, { ...excerpt, documentId: 'nope' }])).toEqual([
      { status: 'missing' },
      { status: 'missing' },
    ]);
  });
});
