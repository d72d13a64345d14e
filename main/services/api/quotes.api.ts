import { checkArticleQuotes } from '../quotes/quote-check.ts';
import type { ApiHandlers } from './handler.ts';

export const quotesHandlers: ApiHandlers<'quotes:check'> = {
  'quotes:check': async ({ taskId, ...input }, { db, tasks }) => {
    const task = tasks.begin(taskId);
    try {
      return await checkArticleQuotes(db, input, task);
    } finally {
      task.end();
    }
  },
};
