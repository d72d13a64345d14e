import { describe, expect, it } from 'vitest';
import { originalWidth, readerLayout, READER_PADDING, sidebarMode, SIDEBAR_WIDTH, TEXT_MIN_WIDTH } from './layout.ts';

const OPEN = { outline: true, annotations: true };
const headed = { outline: true, originalOpen: false };

/** The reader's width in a window of `w` pixels, with the sidebar as the window allows. */
function readerWidth(w: number): number {
  return sidebarMode(w, true) === 'docked' ? w - SIDEBAR_WIDTH : w;
}

describe('pane layout', () => {
  it('docks the sidebar only in a wide window, and never when the user closed it', () => {
    expect(sidebarMode(1400, true)).toBe('docked');
    expect(sidebarMode(1100, true)).toBe('hidden');
    expect(sidebarMode(1920, false)).toBe('hidden');
  });

  it('docks both panes from 1500 px, the annotations only at 1400, 1100 and 960, none at 720', () => {
    expect(readerLayout(readerWidth(1500), OPEN, headed)).toMatchObject({ outline: 'docked', annotations: 'docked' });
    expect(readerLayout(readerWidth(1400), OPEN, headed)).toMatchObject({
      outline: 'collapsed',
      annotations: 'docked',
    });
    expect(readerLayout(readerWidth(1100), OPEN, headed)).toMatchObject({
      outline: 'collapsed',
      annotations: 'docked',
    });
    expect(readerLayout(readerWidth(960), OPEN, headed)).toMatchObject({ outline: 'collapsed', annotations: 'docked' });
    expect(readerLayout(readerWidth(720), OPEN, headed)).toMatchObject({
      outline: 'collapsed',
      annotations: 'collapsed',
      fits: { outline: false, annotations: false },
    });
  });

  it('leaves the text at least its minimum width whatever is docked, from 720 px up', () => {
    for (let w = 720; w <= 2400; w += 10) {
      for (const originalOpen of [false, true]) {
        const width = readerWidth(w);
        const layout = readerLayout(width, OPEN, { outline: true, originalOpen });
        const widths = { outline: 200 + 24, annotations: 300 + 24, original: 0 };
        let used = 0;
        if (layout.outline === 'docked') used += widths.outline;
        if (layout.annotations === 'docked') used += widths.annotations;
        if (layout.original === 'docked') used += originalWidth(width) + 24;
        expect(width - 2 * READER_PADDING - used).toBeGreaterThanOrEqual(TEXT_MIN_WIDTH);
      }
    }
  });

  it('gives a document without headings no outline, so the text keeps the middle', () => {
    const layout = readerLayout(readerWidth(1400), OPEN, { outline: false, originalOpen: false });
    expect(layout.outline).toBe('none');
    expect(layout.annotations).toBe('docked');
  });

  it('keeps a closed pane closed where it would fit, and says its toggle would dock it', () => {
    const layout = readerLayout(readerWidth(1400), { outline: false, annotations: false }, headed);
    expect(layout).toMatchObject({ outline: 'collapsed', annotations: 'collapsed' });
    expect(layout.fits).toMatchObject({ outline: true, annotations: true });
  });

  it('puts the original beside the text in the annotations’ place, over the text when narrow', () => {
    const wide = readerLayout(readerWidth(1400), OPEN, { outline: true, originalOpen: true });
    expect(originalWidth(readerWidth(1400))).toBeGreaterThanOrEqual(420);
    expect(wide).toMatchObject({ original: 'docked', annotations: 'collapsed', outline: 'collapsed' });
    const narrow = readerLayout(readerWidth(960), OPEN, { outline: true, originalOpen: true });
    expect(narrow.original).toBe('collapsed');
  });
});
