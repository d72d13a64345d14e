/**
 * The briefing-note editor: Lexical with the note's nodes, theme and plugins. The plugin
 * order below is THE order (later plugins' command handlers see events after earlier ones at
 * equal priority; the toolbar and find bar render in this order): change it only here.
 */
import { CheckListPlugin } from '@lexical/react/LexicalCheckListPlugin';
import { LexicalCollaboration } from '@lexical/react/LexicalCollaborationContext';
import { CollaborationPlugin } from '@lexical/react/LexicalCollaborationPlugin';
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
import type { Provider } from '@lexical/yjs';
import type { LexicalEditor } from 'lexical';
import { useMemo, useRef, type MutableRefObject, type ReactNode, type Ref } from 'react';
import type { Doc } from 'yjs';
import type { NoteContent } from '../../shared/notes/content-schema.ts';
import { isSafeUrl } from '../../shared/notes/content-schema.ts';
import './editor.css';
import { NOTE_NODES } from './nodes/index.ts';
import { AutosavePlugin } from './plugins/AutosavePlugin/AutosavePlugin.tsx';
import { ExcerptPlugin } from './plugins/ExcerptPlugin/ExcerptPlugin.tsx';
import { FindReplacePlugin } from './plugins/FindReplacePlugin/FindReplacePlugin.tsx';
import { NOTE_TRANSFORMERS } from './plugins/MarkdownPlugin/transformers.ts';
import { DecisionBlockPlugin } from './plugins/DecisionBlockPlugin/DecisionBlockPlugin.tsx';
import { PageBreakPlugin } from './plugins/PageBreakPlugin/PageBreakPlugin.tsx';
import { ShortcutsPlugin } from './plugins/ShortcutsPlugin/ShortcutsPlugin.tsx';
import { ToolbarPlugin } from './plugins/ToolbarPlugin/ToolbarPlugin.tsx';
import { TypographyPlugin } from './plugins/TypographyPlugin/TypographyPlugin.tsx';
import { WordCountPlugin } from './plugins/WordCountPlugin/WordCountPlugin.tsx';
import { ChecklistRolePlugin } from './plugins/ChecklistRolePlugin/ChecklistRolePlugin.tsx';
import { noteTheme } from './theme.ts';
import { NoteLanguageContext } from './ui/note-language.ts';

/**
 * Live co-authoring of a shared note (team library): the editor is bound to the note's Yjs
 * replica through `providerFactory` (the main side's relay). Its body comes from the replica,
 * never from `initialContent`, and is never bootstrapped here: the main side wrote an existing
 * note's body into the replica once, when it was shared (two clients bootstrapping the same
 * empty document is how text gets duplicated). Undo is Yjs' UndoManager tracking only this
 * editor's own changes, so it never removes a collaborator's text.
 */
export interface NoteCollaboration {
  id: string;
  providerFactory: (id: string, docMap: Map<string, Doc>) => Provider;
  user: { name: string; color: string };
  /** A reader's editor: not editable, no toolbar, nothing typed that would then be refused. */
  readOnly: boolean;
}

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
  collaboration?: NoteCollaboration;
  /** Receives the editable element (the comments panel reads and shows selections in it). */
  editableRef?: MutableRefObject<HTMLElement | null>;
}

export function NoteEditor(props: NoteEditorProps) {
  const { initialContent, collaboration, editableRef, ...rest } = props;
  const readOnly = collaboration?.readOnly === true;
  const cursorsRef = useRef<HTMLDivElement | null>(null);
  const initialConfig = useMemo<InitialConfigType>(
    () => ({
      namespace: 'precis-note',
      nodes: [...NOTE_NODES],
      theme: noteTheme,
      // A shared note's body comes from its replica, through the collaboration plugin.
      editorState: collaboration ? null : JSON.stringify(initialContent),
      editable: !readOnly,
      onError: (error: Error) => {
        throw error;
      },
    }),
    // The editor is created once per note; later content arrives through the editor itself.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [],
  );

  return (
    <NoteLanguageContext.Provider value={rest.language === 'fr' ? 'fr' : 'en'}>
      <LexicalCollaboration>
        <LexicalComposer initialConfig={initialConfig}>
          <div className={`note-editor${readOnly ? ' note-editor--read-only' : ''}`}>
            {!readOnly && <ToolbarPlugin onPickExcerpt={rest.onPickExcerpt} onFind={() => rest.onFind(false)} />}
            <FindReplacePlugin open={rest.find.open} withReplace={rest.find.withReplace} onClose={rest.onCloseFind} />
            <div className="note-scroll">
              <div className="note-page" lang={rest.language}>
                <div className="note-cursors" ref={cursorsRef} />
                {rest.header}
                <RichTextPlugin
                  contentEditable={
                    <ContentEditable
                      className="note-content"
                      aria-label={rest.label}
                      aria-readonly={readOnly || undefined}
                      spellCheck
                      ref={editableRef as Ref<HTMLDivElement> | undefined}
                    />
                  }
                  ErrorBoundary={LexicalErrorBoundary}
                />
                {rest.footer}
              </div>
            </div>
          </div>
          {/* Plugin order, pinned: */}
          <EditorRefPlugin editorRef={rest.editorRef} />
          {collaboration ? (
            <CollaborationPlugin
              id={collaboration.id}
              providerFactory={collaboration.providerFactory}
              shouldBootstrap={false}
              username={collaboration.user.name}
              cursorColor={collaboration.user.color}
              cursorsContainerRef={cursorsRef}
            />
          ) : (
            <HistoryPlugin />
          )}
          <ListPlugin />
          <CheckListPlugin />
          <ChecklistRolePlugin />
          <LinkPlugin validateUrl={isSafeUrl} />
          <ClickableLinkPlugin disabled={false} newTab />
          <TablePlugin hasCellMerge hasCellBackgroundColor={false} />
          <HorizontalRulePlugin />
          <PageBreakPlugin />
          <DecisionBlockPlugin />
          {!readOnly && <TypographyPlugin />}
          <TabIndentationPlugin />
          <MarkdownShortcutPlugin transformers={NOTE_TRANSFORMERS} />
          <ExcerptPlugin />
          <ShortcutsPlugin onSave={rest.onSave} onFind={rest.onFind} onPickExcerpt={rest.onPickExcerpt} />
          <WordCountPlugin onCount={rest.onWordCount} />
          <AutosavePlugin onContentChange={rest.onContentChange} />
        </LexicalComposer>
      </LexicalCollaboration>
    </NoteLanguageContext.Provider>
  );
}
