/** The team library in the interface: settings, the status bar, the note editor's relay, review and comments. */
import './team.css';
export { CommentsPanel } from './CommentsPanel.tsx';
export { RelayProvider } from './relay-provider.ts';
export { ReviewBar } from './ReviewBar.tsx';
export { ShareButton } from './ShareButton.tsx';
export { SyncStatusBar } from './SyncStatusBar.tsx';
export { onTeamEvent, publishTeamEvent, type TeamEvent } from './team-events.ts';
export { TeamSettingsView } from './TeamSettingsView.tsx';
export { useSyncStatus, useTeamItem, useTeamItemChanges, type TeamItemState } from './useTeam.ts';
