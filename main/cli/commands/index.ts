/** Every `precis` command, by name. Later features add theirs here. */
import type { Command } from '../command.ts';
import { importCommand } from './import.ts';
import { listCommand } from './list.ts';
import { noteNewCommand } from './note-new.ts';
import { noteCommand } from './note.ts';
import { notesCommand } from './notes.ts';
import { showCommand } from './show.ts';

export const COMMANDS: Record<string, Command> = {
  list: listCommand,
  show: showCommand,
  import: importCommand,
  notes: notesCommand,
  note: noteCommand,
  'note-new': noteNewCommand,
};
