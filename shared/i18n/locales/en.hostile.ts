/**
 * English messages for hostile state and faults: comments the API refuses, views that fail,
 * archives and store files Précis will not adopt, read-only libraries, full disks and a
 * restarted browser mode. Spread into en.ts.
 */
export const enHostile = {
  hostile: {
    export: {
      pdfSaveDialogTitle: 'Save the PDF',
      pdfFilter: 'PDF document',
      pdfDownloadFailed: 'The PDF could not be downloaded: export it again.',
    },
    restarted: 'Précis was restarted: open the new address it printed.',
    recovery: {
      title: 'Précis cannot open your library',
      headline: {
        'newer-version': 'Your library was saved by a newer version of Précis',
        corrupt: 'Your library file is damaged',
        foreign: 'This folder holds a file that is not a Précis library',
        unwritable: 'Précis cannot write to your library',
        unreadable: 'Précis cannot read your library',
      },
      unchanged: 'Précis has not changed the file. You can:',
      restoreLead: 'Restore a backup.',
      restoreHow: 'Stop browser mode (Ctrl+C), then run:',
      restoreNewest:
        'That is the newest backup ({{when}}). The current file is kept in the backups folder. Other backups:',
      noBackup: 'There is no backup of this library to restore.',
      readOnlyLead: 'Open it read-only',
      readOnlyHow: 'to read, search and export from it. Stop browser mode, then run:',
      otherLead: 'Use another folder.',
      otherHow: 'Stop browser mode, then run (with a folder of your choice):',
      otherFolder: 'OTHER-FOLDER',
    },
    diskFull:
      'The disk is full, so Précis could not save this. Nothing was changed. Free some space on the disk that holds the library, then try again.',
    internalNoLog:
      'Précis hit an unexpected error. Nothing was changed. The details could not be written to the log either: is the disk full, or the data folder read-only?',
    store: {
      alteredBackup:
        '{{name}} has been altered by another program ({{objects}}: code Précis does not write, which could change what is saved or shown), so it is not a backup Précis can restore.',
      altered:
        'The library at {{path}} has been altered by another program ({{objects}}: code Précis does not write, which could change what is saved or shown).',
      newer:
        'The library at {{path}} was written by a newer version of Précis (schema {{schema}}, this version knows {{latest}}). Update Précis to open it; it has not been changed.',
      unreadable:
        'The library at {{path}} cannot be read ({{detail}}). It has not been changed; restore a backup or move it aside.',
      damaged: 'The library at {{path}} is damaged ({{detail}}). It has not been changed.',
      tooDamaged: 'The library at {{path}} is too damaged to open even read-only ({{detail}}). Restore a backup.',
      missing: 'There is no library at {{path}}.',
      foreign:
        '{{path}} is not a Précis library (it is another program’s SQLite database). Précis has not changed it: choose another folder with --store, or move the file aside.',
      unwritable:
        'The library at {{path}} cannot be written ({{reason}}): it is on read-only media or belongs to another user. Open it read-only (--read-only) to read and export from it.',
      cannotCreate:
        'Précis cannot create a library in {{folder}} ({{reason}}). Choose a folder you can write to with --store.',
      cannotReadHere:
        'The library at {{path}} cannot be read here ({{detail}}). Check that this user may read its folder and files.',
      adviceRestore:
        'Run `precis backups` to list the backups and `precis restore NAME` to restore one (the current file is kept), or open it read-only with --read-only.',
    },
    archive: {
      noFile: 'There is no file at {{path}}.',
      notAnArchive: '{{path}} is not a Précis library archive ({{detail}}).',
      noManifest: 'This file is not a Précis library archive (it has no readable manifest).',
      damagedManifest: 'The archive’s manifest is damaged (table {{table}}).',
      newer:
        'This archive was made by a newer version of Précis (format {{format}}, schema {{schema}}). Update Précis to import it.',
      notEmpty:
        'This library is not empty, and importing an archive into it would mix two libraries. Import into a new library instead: `precis import-library FILE --store NEW-FOLDER`.',
      incomplete: 'The archive is incomplete: it lists {{listed}} rows of {{table}} but holds {{held}}.',
      unknownTables: 'The archive holds data this version of Précis does not know ({{tables}}).',
      brokenReferences: 'The archive is inconsistent (broken references).',
      unknownField: 'The archive has a field ({{table}}.{{column}}) this version of Précis does not know.',
      damaged: 'The archive is damaged: {{detail}}.',
      damagedRow: 'Row {{row}} of {{table}} in the archive is damaged.',
      damagedValue: 'A value in row {{row}} of {{table}} in the archive is damaged.',
      badRow: 'Row {{row}} of {{table}} in the archive is not something Précis writes ({{detail}}).',
      constraint: 'The archive breaks a rule of the library ({{detail}}).',
      hashMismatch:
        'The original file {{name}} in the archive does not match its recorded SHA-256: its content was changed, so the archive cannot be trusted.',
      fileReused: 'Row {{row}} of {{table}} names the file {{name}}, which belongs to another row or is misnamed.',
      unexpectedEntry: 'The archive holds a file Précis does not write ({{name}}).',
      bomb: '{{name}} in the archive would expand to {{ratio}} times its size: it looks like a zip bomb.',
      tooLarge: 'The archive would expand to {{expanded}} MB, more than an archive of its size may ({{max}} MB).',
      approvalsWithheld_one:
        '{{count}} approval in the archive was not kept (an approval is the team server’s word, and an archive can be written by anyone): the item is a draft here. Join the team again to get it back.',
      approvalsWithheld_other:
        '{{count}} approvals in the archive were not kept (an approval is the team server’s word, and an archive can be written by anyone): the items are drafts here. Join the team again to get them back.',
    },
    zip: {
      tooLargeToWrite: 'the library is too large for one archive (over 4 GB)',
      tooManyToWrite: 'the library has too many files for one archive',
      truncated: 'the file is truncated',
      noDirectory: 'it has no zip directory',
      directoryDamaged: 'its zip directory is damaged',
      duplicateName: 'it holds two entries named {{name}}',
      unsafeName: 'it holds an entry with an unsafe name, {{name}}',
      missing: 'it has no {{name}}',
      entryTooLarge: '{{name}} is larger than allowed',
      entryDamaged: '{{name}} is damaged',
      cannotInflate: '{{name}} cannot be decompressed',
      unknownCompression: '{{name}} uses a compression Précis does not read',
      checksum: '{{name}} is damaged (its checksum does not match)',
    },
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
      settings: 'settings',
    },
    commentTooDeep:
      'This comment is nested too deeply (more than {{max}} levels of lists and links). Flatten its lists and save it again.',
  },
} as const;
