/**
 * An excerpt: a quoted passage of a document, with the document id, the cited paragraphs
 * and the exact text, shown with its citation ("Title (date), ¶ 8"). A block decorator: the
 * quote is not edited in place (it must stay exactly what the source says); it is updated
 * from the source or removed.
 *
 * Round trips: JSON (exportJSON/importJSON), HTML (exportDOM writes a
 * `<blockquote class="excerpt" data-precis-excerpt="…">` that importDOM reads back), and
 * therefore copy/paste between notes and from the reader.
 */
import {
  $applyNodeReplacement,
  DecoratorNode,
  type DOMConversionMap,
  type DOMConversionOutput,
  type DOMExportOutput,
  type LexicalEditor,
  type EditorConfig,
  type LexicalNode,
  type NodeKey,
  type SerializedLexicalNode,
  type Spread,
} from 'lexical';
import type { JSX } from 'react';
import { ExcerptPayloadSchema, formatExcerptCitation, type ExcerptPayload } from '../../../shared/model/excerpt.ts';
import { EXCERPT_NODE_TYPE } from '../../../shared/notes/content-schema.ts';
import { ExcerptBlock } from '../ui/ExcerptBlock.tsx';

export type SerializedExcerptNode = Spread<
  ExcerptPayload & {
    /** The newer document version the user chose to keep this excerpt against, if any. */
    keptAgainst?: string;
    type: typeof EXCERPT_NODE_TYPE;
    version: 1;
  },
  SerializedLexicalNode
>;

/** The HTML attribute that carries the full payload for an exact round trip. */
export const EXCERPT_DATA_ATTRIBUTE = 'data-precis-excerpt';

/**
 * Accepts only a valid payload: JSON and HTML can come from the clipboard, i.e. anywhere.
 * Returns undefined for anything else, and the caller falls back to plain content.
 */
export function parseExcerptJSON(
  value: unknown,
): { payload: ExcerptPayload; keptAgainst: string | undefined } | undefined {
  const parsed = ExcerptPayloadSchema.safeParse(value);
  if (!parsed.success) return undefined;
  const kept = (value as { keptAgainst?: unknown }).keptAgainst;
  return {
    payload: byIdentity(parsed.data),
    keptAgainst: typeof kept === 'string' && kept.length <= 64 ? kept : undefined,
  };
}

/**
 * An excerpt cites its paragraphs by id. A payload made before citations by identity (a note
 * saved by an earlier Précis, an old clipboard) carries positions `n`: they become the label
 * it shows until the library resolves the ids, and are not kept.
 */
function byIdentity(payload: ExcerptPayload): ExcerptPayload {
  if (payload.paragraphs.every((p) => p.n === undefined)) return payload;
  return {
    ...payload,
    paragraphs: payload.paragraphs.map(({ id, n, label }) => {
      const shown = label ?? (n === undefined ? undefined : String(n));
      return shown === undefined ? { id } : { id, label: shown };
    }),
  };
}

function convertExcerptElement(element: HTMLElement): DOMConversionOutput {
  try {
    const parsed = parseExcerptJSON(JSON.parse(element.getAttribute(EXCERPT_DATA_ATTRIBUTE) ?? ''));
    if (parsed) return { node: $createExcerptNode(parsed.payload, parsed.keptAgainst) };
  } catch {
    // not our JSON: let the quote be imported as an ordinary block quote below
  }
  return { node: null };
}

export class ExcerptNode extends DecoratorNode<JSX.Element> {
  __payload: ExcerptPayload;
  __keptAgainst: string | undefined;

  static override getType(): string {
    return EXCERPT_NODE_TYPE;
  }

  static override clone(node: ExcerptNode): ExcerptNode {
    return new ExcerptNode(node.__payload, node.__keptAgainst, node.__key);
  }

  static override importJSON(json: SerializedExcerptNode): ExcerptNode {
    const parsed = parseExcerptJSON(json);
    // i18n-ignore: a corrupt note is caught and reported by the note view, never shown as is
    if (!parsed) throw new Error('Invalid excerpt in note content.');

    return $createExcerptNode(parsed.payload, parsed.keptAgainst);
  }

