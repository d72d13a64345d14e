/**
 * Every keyboard shortcut, by where it works, for the shortcuts sheet (`?`). The keys and what
 * they do are in the catalogues (`shortcuts.items.*`), since key names differ by language
 * (Shift is “Maj” on French keyboards).
 */
export const SHORTCUT_GROUPS = [
  { group: 'everywhere', items: ['skip', 'panes', 'sidebar', 'search', 'paste', 'sheet'] },
  {
    group: 'reader',
    items: [
      'paragraphs',
      'annotateParagraph',
      'caret',
      'nextAnnotation',
      'outline',
      'annotationsPane',
      'original',
      'compare',
      'find',
    ],
  },
  {
    group: 'selecting',
    items: [
      'caretChar',
      'caretWord',
      'caretLine',
      'caretSentence',
      'caretParagraph',
      'caretExtend',
      'annotate',
      'caretExit',
    ],
  },
  { group: 'annotating', items: ['toolbar', 'toolbarClose'] },
  { group: 'notes', items: ['saveNote', 'excerpt', 'findReplace'] },
] as const;

export type ShortcutGroup = (typeof SHORTCUT_GROUPS)[number]['group'];
export type ShortcutItem = (typeof SHORTCUT_GROUPS)[number]['items'][number];
