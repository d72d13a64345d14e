/** Every `precis` command, by name. Later features add theirs here. */
import type { Command } from '../command.ts';
import { backupCommand, backupsCommand, restoreCommand } from './backup.ts';
import { exportCommand } from './export.ts';
import { exportDocxCommand } from './export-docx.ts';
import { annotateCommand, annotationsCommand } from './annotations.ts';
import { importCommand } from './import.ts';
import { exportLibraryCommand, importLibraryCommand } from './library-archive.ts';
import { listCommand } from './list.ts';
import { packsCommand } from './packs.ts';
import { pairCommand } from './pair.ts';
import { quotesCommand } from './quotes.ts';
import { noteNewCommand } from './note-new.ts';
import { noteCommand } from './note.ts';
import { notesCommand } from './notes.ts';
import { searchCommand } from './search.ts';
import { showCommand } from './show.ts';
import { noteAppendCommand, syncCommand, teamCommand } from './team.ts';

export const COMMANDS: Record<string, Command> = {
  list: listCommand,
  show: showCommand,
  import: importCommand,
  backup: backupCommand,
  backups: backupsCommand,
  restore: restoreCommand,
  'export-library': exportLibraryCommand,
  'import-library': importLibraryCommand,
  packs: packsCommand,
  export: exportCommand,
  'export-docx': exportDocxCommand,
  quotes: quotesCommand,
  annotate: annotateCommand,
  annotations: annotationsCommand,
  notes: notesCommand,
  note: noteCommand,
  'note-new': noteNewCommand,
  search: searchCommand,
  pair: pairCommand,
  team: teamCommand,
  sync: syncCommand,
  'note-append': noteAppendCommand,
};
