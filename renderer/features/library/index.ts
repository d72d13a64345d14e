export { LibraryPanel } from './LibraryPanel.tsx';
export { useLibrary, type LibraryState } from './useLibrary.ts';
export { LibraryView } from './LibraryView.tsx';
export { useDocumentKind } from './useDocumentKind.ts';
