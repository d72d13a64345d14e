/**
 * Schema migrations, in order. Each is applied once, in a transaction, and recorded in
 * SQLite's `user_version`. Never edit a released migration: add the next number.
 */
import { migration001 } from './001-documents.ts';
import { migration004 } from './004-search.ts';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [migration001, migration004];
