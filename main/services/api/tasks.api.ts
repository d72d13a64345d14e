import type { ApiHandlers } from './handler.ts';

export const tasksHandlers: ApiHandlers<'tasks:progress' | 'tasks:cancel'> = {
  'tasks:progress': async ({ taskId }, { tasks }) => tasks.progress(taskId),
  'tasks:cancel': async ({ taskId }, { tasks }) => ({ cancelled: tasks.cancel(taskId) }),
};
