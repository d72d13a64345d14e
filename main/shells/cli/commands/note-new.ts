import { NOTE_TEMPLATES, type NoteTemplate } from '../../../../shared/notes/templates.ts';
import { CliError, callApi, printJson, usageError, type Command } from '../command.ts';

const USAGE = 'note-new [--template en|fr|blank] [--title TITLE] [--json]';

export const noteNewCommand: Command = {
  usage: 'note-new [--template en|fr|blank] [--title T]',
  summaryKey: 'cli.summaries.noteNew',
  async run(run) {
    let template: NoteTemplate = 'en';
    let title: string | undefined;
    for (let i = 0; i < run.args.length; i++) {
      const arg = run.args[i] as string;
      const value = () => {
        const next = run.args[++i];
        if (next === undefined) throw usageError(run.t, USAGE, run.t('cliRun.needsValue', { option: arg }));
        return next;
      };
      if (arg === '--template') {
        const name = value();
        if (!(NOTE_TEMPLATES as readonly string[]).includes(name))
          throw new CliError(run.t('cliRun.unknownTemplate', { template: name }), 2);
        template = name as NoteTemplate;
      } else if (arg === '--title') title = value();
      else throw usageError(run.t, USAGE);
    }
    const note = await callApi(run.context, 'notes:create', { template, ...(title !== undefined ? { title } : {}) });
    if (run.json)
      return printJson(run, {
        id: note.id,
        title: note.title,
        classification: note.classification,
        status: note.status,
        language: note.language,
      });
    run.out(`${note.id}  ${note.title}`);
  },
};
