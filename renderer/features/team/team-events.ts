/**
 * Team events from the main side (sync status changes, a teammate's change to an item) reach
 * the team feature's hooks through this page-wide channel: the app shell's one event loop
 * republishes them, so every hook does not poll on its own.
 */
export type TeamEvent =
  { type: 'sync-status' } | { type: 'team-item-changed'; kind: 'note' | 'pack' | 'document'; id: string };

const CHANNEL = 'precis:team';

export function publishTeamEvent(event: TeamEvent): void {
  window.dispatchEvent(new CustomEvent<TeamEvent>(CHANNEL, { detail: event }));
}

export function onTeamEvent(listener: (event: TeamEvent) => void): () => void {
  const handler = (event: Event) => listener((event as CustomEvent<TeamEvent>).detail);
  window.addEventListener(CHANNEL, handler);
  return () => window.removeEventListener(CHANNEL, handler);
}
