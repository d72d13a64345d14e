import { Component, type ErrorInfo, type ReactNode } from 'react';
import { Translation } from 'react-i18next';

/** The views a boundary can name, each with its name in the catalogues (`hostile.views.*`). */
export type ViewName =
  'library' | 'reader' | 'annotations' | 'notes' | 'packs' | 'search' | 'quotes' | 'sidebar' | 'settings';

interface Props {
  view: ViewName;
  children: ReactNode;
}

interface State {
  error: Error | null;
}

/**
 * One view's failure stays in that view: React unmounts the whole tree on an uncaught render
 * error (a blank window), so each view sits in a boundary that says, in the interface's
 * language, which view failed and why, while navigation and the other views keep working.
 * The caller keys it by route, so opening another document or view starts afresh.
 */
export class ViewBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // The console is the renderer's log (Electron's devtools, the browser's console).
    console.error(`[precis] the ${this.props.view} view failed`, error, info.componentStack);
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <Translation>
        {(t) => (
          <div className="message message--error view-failed" role="alert">
            <p>
              <strong>{t('hostile.viewFailed', { view: t(`hostile.views.${this.props.view}`) })}</strong>
            </p>
            <p>{t('hostile.viewFailedHelp')}</p>
            <p className="view-failed-detail">{t('hostile.viewFailedDetail', { detail: error.message })}</p>
            <button type="button" onClick={() => this.setState({ error: null })}>
              {t('hostile.viewRetry')}
            </button>
          </div>
        )}
      </Translation>
    );
  }
}
