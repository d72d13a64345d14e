/**
 * Re-anchoring onto a newer version: a short highlighted phrase into which the new version
 * inserts words comes back `changed` (to confirm), not `orphaned`, when its context still
 * matches and its words are still there; a phrase whose words are gone, or that only survives
 * in another context, stays orphaned (a weak match is never accepted silently).
 */
import { describe, expect, it } from 'vitest';
import { numberSections } from '../model/index.ts';
import { canonicalText } from './canonical.ts';
import { REVISIONS } from './fixtures/revisions.ts';
import { anchorSelectors } from './match.ts';
import { describeRange } from './selectors.ts';

describe('re-anchoring a short phrase onto a revised text', () => {
  for (const revision of REVISIONS) {
    it(revision.name, () => {
      const before = canonicalText(numberSections([{ heading: null, paragraphs: revision.before }])).text;
      const after = canonicalText(numberSections([{ heading: null, paragraphs: revision.after }])).text;
      const start = before.indexOf(revision.quote);
      expect(start).toBeGreaterThan(-1);
      const selectors = describeRange(before, start, start + revision.quote.length);
      const anchor = anchorSelectors(after, selectors);
      if (revision.expected === null) {
        expect(anchor.status).toBe('orphaned');
      } else {
        // Never silently accepted: `changed` asks the reader to confirm the new wording.
        expect(anchor.status).toBe('changed');
        expect(after.slice(anchor.start ?? 0, anchor.end ?? 0)).toBe(revision.expected);
      }
    });
  }
});
