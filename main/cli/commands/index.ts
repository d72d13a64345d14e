/** Every `precis` command, by name. Later features add theirs here. */
import type { Command } from '../command.ts';
import { importCommand } from './import.ts';
import { listCommand } from './list.ts';
import { quotesCommand } from './quotes.ts';
import { showCommand } from './show.ts';

export const COMMANDS: Record<string, Command> = {
  list: listCommand,
  show: showCommand,
  import: importCommand,
  quotes: quotesCommand,
};
