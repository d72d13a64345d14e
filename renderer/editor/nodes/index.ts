/**
 * Every node the note editor registers. shared/notes/content-schema.ts accepts exactly these
 * types (plus Lexical's built-ins: root, paragraph, text, linebreak, tab); a test checks both
 * lists agree, so stored content can never name a node the editor does not know.
 */
import { AutoLinkNode, LinkNode } from '@lexical/link';
import { ListItemNode, ListNode } from '@lexical/list';
import { HorizontalRuleNode } from '@lexical/react/LexicalHorizontalRuleNode';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import { TableCellNode, TableNode, TableRowNode } from '@lexical/table';
import type { Klass, LexicalNode } from 'lexical';
import { DecisionBlockNode } from './DecisionBlockNode.tsx';
import { ExcerptNode } from './ExcerptNode.tsx';
import { PageBreakNode } from './PageBreakNode.tsx';

export const NOTE_NODES: ReadonlyArray<Klass<LexicalNode>> = [
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
  ExcerptNode,
  PageBreakNode,
  DecisionBlockNode,
];

export { $createExcerptNode, $isExcerptNode, ExcerptNode, type SerializedExcerptNode } from './ExcerptNode.tsx';
export {
  $createPageBreakNode,
  $isPageBreakNode,
  PageBreakNode,
  type SerializedPageBreakNode,
} from './PageBreakNode.tsx';
export {
  $createDecisionBlockNode,
  $isDecisionBlockNode,
  DecisionBlockNode,
  type SerializedDecisionBlockNode,
} from './DecisionBlockNode.tsx';
