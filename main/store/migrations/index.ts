/**
 * Schema migrations, in order. Each is applied once, in a transaction, and recorded in
 * SQLite's `user_version`. Never edit a released migration: add the next number.
 */
import { migration001 } from './001-documents.ts';
import { migration003 } from './003-notes.ts';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

// 002 (annotations) is written on another branch; the lists join when both are merged.
export const MIGRATIONS: readonly Migration[] = [migration001, migration003];
