/** The note editor: Lexical nodes, plugins and theme. */
export { NoteEditor, type NoteCollaboration, type NoteEditorProps } from './NoteEditor.tsx';
export { NOTE_NODES } from './nodes/index.ts';
export { $createExcerptNode, $isExcerptNode, ExcerptNode } from './nodes/index.ts';
export { INSERT_EXCERPT_COMMAND } from './plugins/ExcerptPlugin/ExcerptPlugin.tsx';
export { ExcerptServicesContext, type ExcerptServices } from './ui/excerpt-services.ts';
export { noteTheme } from './theme.ts';
