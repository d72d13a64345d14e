import { NOTE_TEMPLATES, type NoteTemplate } from '../../../shared/notes/templates.ts';
import { CliError, callApi, printJson, type Command } from '../command.ts';

const USAGE = 'usage: precis note-new [--template en|fr|blank] [--title TITLE] [--json]';

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
        if (next === undefined) throw new CliError(`${arg} needs a value. ${USAGE}`, 2);
        return next;
      };
      if (arg === '--template') {
        const t = value();
        if (!(NOTE_TEMPLATES as readonly string[]).includes(t))
          throw new CliError(`unknown template “${t}”: use en, fr or blank.`, 2);
        template = t as NoteTemplate;
      } else if (arg === '--title') title = value();
      else throw new CliError(USAGE, 2);
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
