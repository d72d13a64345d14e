import { describe, expect, it } from 'vitest';
import { AppEvents } from './events.ts';

describe('AppEvents', () => {
  it('answers a new page with the current position only', async () => {
    const events = new AppEvents();
    events.emit({ type: 'library-changed' });
    expect(await events.next(-1, 10)).toEqual({ seq: 1, events: [] });
  });

  it('returns events a poller missed, and times out empty when nothing happens', async () => {
    const events = new AppEvents();
    events.emit({ type: 'library-changed' });
    events.emit({ type: 'message', level: 'info', text: 'hi' });
    expect((await events.next(0, 10)).events).toHaveLength(2);
    expect(await events.next(2, 20)).toEqual({ seq: 2, events: [] });
  });

  it('tells main-side subscribers too', () => {
    const events = new AppEvents();
    const seen: string[] = [];
    const stop = events.subscribe((event) => seen.push(event.type));
    events.emit({ type: 'library-changed' });
    stop();
    events.emit({ type: 'library-changed' });
    expect(seen).toEqual(['library-changed']);
  });
});
