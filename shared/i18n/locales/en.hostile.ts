/**
 * English messages for hostile state and faults: comments the API refuses, views that fail,
 * archives and store files Précis will not adopt, read-only libraries, full disks and a
 * restarted browser mode. Spread into en.ts.
 */
export const enHostile = {
  hostile: {
    viewFailed: 'The {{view}} could not be shown.',
    viewFailedHelp:
      'The rest of Précis still works: choose another document or view in the sidebar, or try this one again.',
    viewFailedDetail: 'What went wrong: {{detail}}',
    viewRetry: 'Try again',
    views: {
      library: 'library',
      reader: 'document',
      annotations: 'annotations panel',
      notes: 'briefing notes view',
      packs: 'briefing packs view',
      search: 'search',
      quotes: 'quote check',
      sidebar: 'sidebar',
    },
    commentTooDeep:
      'This comment is nested too deeply (more than {{max}} levels of lists and links). Flatten its lists and save it again.',
    commentNotLexical: 'This comment is not in the comment editor’s format, so it cannot be saved.',
  },
} as const;
