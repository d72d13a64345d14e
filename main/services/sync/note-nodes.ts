/**
 * The note's node set for the main process, where there is no DOM and no React: Lexical's own
 * nodes, plus headless twins of the editor's decorator nodes (excerpt, page break, decision block). A twin
 * has the same type, the same `__` properties (which is what Lexical's Yjs binding syncs) and
 * the same JSON; it only lacks rendering. test/team/note-nodes-agree.test.ts checks that the
 * editor's nodes and these twins read each other's Yjs and JSON exactly.
 */
import { AutoLinkNode, LinkNode } from '@lexical/link';
import { ListItemNode, ListNode } from '@lexical/list';
import { HorizontalRuleNode } from '@lexical/react/LexicalHorizontalRuleNode';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import { TableCellNode, TableNode, TableRowNode } from '@lexical/table';
import { DecoratorNode, type Klass, type LexicalNode, type NodeKey, type SerializedLexicalNode } from 'lexical';
import { ExcerptPayloadSchema, type ExcerptPayload } from '../../../shared/model/excerpt.ts';
import {
  DECISION_BLOCK_NODE_TYPE,
  EXCERPT_NODE_TYPE,
  NOTE_DECISIONS,
  PAGE_BREAK_NODE_TYPE,
  type NoteDecision,
} from '../../../shared/notes/content-schema.ts';

type SerializedExcerpt = SerializedLexicalNode & ExcerptPayload & { keptAgainst?: string };

/** Never rendered here: the main process has no DOM. */
function noDom(): never {
  // i18n-ignore: a programming error, never shown to a user
  throw new Error('Headless note nodes have no DOM.');
}

export class HeadlessExcerptNode extends DecoratorNode<null> {
  __payload: ExcerptPayload;
  __keptAgainst: string | undefined;

  static override getType(): string {
    return EXCERPT_NODE_TYPE;
  }

  static override clone(node: HeadlessExcerptNode): HeadlessExcerptNode {
    return new HeadlessExcerptNode(node.__payload, node.__keptAgainst, node.__key);
  }

  static override importJSON(json: SerializedExcerpt): HeadlessExcerptNode {
    const payload = ExcerptPayloadSchema.parse(json);
    const kept = typeof json.keptAgainst === 'string' && json.keptAgainst.length <= 64 ? json.keptAgainst : undefined;
    return new HeadlessExcerptNode(payload, kept);
  }

  // Lexical's binding creates nodes with no arguments, then sets their properties from Yjs.
  constructor(payload?: ExcerptPayload, keptAgainst?: string, key?: NodeKey) {
    super(key);
    this.__payload = payload as ExcerptPayload;
    this.__keptAgainst = keptAgainst;
  }

  override exportJSON(): SerializedExcerpt {
    const { annotationId, ...rest } = this.__payload;
    return {
      type: EXCERPT_NODE_TYPE,
      version: 1,
      ...rest,
      ...(annotationId !== undefined ? { annotationId } : {}),
      ...(this.__keptAgainst !== undefined ? { keptAgainst: this.__keptAgainst } : {}),
    };
  }

  override createDOM(): HTMLElement {
    return noDom();
  }

  override updateDOM(): false {
    return false;
  }

  override isInline(): false {
    return false;
  }

  override getTextContent(): string {
    return this.__payload?.text ?? '';
  }

  override decorate(): null {
    return null;
  }
}

export class HeadlessPageBreakNode extends DecoratorNode<null> {
  static override getType(): string {
    return PAGE_BREAK_NODE_TYPE;
  }

  static override clone(node: HeadlessPageBreakNode): HeadlessPageBreakNode {
    return new HeadlessPageBreakNode(node.__key);
  }

  static override importJSON(): HeadlessPageBreakNode {
    return new HeadlessPageBreakNode();
  }

  override exportJSON(): SerializedLexicalNode {
    return { type: PAGE_BREAK_NODE_TYPE, version: 1 };
  }

  override createDOM(): HTMLElement {
    return noDom();
  }

  override updateDOM(): false {
    return false;
  }

  override isInline(): false {
    return false;
  }

  override getTextContent(): string {
    return '\n';
  }

  override decorate(): null {
    return null;
  }
}

type SerializedDecisionBlock = SerializedLexicalNode & { decision?: NoteDecision | null };

export class HeadlessDecisionBlockNode extends DecoratorNode<null> {
  __decision: NoteDecision | null;

  static override getType(): string {
    return DECISION_BLOCK_NODE_TYPE;
  }

  static override clone(node: HeadlessDecisionBlockNode): HeadlessDecisionBlockNode {
    return new HeadlessDecisionBlockNode(node.__decision, node.__key);
  }

  static override importJSON(json: SerializedDecisionBlock): HeadlessDecisionBlockNode {
    const decision = (NOTE_DECISIONS as readonly unknown[]).includes(json.decision)
      ? (json.decision as NoteDecision)
      : null;
    return new HeadlessDecisionBlockNode(decision);
  }

  constructor(decision: NoteDecision | null = null, key?: NodeKey) {
    super(key);
    this.__decision = decision;
  }

  override exportJSON(): SerializedDecisionBlock {
    return { type: DECISION_BLOCK_NODE_TYPE, version: 1, decision: this.__decision };
  }

  override createDOM(): HTMLElement {
    return noDom();
  }

  override updateDOM(): false {
    return false;
  }

  override isInline(): false {
    return false;
  }

  override getTextContent(): string {
    return '\n';
  }

  override decorate(): null {
    return null;
  }
}

/** Registered in the same order as renderer/editor/nodes/index.ts. */
export const HEADLESS_NOTE_NODES: ReadonlyArray<Klass<LexicalNode>> = [
  HeadingNode,
  QuoteNode,
  ListNode,
  ListItemNode,
  LinkNode,
  AutoLinkNode,
  TableNode,
  TableRowNode,
  TableCellNode,
  HorizontalRuleNode,
  HeadlessExcerptNode,
  HeadlessPageBreakNode,
  HeadlessDecisionBlockNode,
];
