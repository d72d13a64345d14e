/** Every `precis` command, by name. Later features add theirs here. */
import type { Command } from '../command.ts';
import { importCommand } from './import.ts';
import { listCommand } from './list.ts';
import { searchCommand } from './search.ts';
import { showCommand } from './show.ts';

export const COMMANDS: Record<string, Command> = {
  list: listCommand,
  show: showCommand,
  import: importCommand,
  search: searchCommand,
};