  static override importDOM(): DOMConversionMap | null {
    return {
      blockquote: (element: HTMLElement) =>
        element.hasAttribute(EXCERPT_DATA_ATTRIBUTE) ? { conversion: convertExcerptElement, priority: 4 } : null,
    };
  }

  constructor(payload: ExcerptPayload, keptAgainst?: string, key?: NodeKey) {
    super(key);
    this.__payload = payload;
    this.__keptAgainst = keptAgainst;
  }

  override exportJSON(): SerializedExcerptNode {
    const { annotationId, ...rest } = this.__payload;
    return {
      type: EXCERPT_NODE_TYPE,
      version: 1,
      ...rest,
      ...(annotationId !== undefined ? { annotationId } : {}),
      ...(this.__keptAgainst !== undefined ? { keptAgainst: this.__keptAgainst } : {}),
    };
  }

  /** The same markup as the print renderer (shared/notes/render-html.ts), plus the payload. */
  override exportDOM(editor: LexicalEditor): DOMExportOutput {
    const payload = this.__payload;
    const quote = document.createElement('blockquote');
    quote.className = 'excerpt';
    quote.setAttribute(EXCERPT_DATA_ATTRIBUTE, JSON.stringify(this.exportJSON()));
    quote.setAttribute('data-document-id', payload.documentId);
    quote.setAttribute('data-paragraph-ids', payload.paragraphs.map((p) => p.id).join(' '));
    for (const part of payload.text.split(/\n{2,}/)) {
      const p = document.createElement('p');
      p.textContent = part;
      quote.append(p);
    }
    const footer = document.createElement('footer');
    footer.className = 'excerpt-citation';
    const cite = document.createElement('cite');
    // The citation anchor has no href: packs add one when they print the cited paragraph.
    const link = document.createElement('a');
    link.setAttribute('data-cite-document', payload.documentId);
    link.setAttribute('data-cite-paragraph-id', payload.paragraphs[0]?.id ?? '');
    link.className = 'cite';
    // The date in words in the language of the note it is copied from.
    // A headless editor has no root element and throws when asked for one: then English.
    let lang: string | null | undefined;
    try {
      lang = editor.getRootElement()?.closest('[lang]')?.getAttribute('lang');
    } catch {
      lang = undefined;
    }
    link.textContent = formatExcerptCitation(payload, undefined, lang === 'fr' ? 'fr' : 'en');
    cite.append(link);
    footer.append(cite);
    quote.append(footer);
    return { element: quote };
  }

  override createDOM(config: EditorConfig): HTMLElement {
    const element = document.createElement('div');
    const className = (config.theme as { excerpt?: string }).excerpt;
    if (className) element.className = className;
    return element;
  }

  override updateDOM(): false {
    return false;
  }

  override isInline(): false {
    return false;
  }

  /** Plain text of the note includes the quote (word counts, copy as text, search). */
  override getTextContent(): string {
    return this.__payload.text;
  }

  getPayload(): ExcerptPayload {
    return this.getLatest().__payload;
  }

  getKeptAgainst(): string | undefined {
    return this.getLatest().__keptAgainst;
  }

  /** Replaces what the excerpt cites (e.g. with the passage from a newer version). */
  setPayload(payload: ExcerptPayload): this {
    const writable = this.getWritable();
    writable.__payload = payload;
    writable.__keptAgainst = undefined;
    return writable;
  }

  /** Marks the excerpt as deliberately kept against a newer version of its source. */
  setKeptAgainst(documentId: string | undefined): this {
    const writable = this.getWritable();
    writable.__keptAgainst = documentId;
    return writable;
  }

  override decorate(): JSX.Element {
    return <ExcerptBlock nodeKey={this.getKey()} payload={this.__payload} keptAgainst={this.__keptAgainst} />;
  }
}

export function $createExcerptNode(payload: ExcerptPayload, keptAgainst?: string): ExcerptNode {
  return $applyNodeReplacement(new ExcerptNode(payload, keptAgainst));
}

export function $isExcerptNode(node: LexicalNode | null | undefined): node is ExcerptNode {
  return node instanceof ExcerptNode;
}
