/**
 * English messages of the service host, long-running tasks and background maintenance
 * (issue 20, "responsive at a real desk's scale").
 */
export const enScale = {
  maintenance: {
    damaged:
      'Précis found damage in your library while checking it in the background. Your documents are still there: back up what you need, then restore the latest backup (precis backups, precis restore). Details are in {{path}}.',
  },
  serviceHost: {
    restarted:
      'Précis had to restart its library service, so this action did not finish. Try it again; if it keeps happening, the details are in the log file (precis.log).',
    unavailable:
      'Précis’s library service stopped several times in a row and was not restarted. Quit Précis and open it again; the details are in the log file (precis.log).',
  },
  tasks: {
    cancelled: 'Cancelled.',
  },
  documentChoices: {
    find: 'Narrow the list',
    placeholder: 'Type words of a title…',
    some_one: 'The {{shown}} most recent of {{count}} document: type words of its title to find others.',
    some_other: 'The {{shown}} most recent of {{count}} documents: type words of a title to find others.',
    none: 'No document title holds these words.',
  },
};
