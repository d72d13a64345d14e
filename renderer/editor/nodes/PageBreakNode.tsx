/**
 * A page-break marker: where the printed note starts a new page. Exported to HTML as
 * `<div class="page-break" data-precis-page-break>` (print CSS turns it into `break-after`).
 */
import {
  $applyNodeReplacement,
  DecoratorNode,
  type DOMConversionMap,
  type DOMExportOutput,
  type EditorConfig,
  type LexicalNode,
  type SerializedLexicalNode,
} from 'lexical';
import type { JSX } from 'react';
import { useTranslation } from 'react-i18next';
import { i18n } from '../../i18n/index.ts';
import { PAGE_BREAK_NODE_TYPE } from '../../../shared/notes/content-schema.ts';

export type SerializedPageBreakNode = SerializedLexicalNode & { type: typeof PAGE_BREAK_NODE_TYPE; version: 1 };

export class PageBreakNode extends DecoratorNode<JSX.Element> {
  static override getType(): string {
    return PAGE_BREAK_NODE_TYPE;
  }

  static override clone(node: PageBreakNode): PageBreakNode {
    return new PageBreakNode(node.__key);
  }

  static override importJSON(_json: SerializedPageBreakNode): PageBreakNode {
    return $createPageBreakNode();
  }

  static override importDOM(): DOMConversionMap | null {
    return {
      div: (element: HTMLElement) =>
        element.hasAttribute('data-precis-page-break')
          ? { conversion: () => ({ node: $createPageBreakNode() }), priority: 4 }
          : null,
    };
  }

  override exportJSON(): SerializedPageBreakNode {
    return { type: PAGE_BREAK_NODE_TYPE, version: 1 };
  }

  override exportDOM(): DOMExportOutput {
    const element = document.createElement('div');
    element.className = 'page-break';
    element.setAttribute('data-precis-page-break', '');
    element.setAttribute('role', 'separator');
    element.setAttribute('aria-label', i18n.t('editor.pageBreak'));
    return { element };
  }

  override createDOM(config: EditorConfig): HTMLElement {
    const element = document.createElement('div');
    const className = (config.theme as { pageBreak?: string }).pageBreak;
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
    return <PageBreakMarker />;
  }
}

function PageBreakMarker() {
  const { t } = useTranslation();
  return (
    <div role="separator" aria-label={t('editor.pageBreak')} className="page-break-marker">
      <span>{t('editor.pageBreak')}</span>
    </div>
  );
}

export function $createPageBreakNode(): PageBreakNode {
  return $applyNodeReplacement(new PageBreakNode());
}

export function $isPageBreakNode(node: LexicalNode | null | undefined): node is PageBreakNode {
  return node instanceof PageBreakNode;
}
