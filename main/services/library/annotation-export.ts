/**
 * A document's annotations as Markdown (to read or paste into a note) and as W3C Web
 * Annotation JSON (https://www.w3.org/TR/annotation-model/), anchored onto the version shown.
 */
import { describeRange } from '../../../shared/anchoring/index.ts';
import type { Annotation, HighlightColor, StoredDocument } from '../../../shared/model/index.ts';
import { commentToMarkdown, formatParagraphLabels } from '../../../shared/model/index.ts';

const STATUS_NOTES = {
  exact: '',
  moved: 'moved since it was made',
  changed: 'the passage changed: placement to confirm',
  orphaned: 'passage not found in this version',
} as const;

function fileStem(title: string): string {
  const stem = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
  return stem || 'document';
}

function blockquote(text: string): string {
  return text
    .split(/\n+/)
    .map((line) => `> ${line}`)
    .join('\n>\n');
}

export function annotationsToMarkdown(
  document: StoredDocument,
  annotations: readonly Annotation[],
  colors: readonly HighlightColor[],
): string {
  const label = new Map(colors.map((c) => [c.key, c.label]));
  const dateline = [document.date, document.place, document.issuer].filter(Boolean).join(' – ');
  const lines = [`# Annotations: ${document.title}`, ''];
  if (dateline) lines.push(dateline, '');
  lines.push(
    `Version ${document.version} · ${annotations.length} annotation${annotations.length === 1 ? '' : 's'}`,
    '',
  );
  for (const a of annotations) {
    const cited =
      a.anchor.paragraph !== null ? formatParagraphLabels([a.anchor.paragraphLabel ?? String(a.anchor.paragraph)]) : '';
    const where =
      a.anchor.paragraph !== null
        ? a.scope === 'section'
          ? `Section from ${cited}`
          : cited
        : 'Not found in this version';
    lines.push(`## ${where} — ${label.get(a.color) ?? a.color}`, '');
    lines.push(blockquote(a.anchor.text ?? a.quote.exact), '');
    const note = STATUS_NOTES[a.anchor.status];
    if (note) lines.push(`*(${note}${a.anchor.status === 'changed' ? `; originally: “${a.quote.exact}”` : ''})*`, '');
    if (a.comment) {
      const markdown = commentToMarkdown(a.comment.lexical) || a.comment.text;
      if (markdown.trim()) lines.push(markdown, '');
    }
    if (a.tags.length > 0) lines.push(`Tags: ${a.tags.map((t) => `#${t.replace(/\s+/g, '-')}`).join(' ')}`, '');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

export function annotationsToW3c(
  document: StoredDocument,
  canonical: string,
  annotations: readonly Annotation[],
  colors: readonly HighlightColor[],
): unknown {
  const label = new Map(colors.map((c) => [c.key, c.label]));
  const source = `urn:precis:document:${document.id}`;
  const items = annotations.map((a) => {
    const located = a.anchor.start !== null && a.anchor.end !== null;
    const selectors = located
      ? describeRange(canonical, a.anchor.start as number, a.anchor.end as number)
      : { quote: a.quote, position: a.position };
    const body: unknown[] = [];
    if (a.comment?.text.trim()) {
      body.push({ type: 'TextualBody', purpose: 'commenting', format: 'text/plain', value: a.comment.text });
    }
    for (const tag of a.tags) body.push({ type: 'TextualBody', purpose: 'tagging', value: tag });
    body.push({ type: 'TextualBody', purpose: 'classifying', value: label.get(a.color) ?? a.color });
    return {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: `urn:precis:annotation:${a.id}`,
      type: 'Annotation',
      motivation: a.comment?.text.trim() ? 'commenting' : 'highlighting',
      created: a.createdAt,
      modified: a.updatedAt,
      body,
      target: {
        // An orphan's selectors still describe the version it was made on.
        source: located ? source : `urn:precis:document:${a.originDocumentId}`,
        selector: [selectors.quote, selectors.position],
      },
      'precis:anchorStatus': a.anchor.status,
      // The paragraph by identity, and what it is cited as on this version.
      ...(located && a.anchor.paragraphId
        ? { 'precis:paragraphId': a.anchor.paragraphId, 'precis:paragraphLabel': a.anchor.paragraphLabel ?? null }
        : {}),
      'precis:color': a.color,
    };
  });
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: `${source}/annotations`,
    type: 'AnnotationCollection',
    label: `Annotations: ${document.title} (version ${document.version})`,
    total: items.length,
    first: { type: 'AnnotationPage', items },
  };
}

export function exportFileName(document: StoredDocument, format: 'markdown' | 'w3c'): string {
  return `${fileStem(document.title)}-annotations.${format === 'markdown' ? 'md' : 'jsonld'}`;
}
