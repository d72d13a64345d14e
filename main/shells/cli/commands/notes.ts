import { CLASSIFICATION_LABELS } from '../../../../shared/model/index.ts';
import { callApi, printJson, usageError, type Command } from '../command.ts';

export const notesCommand: Command = {
  usage: 'notes [--json]',
  summaryKey: 'cli.summaries.notes',
  async run(run) {
    if (run.args.length > 0) throw usageError(run.t, 'notes [--json]');
    const notes = await callApi(run.context, 'notes:list', {});
    if (run.json) {
      return printJson(
        run,
        notes.map((n) => ({
          id: n.id,
          title: n.title,
          classification: n.classification,
          status: n.status,
          language: n.language,
          updatedAt: n.updatedAt,
          wordCount: n.wordCount,
        })),
      );
    }
    if (notes.length === 0) return run.out(run.t('cliRun.noNotes'));

    for (const note of notes) {
      const label = CLASSIFICATION_LABELS[note.language][note.classification];
      run.out(
        `${note.id}  ${note.status.padEnd(5)}  ${label.padEnd(14)}  ${note.updatedAt.slice(0, 16)}  ${note.title}`,
      );
    }
  },
};
