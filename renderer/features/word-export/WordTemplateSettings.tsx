import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { WordTemplateInfo } from '../../../shared/api/index.ts';
import { ApiCallError, call } from '../../api/client.ts';
import { toBase64 } from '../../api/encoding.ts';
import { formatDateTime, useLanguage } from '../../i18n/index.ts';
import './word-export.css';

interface Status {
  level: 'info' | 'error';
  text: string;
}

/** Settings ▸ Word template: the template Word exports use, chosen once (Précis keeps a copy). */
export function WordTemplateSettings() {
  const { t } = useTranslation();
  const language = useLanguage();
  const [template, setTemplate] = useState<WordTemplateInfo | undefined>(undefined);
  const [status, setStatus] = useState<Status | null>(null);
  const [busy, setBusy] = useState(false);
  const templateInput = useRef<HTMLInputElement>(null);
  const mappingInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    void call('wordTemplate:get', {}).then(setTemplate, (error: unknown) =>
      setStatus({ level: 'error', text: error instanceof ApiCallError ? error.message : String(error) }),
    );
  }, []);

  const change = async (work: () => Promise<WordTemplateInfo>, done: (info: WordTemplateInfo) => string) => {
    setBusy(true);
    setStatus({ level: 'info', text: t('docx.settings.checking') });
    try {
      const info = await work();
      setTemplate(info);
      setStatus({ level: 'info', text: done(info) });
    } catch (error) {
      setStatus({ level: 'error', text: error instanceof ApiCallError ? error.message : String(error) });
    } finally {
      setBusy(false);
    }
  };

  const choose = (event: FormEvent) => {
    event.preventDefault();
    const file = templateInput.current?.files?.[0];
    const mapping = mappingInput.current?.files?.[0];
    if (!file) return setStatus({ level: 'error', text: t('docx.settings.pickFirst') });
    void change(
      async () =>
        call('wordTemplate:set', {
          fileName: file.name,
          dataBase64: await toBase64(file),
          ...(mapping ? { mapping: { fileName: mapping.name, text: await mapping.text() } } : {}),
        }),
      (info) => t('docx.settings.chosen', { name: info?.fileName ?? file.name }),
    );
  };

  return (
    <section className="settings-section" aria-labelledby="word-template-title">
      <h2 id="word-template-title">{t('docx.settings.templateTitle')}</h2>
      <p className="muted">
        {t('docx.settings.templateIntro', {
          placeholders:
            '{{title}}, {{classification}}, {{date}}, {{to}}, {{from}}, {{author}}, {{fileNumber}}, {{page}}, {{pages}}, {{pageOf}}',
          body: '{{body}}',
        })}
      </p>
      {template === undefined ? null : template === null ? (
        <p className="word-template-current">{t('docx.settings.none')}</p>
      ) : (
        <div className="word-template-current">
          <p>
            {t('docx.settings.current', { name: template.fileName, date: formatDateTime(template.addedAt, language) })}
          </p>
          <p className="muted">
            {template.mappingFileName
              ? t('docx.settings.mapping', { name: template.mappingFileName })
              : t('docx.settings.noMapping')}{' '}
            {t('docx.settings.found', { list: template.placeholders.map((p) => `{{${p}}}`).join(', ') })}
          </p>
        </div>
      )}
      <form className="word-template-form" onSubmit={choose}>
        <label>
          <span>{t('docx.settings.template')}</span>
          <input ref={templateInput} type="file" accept=".dotx,.docx" />
        </label>
        <label>
          <span>{t('docx.settings.mappingFile')}</span>
          <input ref={mappingInput} type="file" accept=".json,application/json" />
        </label>
        <div className="word-template-actions">
          <button type="submit" className="button" disabled={busy}>
            {t('docx.settings.choose')}
          </button>
          <button
            type="button"
            className="button button--secondary"
            disabled={busy}
            onClick={() =>
              void change(
                () => call('wordTemplate:set', { bundled: 'neutral' }),
                (info) => t('docx.settings.chosen', { name: info?.fileName ?? '' }),
              )
            }
          >
            {t('docx.settings.useNeutral')}
          </button>
          {template && (
            <button
              type="button"
              className="button button--secondary"
              disabled={busy}
              onClick={() =>
                void change(
                  () => call('wordTemplate:clear', {}),
                  () => t('docx.settings.cleared'),
                )
              }
            >
              {t('docx.settings.useOwn')}
            </button>
          )}
        </div>
      </form>
      {status && (
        <p
          className={status.level === 'error' ? 'message message--error' : 'message'}
          role={status.level === 'error' ? 'alert' : 'status'}
        >
          {status.text}
        </p>
      )}
    </section>
  );
}
