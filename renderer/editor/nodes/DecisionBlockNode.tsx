/**
 * The decision block under a note's recommendation: Approved / Not approved / Discuss, then the
 * Signature and Date lines. One node, not template text: its words follow the note's language
 * (shared/notes/templates.ts `DECISION_BLOCK`), it cannot be half-deleted or typed over, the
 * choice ticked is stored (`decision`) and printed, and print keeps it on one page
 * (shared/notes/render-html.ts draws the same block).
 */
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import {
  $applyNodeReplacement,
  $getNodeByKey,
  DecoratorNode,
  type EditorConfig,
  type LexicalNode,
  type NodeKey,
  type SerializedLexicalNode,
} from 'lexical';
import { useContext, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import { DECISION_BLOCK_NODE_TYPE, NOTE_DECISIONS, type NoteDecision } from '../../../shared/notes/content-schema.ts';
import { DECISION_BLOCK } from '../../../shared/notes/templates.ts';
import { NoteLanguageContext } from '../ui/note-language.ts';

export type SerializedDecisionBlockNode = SerializedLexicalNode & {
  type: typeof DECISION_BLOCK_NODE_TYPE;
  version: 1;
  decision?: NoteDecision | null;
};

function isDecision(value: unknown): value is NoteDecision {
  return (NOTE_DECISIONS as readonly unknown[]).includes(value);
}

export class DecisionBlockNode extends DecoratorNode<JSX.Element> {
  __decision: NoteDecision | null;

  static override getType(): string {
    return DECISION_BLOCK_NODE_TYPE;
  }

  static override clone(node: DecisionBlockNode): DecisionBlockNode {
    return new DecisionBlockNode(node.__decision, node.__key);
  }

  static override importJSON(json: SerializedDecisionBlockNode): DecisionBlockNode {
    return $createDecisionBlockNode(isDecision(json.decision) ? json.decision : null);
  }

  constructor(decision: NoteDecision | null = null, key?: NodeKey) {
    super(key);
    this.__decision = decision;
  }

  override exportJSON(): SerializedDecisionBlockNode {
    return { type: DECISION_BLOCK_NODE_TYPE, version: 1, decision: this.__decision };
  }

  getDecision(): NoteDecision | null {
    return this.getLatest().__decision;
  }

  setDecision(decision: NoteDecision | null): this {
    const writable = this.getWritable();
    writable.__decision = decision;
    return writable;
  }

  override createDOM(config: EditorConfig): HTMLElement {
    const element = document.createElement('div');
    const className = (config.theme as { decisionBlock?: string }).decisionBlock;
    if (className) element.className = className;
    return element;
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

  override decorate(): JSX.Element {
    return <DecisionBlock nodeKey={this.getKey()} decision={this.__decision} />;
  }
}

/** The block as the editor shows it: a check box per choice (at most one ticked), and the lines. */
function DecisionBlock({ nodeKey, decision }: { nodeKey: NodeKey; decision: NoteDecision | null }) {
  const [editor] = useLexicalComposerContext();
  const { t } = useTranslation();
  const language = useContext(NoteLanguageContext);
  const words = DECISION_BLOCK[language];
  const colon = language === 'fr' ? '\u00a0:' : ':';
  const choose = (choice: NoteDecision, ticked: boolean) =>
    editor.update(() => {
      const node = $getNodeByKey(nodeKey);
      if ($isDecisionBlockNode(node)) node.setDecision(ticked ? choice : null);
    });
  return (
    <div className="decision-block-editor" lang={language}>
      <fieldset>
        <legend className="visually-hidden">{t('decisionBlock.legend')}</legend>
        {NOTE_DECISIONS.map((choice) => (
          <label key={choice} className="decision-choice">
            <input
              type="checkbox"
              checked={decision === choice}
              disabled={!editor.isEditable()}
              onChange={(event) => choose(choice, event.target.checked)}
            />{' '}
            {words.choices[choice]}
          </label>
        ))}
      </fieldset>
      {[words.signature, words.date].map((label) => (
        <p key={label} className="decision-line">
          <span>{`${label}${colon}`}</span>
          <span className="decision-write-line" aria-hidden="true" />
        </p>
      ))}
    </div>
  );
}

export function $createDecisionBlockNode(decision: NoteDecision | null = null): DecisionBlockNode {
  return $applyNodeReplacement(new DecisionBlockNode(decision));
}

export function $isDecisionBlockNode(node: LexicalNode | null | undefined): node is DecisionBlockNode {
  return node instanceof DecisionBlockNode;
}
