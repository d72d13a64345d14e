/**
 * Team sync from the command line (issue 17): join or leave a team, see the status, run one
 * sync round trip, append a paragraph to a note. The CLI never stays connected: `sync`
 * connects, sends what waits, receives what is new, writes it into the library and exits.
 */
import type { SyncStatus } from '../../../../shared/api/index.ts';
import { syncStatusText } from '../../../../shared/team/status-text.ts';
import { callApi, printJson, usageError, type Command, type CommandRun } from '../command.ts';

function statusLine(run: CommandRun, status: SyncStatus): string {
  const { t } = run;
  if (!status.team) return t('sync.off');
  const who = t('team.member', {
    team: status.team.name,
    server: status.team.server,
    user: status.team.user,
    role: t(`team.roles.${status.team.role}`),
  });
  return `${who}\n${t('team.shared', { count: status.shared })}\n${syncStatusText(t, status)}`;
}

function takeValue(run: CommandRun, usage: string, index: number): string {
  const value = run.args[index + 1];
  if (value === undefined) throw usageError(run.t, usage, run.t('cliRun.needsValue', { option: run.args[index] }));
  return value;
}

export const teamCommand: Command = {
  usage: 'team join URL --token T | team leave | team status',
  summaryKey: 'teamCli.summaries.team',
  async run(run) {
    const usage = run.t('teamCli.usageTeam');
    const [verb, ...rest] = run.args;
    if (verb === 'join') {
      let server: string | undefined;
      let token: string | undefined;
      let shareLibrary = false;
      for (let i = 1; i < run.args.length; i++) {
        const arg = run.args[i] as string;
        if (arg === '--token') token = takeValue(run, usage, i++);
        else if (arg === '--share-library') shareLibrary = true;
        else if (!arg.startsWith('-') && server === undefined) server = arg;
        else throw usageError(run.t, usage);
      }
      if (!server || !token) throw usageError(run.t, usage);
      const status = await callApi(run.context, 'team:join', { server, token, shareLibrary });
      if (run.json) return printJson(run, status);
      const team = status.team;
      if (team) {
        run.out(
          run.t('teamCli.joined', {
            team: team.name,
            server: team.server,
            user: team.user,
            role: run.t(`team.roles.${team.role}`),
          }),
        );
      }
      return;
    }
    if (verb === 'leave') {
      if (rest.some((arg) => arg !== '--discard-waiting')) throw usageError(run.t, usage);
      const status = await callApi(run.context, 'team:leave', { discardWaiting: rest.includes('--discard-waiting') });
      if (run.json) return printJson(run, status);
      return run.out(run.t('teamCli.left'));
    }
    if (verb === 'status' && rest.length === 0) {
      const status = await callApi(run.context, 'team:status', {});
      if (run.json) return printJson(run, status);
      return run.out(statusLine(run, status));
    }
    throw usageError(run.t, usage);
  },
};

export const syncCommand: Command = {
  usage: 'sync [--json]',
  summaryKey: 'teamCli.summaries.sync',
  async run(run) {
    if (run.args.length > 0) throw usageError(run.t, 'sync [--json]');
    const outcome = await callApi(run.context, 'team:sync', {});
    if (run.json) return printJson(run, outcome);
    run.out(run.t('teamCli.synced', outcome));
  },
};

export const noteAppendCommand: Command = {
  usage: 'note-append NOTE_ID --text "…"',
  summaryKey: 'teamCli.summaries.noteAppend',
  async run(run) {
    const usage = run.t('teamCli.usageNoteAppend');
    const [id, flag, text, ...extra] = run.args;
    if (!id || flag !== '--text' || text === undefined || extra.length > 0) throw usageError(run.t, usage);
    const summary = await callApi(run.context, 'notes:append', { id, text });
    if (run.json) return printJson(run, { id: summary.id, title: summary.title, revision: summary.revision });
    run.out(run.t('teamCli.appended', { id: summary.id }));
  },
};
