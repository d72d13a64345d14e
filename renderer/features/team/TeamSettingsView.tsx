import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CLASSIFICATION_LABELS } from '../../../shared/model/classification.ts';
import { syncStatusText } from '../../../shared/team/status-text.ts';
import { call } from '../../api/client.ts';
import { useLanguage } from '../../i18n/index.ts';
import { useSyncStatus } from './useTeam.ts';

type Notice = { level: 'info' | 'error'; text: string } | null;

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Settings ▸ Team library: join a team (server address and token), see where sync stands, share, leave. */
export function TeamSettingsView() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { status, refresh } = useSyncStatus();
  const [server, setServer] = useState('');
  const [token, setToken] = useState('');
  const [shareLibrary, setShareLibrary] = useState(false);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice>(null);
  const [discardOffered, setDiscardOffered] = useState(false);

  const run = async (work: () => Promise<string>) => {
    setBusy(true);
    setNotice(null);
    try {
      setNotice({ level: 'info', text: await work() });
    } catch (error) {
      setNotice({ level: 'error', text: message(error) });
    } finally {
      setBusy(false);
      refresh();
    }
  };

  const join = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      const joined = await call('team:join', { server, token, shareLibrary });
      setToken('');
      const team = joined.team;
      return team ? t('team.joined', { team: team.name, user: team.user, role: t(`team.roles.${team.role}`) }) : '';
    });
  };

  const leave = (discardWaiting: boolean) =>
    void run(async () => {
      try {
        await call('team:leave', { discardWaiting });
      } catch (error) {
        setDiscardOffered(true);
        throw error;
      }
      setDiscardOffered(false);
      return t('team.left');
    });

  const shareAll = () =>
    void run(async () => {
      const [notes, packs, documents] = await Promise.all([
        call('notes:list', {}),
        call('packs:list', {}),
        call('documents:list', {}),
      ]);
      const items = [
        ...notes.map((n) => ({ kind: 'note' as const, id: n.id })),
        ...packs.map((p) => ({ kind: 'pack' as const, id: p.id })),
        ...documents.map((d) => ({ kind: 'document' as const, id: d.id })),
      ];
      const after = await call('team:share', { items });
      return t('team.shared', { count: after.shared });
    });

  const syncNow = () =>
    void run(async () => {
      const outcome = await call('team:sync', {});
      return t('teamCli.synced', outcome);
    });

  const team = status?.team ?? null;
  return (
    <section className="team-settings settings-section" aria-labelledby="team-settings-title">
      <h2 id="team-settings-title">{t('team.title')}</h2>
      <p className="muted">{t('team.intro')}</p>
      {notice && (
        <div
          className={`message${notice.level === 'error' ? ' message--error' : ''}`}
          role={notice.level === 'error' ? 'alert' : 'status'}
        >
          {notice.text}
        </div>
      )}
      {status && !team && (
        <form className="team-join" onSubmit={join}>
          <p>{t('team.notInTeam')}</p>
          <label>
            <span>{t('team.server')}</span>
            <input
              name="server"
              value={server}
              onChange={(event) => setServer(event.target.value)}
              required
              autoComplete="off"
              spellCheck={false}
              inputMode="url"
            />
          </label>
          <label>
            <span>{t('team.token')}</span>
            <input
              name="token"
              type="password"
              value={token}
              onChange={(event) => setToken(event.target.value)}
              required
              autoComplete="off"
            />
          </label>
          <label className="team-checkbox">
            <input type="checkbox" checked={shareLibrary} onChange={(event) => setShareLibrary(event.target.checked)} />
            <span>{t('team.shareLibrary')}</span>
          </label>
          <button type="submit" className="primary-button" disabled={busy}>
            {busy ? t('team.joining') : t('team.join')}
          </button>
        </form>
      )}
      {status && team && (
        <div className="team-member">
          <p>
            {t('team.member', {
              team: team.name,
              server: team.server,
              user: team.user,
              role: t(`team.roles.${team.role}`),
            })}
          </p>
          <p>{t('team.ceiling', { ceiling: CLASSIFICATION_LABELS[language][team.ceiling] })}</p>
          <p>{t('team.shared', { count: status.shared })}</p>
          <p className={`team-state team-state--${status.state}`} role="status">
            {syncStatusText(t, status)}
          </p>
          <div className="team-actions">
            <button type="button" className="small-button" onClick={syncNow} disabled={busy}>
              {t('team.syncNow')}
            </button>
            <button type="button" className="small-button" onClick={shareAll} disabled={busy || team.role === 'reader'}>
              {t('team.shareAll')}
            </button>
            <button
              type="button"
              className="small-button small-button--quiet"
              onClick={() => leave(false)}
              disabled={busy}
            >
              {t('team.leave')}
            </button>
            {discardOffered && (
              <button
                type="button"
                className="small-button small-button--quiet"
                onClick={() => leave(true)}
                disabled={busy}
              >
                {t('team.leaveDiscard')}
              </button>
            )}
          </div>
          {status.refused.length > 0 && (
            <>
              <h3>{t('team.refusedTitle')}</h3>
              <ul className="team-refused">
                {status.refused.map((item) => (
                  <li key={`${item.kind}/${item.id}`}>
                    {t(`sync.kinds.${item.kind}`)} {item.id} —{' '}
                    {['ceiling', 'revoked', 'approval', 'malformed'].includes(item.code)
                      ? t(`sync.refused.${item.code}`)
                      : t('sync.refused.other', { detail: item.detail })}
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
    </section>
  );
}
