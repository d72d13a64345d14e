import { documentName } from '../../../../shared/model/versions.ts';
import { callApi, printJson, type Command } from '../command.ts';

export const listCommand: Command = {
  usage: 'list [--json]',
  summaryKey: 'cli.summaries.list',
  async run(run) {
    const documents = await callApi(run.context, 'documents:list', {});
    if (run.json) return printJson(run, documents);
    if (documents.length === 0) return run.out(run.t('cli.emptyLibrary'));
    for (const doc of documents) {
      // Two versions of a document share a title: the name says which version (and its date).
      run.out(`${doc.id}  ${doc.kind.padEnd(11)} ${(doc.date ?? '').padEnd(10)}  ${documentName(doc, run.language)}`);
    }
  },
};
