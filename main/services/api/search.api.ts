import { searchDocument, searchLibrary } from '../search/search.service.ts';
import type { ApiHandlers } from './handler.ts';

export const searchHandlers: ApiHandlers<'search:query' | 'search:inDocument'> = {
  'search:query': async (input, { db }) => searchLibrary(db, input),

  'search:inDocument': async (input, { db }) => searchDocument(db, input),
};
