/**
 * Where the panes go at a given width. The text column comes first: a pane sits beside it
 * ("docked") only while the text keeps a readable width; otherwise it waits behind its toggle
 * and opens over the text ("overlay") when asked. Pure, so the rules are tested without a DOM;
 * the pixel sizes here are the ones the stylesheet gives the panes (renderer/app/layout.css).
 */
import type { PanePreferences } from '../../shared/api/preferences.ts';

/** The library sidebar's width when docked. */
export const SIDEBAR_WIDTH = 256;
/** Below this window width the sidebar gives its room to the view and opens over it instead. */
export const SIDEBAR_DOCK_MIN = 1200;

/** The reader's horizontal padding on each side, and between columns. */
export const READER_PADDING = 24;
export const READER_GAP = 24;
/** Docked pane widths. */
export const OUTLINE_WIDTH = 200;
export const ANNOTATIONS_WIDTH = 300;
/** The original beside the text takes at least this much, and shares what is left evenly. */
export const ORIGINAL_MIN_WIDTH = 420;
/**
 * The narrowest text column a docked pane may leave: the margin for paragraph numbers (40 px)
 * plus a line of 60 characters of the reading face (Source Serif 4 at 17 px: about 9 px a
 * character). Below it, panes become overlays. The widest is the stylesheet's: 65 characters.
 */
export const TEXT_MIN_WIDTH = 580;

/** The original's docked width: half the room, at least its minimum, never squeezing the text. */
export function originalWidth(readerWidth: number): number {
  const available = readerWidth - 2 * READER_PADDING - READER_GAP;
  return Math.min(available - TEXT_MIN_WIDTH, Math.max(ORIGINAL_MIN_WIDTH, available / 2));
}

export type SidebarMode = 'docked' | 'hidden';

/** Whether the sidebar sits beside the view, given the window's width and the user's choice. */
export function sidebarMode(windowWidth: number, open: boolean): SidebarMode {
  return open && windowWidth >= SIDEBAR_DOCK_MIN ? 'docked' : 'hidden';
}

/**
 * `docked`: beside the text; `collapsed`: behind its toggle, shown over the text when opened
 * (for the original, which is only laid out while open: shown over the text); `none`: nothing
 * to show (no headings for an outline, the original not open).
 */
export type PaneState = 'docked' | 'collapsed' | 'none';

export interface ReaderLayout {
  outline: PaneState;
  annotations: PaneState;
  original: PaneState;
  /** Whether each pane would sit beside the text if it were open: its toggle docks it, else opens an overlay. */
  fits: { outline: boolean; annotations: boolean; original: boolean };
}

/**
 * The reader's panes at `width` (the reader's own width, sidebar excluded). The original, when
 * open, takes the right-hand column from the annotations; the outline comes last.
 */
export function readerLayout(
  width: number,
  panes: Pick<PanePreferences, 'outline' | 'annotations'>,
  has: { outline: boolean; originalOpen: boolean },
): ReaderLayout {
  const available = width - 2 * READER_PADDING;
  const room = (used: number, pane: number) => available - used - pane - READER_GAP >= TEXT_MIN_WIDTH;

  const originalFits = room(0, ORIGINAL_MIN_WIDTH);
  const annotationsFits = room(0, ANNOTATIONS_WIDTH);
  let right = 0;
  let original: PaneState = 'none';
  let annotations: PaneState = 'collapsed';
  if (has.originalOpen) {
    original = originalFits ? 'docked' : 'collapsed';
    if (originalFits) right = originalWidth(width) + READER_GAP;
  } else if (panes.annotations && annotationsFits) {
    annotations = 'docked';
    right = ANNOTATIONS_WIDTH + READER_GAP;
  }
  const outlineFits = has.outline && room(right, OUTLINE_WIDTH);
  const outline: PaneState = !has.outline ? 'none' : panes.outline && outlineFits ? 'docked' : 'collapsed';
  return {
    outline,
    annotations,
    original,
    fits: {
      outline: outlineFits,
      annotations: annotationsFits && !has.originalOpen,
      original: originalFits,
    },
  };
}
