import { formatParagraphRange } from '../../../../shared/model/index.ts';
import { noteToPlainText } from '../../../../shared/notes/content.ts';
import { renderNoteHtml } from '../../../../shared/notes/render-html.ts';
import { callApi, printJson, usageError, type Command } from '../command.ts';

export const noteCommand: Command = {
  usage: 'note ID [--html] [--json]',
  summaryKey: 'cli.summaries.note',
  async run(run) {
    const html = run.args.includes('--html');
    const [id, ...rest] = run.args.filter((a) => a !== '--html');
    if (!id || rest.length > 0) throw usageError(run.t, 'note ID [--html] [--json]');
    const note = await callApi(run.context, 'notes:get', { id });
    if (html) return run.out(renderNoteHtml(note));
    if (run.json) {
      return printJson(run, {
        id: note.id,
        title: note.title,
        status: note.status,
        classification: note.classification,
        language: note.language,
        updatedAt: note.updatedAt,
        fields: note.fields,
        text: noteToPlainText(note.content),
        content: note.content,
        excerpts: note.excerpts.map((e) => ({
          documentId: e.documentId,
          paragraphs: e.paragraphs,
          paragraphIds: e.paragraphIds,
          text: e.text,
        })),
      });
    }
    run.out(`${note.title}\n${note.status} · ${note.classification} · ${note.language}\n`);
    run.out(noteToPlainText(note.content));
    if (note.excerpts.length > 0) {
      run.out(`\n${run.t('cliRun.excerpts')}`);

      for (const e of note.excerpts) run.out(`  ${e.documentId} ${formatParagraphRange(e.paragraphs)}: “${e.text}”`);
    }
  },
};
