/**
 * Library archives are checked like imports (issue 19, finding 3): every hostile archive in
 * archives.ts is refused for its own reason, with a one-sentence message, and the library it
 * was imported into stays exactly as it was (empty). The genuine archive they are made from
 * imports whole, so the checks are not simply refusing everything.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { translateApiError } from '../../shared/api/index.ts';
import { ArchiveError, exportLibrary, importLibrary, snapshotLibrary } from '../../main/services/library/archive.ts';
import { openStore } from '../../main/services/store/database.ts';
import { makeTempDir } from '../support/temp.ts';
import { resolvePack } from '../../main/services/export/resolve-pack.ts';
import { renderPrintHtml } from '../../main/services/export/print-html.ts';
import { getReviewRow, putReviewRow } from '../../main/services/store/sync.store.ts';
import { printableOf } from '../../main/services/sync/review-actions.ts';
import {
  buildArchive,
  genuineLibrary,
  hostileArchives,
  readEntries,
  reviewRow,
  withRows,
  type HostileArchive,
} from './archives.ts';

const root = join(import.meta.dirname, '..', '..');
let temp: ReturnType<typeof makeTempDir>;
let genuinePath: string;
let cases: HostileArchive[];

beforeAll(async () => {
  temp = makeTempDir('precis-hostile-archives-');
  const source = await genuineLibrary(join(temp.dir, 'source'));
  genuinePath = join(temp.dir, 'genuine.precis-library');
  exportLibrary(source.db, genuinePath, '0.0.0-test');
  source.db.close();
  cases = hostileArchives(readEntries(genuinePath));
}, 60_000);
afterAll(() => temp?.cleanup());

describe('hostile library archives', () => {
  it('imports the genuine archive they are made from', () => {
    const target = openStore(join(temp.dir, 'genuine-target'));
    try {
      const result = importLibrary(target.db, genuinePath);
      expect(result.rows.documents).toBe(2);
      expect(result.rows.pack_items).toBe(2);
    } finally {
      target.db.close();
    }
  });

  it('refuses each hostile archive for its own reason, in one sentence, changing nothing', () => {
    expect(cases.length).toBeGreaterThanOrEqual(35);
    const target = openStore(join(temp.dir, 'target'));
    const empty = snapshotLibrary(target.db);
    const problems: string[] = [];
    try {
      for (const [i, hostile] of cases.entries()) {
        const path = join(temp.dir, `hostile-${i}.precis-library`);
        writeFileSync(path, hostile.bytes);
        let refusal: unknown;
        try {
          importLibrary(target.db, path);
        } catch (error) {
          refusal = error;
        }
        if (!(refusal instanceof ArchiveError)) {
          problems.push(`${hostile.kind}: ${refusal === undefined ? 'imported' : String(refusal)}`);
          continue;
        }
        if (refusal.translation.key !== `hostile.archive.${hostile.refusal}`)
          problems.push(
            `${hostile.kind}: refused as ${refusal.translation.key}, not ${hostile.refusal} (${refusal.message})`,
          );
        const french = translateApiError(refusal.translation, 'fr');
        for (const message of [refusal.message, french]) {
          if (message.includes('\n') || message.length > 400 || /\{\{|undefined|\[object/.test(message))
            problems.push(`${hostile.kind}: unclear message “${message}”`);
        }
        expect(snapshotLibrary(target.db), hostile.kind).toEqual(empty);
      }
    } finally {
      target.db.close();
    }
    expect(problems).toEqual([]);
  }, 120_000);

  it('keeps no team approval from an archive, however consistent, and says so', async () => {
    // The approvals an approver's own library would hold: snapshots that are exactly what the
    // note and the pack print. An archive cannot prove who approved, so none is kept.
    const entries = readEntries(genuinePath);
    const scratch = openStore(join(temp.dir, 'approval-scratch'));
    importLibrary(scratch.db, genuinePath);
    const noteId = String(JSON.parse(entries.get('tables/notes/000001.jsonl')!.toString('utf8').split('\n')[0]!).id);
    const packId = String(JSON.parse(entries.get('tables/packs/000001.jsonl')!.toString('utf8').split('\n')[0]!).id);
    const approvals = [
      reviewRow('note', noteId, { by: 'Deputy Minister', snapshot: printableOf(scratch.db, 'note', noteId)! }),
      {
        ...reviewRow('pack', packId, { by: 'Deputy Minister', snapshot: printableOf(scratch.db, 'pack', packId)! }),
        state: 'sent',
      },
    ];
    // Sanity: in the library they were computed in, these rows do print as approvals.
    for (const row of approvals) {
      putReviewRow(scratch.db, {
        kind: row.kind as 'note' | 'pack',
        itemId: String(row.item_id),
        state: row.state as 'approved',
        changedBy: 'Deputy Minister',
        changedAt: String(row.changed_at),
        approvedBy: 'Deputy Minister',
        approvedAt: String(row.approved_at),
        snapshotJson: String(row.snapshot_json),
        returnedToDraft: false,
      });
    }
    expect(renderPrintHtml(resolvePack(scratch.db, packId), { fontCss: '' }).html).toContain(
      'Approved by Deputy Minister',
    );
    scratch.db.close();

    const path = join(temp.dir, 'approved.precis-library');
    writeFileSync(path, buildArchive(withRows(entries, 'item_reviews', approvals)));
    const target = openStore(join(temp.dir, 'approval-target'));
    try {
      const result = importLibrary(target.db, path);
      expect(result.rows.item_reviews).toBe(2);
      expect(result.approvalsWithheld).toBe(2);
      const html = renderPrintHtml(resolvePack(target.db, packId), { fontCss: '' }).html;
      expect(html).not.toContain('Deputy Minister');
      expect(html).not.toContain('Approved by');
      expect(getReviewRow(target.db, 'note', noteId)).toMatchObject({
        state: 'draft',
        approvedBy: null,
        snapshotJson: null,
      });
      expect(getReviewRow(target.db, 'pack', packId)).toMatchObject({ state: 'draft', approvedBy: null });
    } finally {
      target.db.close();
    }
    const cli = spawnSync(
      process.execPath,
      [
        '--disable-warning=ExperimentalWarning',
        join(root, 'main/shells/cli/precis.ts'),
        'import-library',
        path,
        '--store',
        join(temp.dir, 'approval-cli'),
      ],
      { encoding: 'utf8', env: { ...process.env, LANG: 'fr_CA.UTF-8' } },
    );
    expect(cli.status).toBe(0);
    expect(cli.stdout).toMatch(/2 approbations de l’archive n’ont pas été conservées/);
  }, 60_000);

  it('says so in one line from the CLI, and leaves the new library empty', () => {
    const falsified = cases.find((c) => c.kind.startsWith('original: falsified')) as HostileArchive;
    const path = join(temp.dir, 'falsified.precis-library');
    writeFileSync(path, falsified.bytes);
    const store = join(temp.dir, 'cli-target');
    const run = (...args: string[]) =>
      spawnSync(
        process.execPath,
        ['--disable-warning=ExperimentalWarning', join(root, 'main/shells/cli/precis.ts'), ...args],
        {
          encoding: 'utf8',
          env: { ...process.env, LANG: 'en_CA.UTF-8' },
        },
      );
    const refused = run('import-library', path, '--store', store);
    expect(refused.status).toBe(1);
    expect(refused.stderr.trim().split('\n')).toHaveLength(1);
    expect(refused.stderr).toMatch(/does not match its recorded SHA-256.*Nothing was changed/);
    const listed = run('list', '--json', '--store', store);
    expect(JSON.parse(listed.stdout)).toEqual([]);
  }, 60_000);
});
