/**
 * The API contract: every method the renderer may call, with zod schemas for its input and
 * output. Handlers in main/ implement it; the renderer's client derives its types from it.
 */
import type { z } from 'zod';
import { annotationsContract } from './annotations.ts';
import { appContract } from './app.ts';
import type { ApiChannel } from './channels.ts';
import { documentCorrectionsContract } from './document-corrections.ts';
import { documentsContract } from './documents.ts';
import { documentPagesContract } from './document-pages.ts';
import { exportContract, packsContract } from './packs.ts';
import { quotesContract } from './quotes.ts';
import { libraryContract } from './library.ts';
import { searchContract } from './search.ts';
import { settingsContract } from './settings.ts';
import { notesContract } from './notes.ts';
import { backupContract } from './backup.ts';
import { tasksContract } from './tasks.ts';
import { preferencesContract } from './preferences.ts';
import { readingContract } from './reading.ts';
import { exportsContract } from './exports.ts';
import { pairsContract } from './pairs.ts';
import { teamContract } from './team.ts';

export interface MethodSchemas {
  input: z.ZodType;
  output: z.ZodType;
}

export const apiContract = {
  ...appContract,
  ...documentsContract,
  ...documentPagesContract,
  ...documentCorrectionsContract,
  ...packsContract,
  ...exportContract,
  ...quotesContract,
  ...libraryContract,
  ...annotationsContract,
  ...searchContract,
  ...settingsContract,
  ...notesContract,
  ...backupContract,
  ...tasksContract,
  ...preferencesContract,
  ...readingContract,
  ...exportsContract,
  ...pairsContract,
  ...teamContract,
} as const satisfies Record<ApiChannel, MethodSchemas>;

// Every channel has schemas and every schema has a channel: a mismatch is a compile error.
type ContractChannel = keyof typeof apiContract;
const everyChannelIsDeclared: Record<
  Exclude<ApiChannel, ContractChannel> | Exclude<ContractChannel, ApiChannel>,
  never
> = {};
void everyChannelIsDeclared;

export type ApiContract = typeof apiContract;
export type ApiInput<C extends ApiChannel> = z.input<ApiContract[C]['input']>;
export type ApiParsedInput<C extends ApiChannel> = z.output<ApiContract[C]['input']>;
export type ApiOutput<C extends ApiChannel> = z.output<ApiContract[C]['output']>;
