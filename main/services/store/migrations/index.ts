/**
 * Schema migrations, in order. Each is applied once, in a transaction, and recorded in
 * SQLite's `user_version`. Never edit a released migration: add the next number.
 */
import type { Database } from '../database.ts';
import { migration001 } from './001-documents.ts';
import { migration002 } from './002-annotations.ts';
import { migration003 } from './003-notes.ts';
import { migration004 } from './004-search.ts';
import { migration005 } from './005-packs.ts';
import { migration006 } from './006-paragraph-labels.ts';
import { migration007 } from './007-import-check.ts';
import { migration008 } from './008-citations-by-identity.ts';
import { migration009 } from './009-pairs.ts';
import { migration010 } from './010-team-sync.ts';
import { migration011 } from './011-search-external-content.ts';
import { migration012 } from './012-documents-by-import.ts';
import { migration013 } from './013-documents-by-date.ts';

export interface Migration {
  version: number;
  name: string;
  sql: string;
  /** Runs after `sql`, in the same transaction: for what SQL alone cannot do. */
  up?: (db: Database) => void;
}

export const MIGRATIONS: readonly Migration[] = [
  migration001,
  migration002,
  migration003,
  migration004,
  migration005,
  migration006,
  migration007,
  migration008,
  migration009,
  migration010,
  migration011,
  migration012,
  migration013,
];
