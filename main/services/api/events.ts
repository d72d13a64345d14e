/**
 * Events from the main side to the page (a menu choice, a language switch, documents imported
 * from the File menu), delivered by long-polling `app:events` — so the preload can stay a single
 * `invoke` and browser mode gets the same events over HTTP.
 */
import type { Language } from '../../../shared/i18n/index.ts';

export type AppEvent =
  | { type: 'language-changed'; language: Language }
  | { type: 'library-changed'; openDocumentId?: string }
  | { type: 'message'; level: 'info' | 'error'; text: string }
  /** File ▸ Export to Word…: the page exports the note or pack it shows. */
  | { type: 'export-requested'; format: 'docx' }
  | {
      type: 'version-question';
      documentId: string;
      candidate: { documentId: string; title: string; version: number; share: number };
    }
  | { type: 'sync-status' }
  | { type: 'team-item-changed'; kind: 'note' | 'pack' | 'document'; id: string };

interface Logged {
  seq: number;
  event: AppEvent;
}

/** How many past events a late poller can still catch up on. */
const KEEP = 100;

export class AppEvents {
  private seq = 0;
  private readonly log: Logged[] = [];
  private readonly waiters = new Set<() => void>();
  private readonly listeners = new Set<(event: AppEvent) => void>();

  /** Main-side listeners (the Electron menu follows the language); returns the unsubscription. */
  subscribe(listener: (event: AppEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  get lastSeq(): number {
    return this.seq;
  }

  emit(event: AppEvent): void {
    this.seq += 1;
    this.log.push({ seq: this.seq, event });
    if (this.log.length > KEEP) this.log.shift();
    for (const wake of this.waiters) wake();
    this.waiters.clear();
    for (const listener of this.listeners) listener(event);
  }

  /**
   * The events after `after`, waiting up to `timeoutMs` for the first one. `after < 0` asks only
   * for the current position (a page that just loaded does not replay old events).
   */
  async next(after: number, timeoutMs: number): Promise<{ seq: number; events: AppEvent[] }> {
    if (after < 0 || after > this.seq) return { seq: this.seq, events: [] };
    if (this.seq === after) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(() => {
          this.waiters.delete(wake);
          resolve();
        }, timeoutMs);
        const wake = () => {
          clearTimeout(timer);
          resolve();
        };
        this.waiters.add(wake);
      });
    }
    return { seq: this.seq, events: this.log.filter((l) => l.seq > after).map((l) => l.event) };
  }
}
