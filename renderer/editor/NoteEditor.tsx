/**
 * The briefing-note editor: Lexical with the note's nodes, theme and plugins. The plugin
 * order below is THE order (later plugins' command handlers see events after earlier ones at
 * equal priority; the toolbar and find bar render in this order): change it only here.
 */
import { CheckListPlugin } from '@lexical/react/LexicalCheckListPlugin';
import { ClickableLinkPlugin } from '@lexical/react/LexicalClickableLinkPlugin';
import { LexicalComposer, type InitialConfigType } from '@lexical/react/LexicalComposer';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { EditorRefPlugin } from '@lexical/react/LexicalEditorRefPlugin';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { HorizontalRulePlugin } from '@lexical/react/LexicalHorizontalRulePlugin';
import { LinkPlugin } from '@lexical/react/LexicalLinkPlugin';
import { ListPlugin } from '@lexical/react/LexicalListPlugin';
import { MarkdownShortcutPlugin } from '@lexical/react/LexicalMarkdownShortcutPlugin';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { TabIndentationPlugin } from '@lexical/react/LexicalTabIndentationPlugin';
import { TablePlugin } from '@lexical/react/LexicalTablePlugin';
import type { LexicalEditor } from 'lexical';
import { useMemo, type MutableRefObject, type ReactNode } from 'react';
import type { NoteContent } from '../../shared/notes/content-schema.ts';
import { isSafeUrl } from '../../shared/notes/content-schema.ts';
import './editor.css';
import { NOTE_NODES } from './nodes/index.ts';
import { AutosavePlugin } from './plugins/AutosavePlugin/AutosavePlugin.tsx';
import { ChecklistRolePlugin } from './plugins/ChecklistRolePlugin/ChecklistRolePlugin.tsx';
import { ExcerptPlugin } from './plugins/ExcerptPlugin/ExcerptPlugin.tsx';
import { FindReplacePlugin } from './plugins/FindReplacePlugin/FindReplacePlugin.tsx';
import { NOTE_TRANSFORMERS } from './plugins/MarkdownPlugin/transformers.ts';
import { PageBreakPlugin } from './plugins/PageBreakPlugin/PageBreakPlugin.tsx';
import { ShortcutsPlugin } from './plugins/ShortcutsPlugin/ShortcutsPlugin.tsx';
import { ToolbarPlugin } from './plugins/ToolbarPlugin/ToolbarPlugin.tsx';
import { WordCountPlugin } from './plugins/WordCountPlugin/WordCountPlugin.tsx';
import { noteTheme } from './theme.ts';

export interface NoteEditorProps {
  /** The note's stored content; read once, when the editor mounts. */
  initialContent: NoteContent;
  /** Receives the editor, for saving, restoring versions and inserting excerpts from outside. */
  editorRef: MutableRefObject<LexicalEditor | null>;
  onContentChange: () => void;
  onWordCount: (words: number) => void;
  onSave: () => void;
  onPickExcerpt: () => void;
  find: { open: boolean; withReplace: boolean };
  onFind: (withReplace: boolean) => void;
  onCloseFind: () => void;
  /** Rendered after the editable area, inside the scrolling page (the sign-off fields). */
  footer?: ReactNode;
  /** Rendered before the editable area (the header fields). */
  header?: ReactNode;
  /** Accessible name of the editable area. */
  label: string;
  language: string;
}

export function NoteEditor(props: NoteEditorProps) {
  const { initialContent } = props;
  const initialConfig = useMemo<InitialConfigType>(
    () => ({
      namespace: 'precis-note',
      nodes: [...NOTE_NODES],
      theme: noteTheme,
      editorState: JSON.stringify(initialContent),
      onError: (error: Error) => {
        throw error;
      },
    }),
    // The editor is created once per note; later content arrives through the editor itself.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [],
  );

  return (
    <LexicalComposer initialConfig={initialConfig}>
      <div className="note-editor">
        <ToolbarPlugin onPickExcerpt={props.onPickExcerpt} onFind={() => props.onFind(false)} />
        <FindReplacePlugin open={props.find.open} withReplace={props.find.withReplace} onClose={props.onCloseFind} />
        <div className="note-scroll">
          <div className="note-page" lang={props.language}>
            {props.header}
            <RichTextPlugin
              contentEditable={<ContentEditable className="note-content" aria-label={props.label} spellCheck />}
              ErrorBoundary={LexicalErrorBoundary}
            />
            {props.footer}
          </div>
        </div>
      </div>
      {/* Plugin order, pinned: */}
      <EditorRefPlugin editorRef={props.editorRef} />
      <HistoryPlugin />
      <ListPlugin />
      <CheckListPlugin />
      <ChecklistRolePlugin />
      <LinkPlugin validateUrl={isSafeUrl} />
      <ClickableLinkPlugin disabled={false} newTab />
      <TablePlugin hasCellMerge hasCellBackgroundColor={false} />
      <HorizontalRulePlugin />
      <PageBreakPlugin />
      <TabIndentationPlugin />
      <MarkdownShortcutPlugin transformers={NOTE_TRANSFORMERS} />
      <ExcerptPlugin />
      <ShortcutsPlugin onSave={props.onSave} onFind={props.onFind} onPickExcerpt={props.onPickExcerpt} />
      <WordCountPlugin onCount={props.onWordCount} />
      <AutosavePlugin onContentChange={props.onContentChange} />
    </LexicalComposer>
  );
}
