/**
 * A note's body between its Yjs replica and Lexical JSON, in the main process (no DOM): a
 * headless Lexical editor bound to the body with Lexical's own Yjs binding, the same binding
 * the note editor uses. It reads the body as the JSON the store and search index keep, writes
 * a note's existing content into an empty replica once (the one bootstrap), and makes the
 * small structural edits the API makes without an editor (append a paragraph, append the
 * quote check's table).
 *
 * The binding needs to see the body arrive as Yjs events, so it works on its own Y.Doc kept
 * in step with the replica by exchanging updates (origins keep the two from echoing).
 */
import { createHeadlessEditor } from '@lexical/headless';
import {
  createYjsBinding,
  syncLexicalUpdateToYjs,
  syncYjsChangesToLexical,
  type Binding,
  type Provider,
} from '@lexical/yjs';
import {
  $createParagraphNode,
  $createTextNode,
  $getRoot,
  $parseSerializedNode,
  SKIP_COLLAB_TAG,
  type LexicalEditor,
  type SerializedLexicalNode,
} from 'lexical';
import { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
import type { NoteContent } from '../../../shared/notes/content-schema.ts';
import { NOTE_BODY } from '../../../shared/team/replica.ts';
import { HEADLESS_NOTE_NODES } from './note-nodes.ts';

const FROM_REPLICA = Symbol('from-replica');

/** The binding wants a provider for cursors; headless, only its awareness is ever read. */
function silentProvider(doc: Y.Doc): Provider {
  const awareness = new Awareness(doc);
  awareness.setLocalState(null);
  const noop = () => {};
  return {
    awareness: awareness as unknown as Provider['awareness'],
    connect: noop,
    disconnect: noop,
    on: noop,
    off: noop,
  };
}

export class NoteBridge {
  readonly editor: LexicalEditor;
  private readonly doc = new Y.Doc();
  private readonly binding: Binding;
  private readonly provider: Provider;
  private readonly detach: Array<() => void> = [];
  private readonly replica: Y.Doc;

  constructor(replica: Y.Doc) {
    this.replica = replica;
    this.editor = createHeadlessEditor({
      namespace: 'precis-note',
      nodes: [...HEADLESS_NOTE_NODES],
      onError: (error) => {
        throw error;
      },
    });
    this.provider = silentProvider(this.doc);
    this.binding = createYjsBinding({
      editor: this.editor,
      id: 'note',
      doc: this.doc,
      docMap: new Map([['note', this.doc]]),
    });
    const root = this.binding.root.getSharedType();
    const onYjs = (events: Array<Y.YEvent<Y.XmlText>>, transaction: Y.Transaction) => {
      if (transaction.origin !== this.binding) {
        syncYjsChangesToLexical(this.binding, this.provider, events as never, false);
      }
    };
    root.observeDeep(onYjs as never);
    this.detach.push(() => root.unobserveDeep(onYjs as never));
    this.detach.push(
      this.editor.registerUpdateListener(
        ({ prevEditorState, editorState, dirtyElements, dirtyLeaves, normalizedNodes, tags }) => {
          if (!tags.has(SKIP_COLLAB_TAG)) {
            syncLexicalUpdateToYjs(
              this.binding,
              this.provider,
              prevEditorState,
              editorState,
              dirtyElements,
              dirtyLeaves,
              normalizedNodes,
              tags,
            );
          }
        },
      ),
    );
    // Replica → bridge, and the bridge's own edits → replica.
    const fromReplica = (update: Uint8Array, origin: unknown) => {
      if (origin !== this) Y.applyUpdate(this.doc, update, FROM_REPLICA);
    };
    const toReplica = (update: Uint8Array, origin: unknown) => {
      if (origin !== FROM_REPLICA) Y.applyUpdate(this.replica, update, this);
    };
    replica.on('update', fromReplica);
    this.doc.on('update', toReplica);
    this.detach.push(() => replica.off('update', fromReplica));
    this.detach.push(() => this.doc.off('update', toReplica));
    Y.applyUpdate(this.doc, Y.encodeStateAsUpdate(replica), FROM_REPLICA);
    this.flush();
  }

  /** The origin of transactions this bridge makes on the replica. */
  get origin(): unknown {
    return this;
  }

  /** Runs Lexical's pending work now, so the editor state reflects every Yjs change so far. */
  private flush(): void {
    this.editor.update(() => {}, { discrete: true });
  }

  /** Whether the replica holds no body yet (a note that was never shared). */
  isEmpty(): boolean {
    return (this.replica.get(NOTE_BODY, Y.XmlText) as Y.XmlText).length === 0;
  }

  /** The body as Lexical JSON, as the store keeps it. */
  toJSON(): NoteContent {
    this.flush();
    return this.editor.getEditorState().toJSON() as unknown as NoteContent;
  }

  /** Writes existing content into an empty replica: done once, when a note is first shared. */
  bootstrap(content: NoteContent): void {
    if (!this.isEmpty()) return;
    this.editor.setEditorState(this.editor.parseEditorState(JSON.stringify(content)));
    this.flush();
  }

  /**
   * Replaces the body with `content` (a save from an editor that is not live on this note):
   * Lexical's binding writes the difference into the replica.
   */
  replace(content: NoteContent): void {
    this.editor.setEditorState(this.editor.parseEditorState(JSON.stringify(content)));
    this.flush();
  }

  /** Appends serialized nodes (e.g. the quote check's table) at the end of the body. */
  appendNodes(nodes: readonly SerializedLexicalNode[]): void {
    this.editor.update(
      () => {
        const root = $getRoot();
        for (const node of nodes) root.append($parseSerializedNode(node));
      },
      { discrete: true },
    );
  }

  /** Appends one paragraph of plain text (lines become separate paragraphs). */
  appendParagraph(text: string): void {
    this.editor.update(
      () => {
        const root = $getRoot();
        for (const line of text.split(/\r?\n/)) root.append($createParagraphNode().append($createTextNode(line)));
      },
      { discrete: true },
    );
  }

  destroy(): void {
    for (const undo of this.detach.splice(0)) undo();
    this.doc.destroy();
  }
}
