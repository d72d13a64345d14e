import { describe, expect, it } from 'vitest';
import { documentName, newestVersionsFirst, versionLabel } from './versions.ts';

describe('versions in plain sight', () => {
  it('names a version with its date in words only when the library holds several', () => {
    const v2 = { title: 'Joint Statement', version: 2, date: '2024-11-20', versionCount: 2 };
    expect(documentName(v2, 'en')).toBe('Joint Statement (v2, November 20, 2024)');
    expect(documentName(v2, 'fr')).toBe('Joint Statement (v2, 20 novembre 2024)');
    expect(documentName({ ...v2, version: 1, versionCount: 2, date: null }, 'en')).toBe('Joint Statement (v1)');
    expect(documentName({ title: 'Alone', version: 1, date: '2024-01-02', versionCount: 1 }, 'en')).toBe('Alone');
    expect(versionLabel({ version: 3, date: '2025-03-14' }, 'fr')).toBe('v3, 14 mars 2025');
  });

  it('puts the versions of a document together, the newest first, where its newest was', () => {
    const docs = [
      { id: 'other-new', version: 1, seriesId: 'o' },
      { id: 'a1', version: 1, seriesId: 'a' },
      { id: 'b', version: 1 },
      { id: 'a3', version: 3, seriesId: 'a' },
      { id: 'a2', version: 2, seriesId: 'a' },
    ];
    expect(newestVersionsFirst(docs).map((d) => d.id)).toEqual(['other-new', 'b', 'a3', 'a2', 'a1']);
  });
});
