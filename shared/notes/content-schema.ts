/**
 * Validation of a note's content (Lexical JSON) on its way into the store. Only the node
 * types the editor registers are accepted, links only with safe schemes, inline styles only
 * without external references, and sizes and nesting are bounded: crafted JSON can neither
 * inject markup or script nor make the app fetch anything when the note is shown or printed.
 */
import { z } from 'zod';
import { ExcerptPayloadSchema } from '../model/excerpt.ts';

/** Every node type the editor registers (renderer/editor/nodes/index.ts must match). */
export const NOTE_NODE_TYPES = [
  'root',
  'paragraph',
  'text',
  'linebreak',
  'tab',
  'heading',
  'quote',
  'list',
  'listitem',
  'link',
  'autolink',
  'table',
  'tablerow',
  'tablecell',
  'horizontalrule',
  'excerpt',
  'page-break',
  'decision-block',
] as const;
export type NoteNodeType = (typeof NOTE_NODE_TYPES)[number];

export const EXCERPT_NODE_TYPE = 'excerpt';
export const PAGE_BREAK_NODE_TYPE = 'page-break';
export const DECISION_BLOCK_NODE_TYPE = 'decision-block';

/** What the reader of a note for decision ticks in its decision block (none yet: null). */
export const NOTE_DECISIONS = ['approved', 'not-approved', 'discuss'] as const;
export type NoteDecision = (typeof NOTE_DECISIONS)[number];

const MAX_DEPTH = 40;
/** About a thousand pages of text: far beyond any briefing note, small enough to keep the store fast. */
export const MAX_CONTENT_CHARS = 8_000_000;

/** http(s) and mailto links, and the app's own routes (`#/doc/…`). Nothing else is a link. */
export function isSafeUrl(url: string): boolean {
  if (/^#\/[A-Za-z0-9_\-/?=&%.]*$/.test(url)) return true;
  // No URL parser in shared/ (no DOM, no node:): a scheme check on a string without controls or spaces.
  // eslint-disable-next-line no-control-regex -- rejecting control characters is the point
  if (/[\u0000-\u0020\u007f-\u009f]/.test(url)) return false;
  return /^(https?:\/\/[^/\\]|mailto:[^/])/i.test(url);
}

/** Inline CSS Lexical may write (colours, widths); never anything that loads or escapes. */
function isHarmlessStyle(style: string): boolean {
  return !/url\s*\(|expression|@import|\\|<|javascript:|image-set|-moz-binding|behavio/i.test(style);
}

const HeadingTagSchema = z.enum(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const ListTypeSchema = z.enum(['bullet', 'number', 'check']);

/** Fields every node may have; per-type fields below. Unknown extra keys are dropped. */
const common = {
  version: z.number().int().min(0).max(100).optional(),
  format: z
    .union([
      z
        .number()
        .int()
        .min(0)
        .max(1 << 20),
      z.string().max(20),
    ])
    .optional(),
  indent: z.number().int().min(0).max(20).optional(),
  direction: z.enum(['ltr', 'rtl']).nullable().optional(),
  style: z.string().max(2000).refine(isHarmlessStyle, 'unsafe style').optional(),
  textFormat: z
    .number()
    .int()
    .min(0)
    .max(1 << 20)
    .optional(),
  textStyle: z.string().max(2000).refine(isHarmlessStyle, 'unsafe style').optional(),
};

export interface SerializedNoteNode {
  type: NoteNodeType;
  children?: SerializedNoteNode[];
  [key: string]: unknown;
}

const NodeSchema: z.ZodType<SerializedNoteNode> = z.lazy(() =>
  z.discriminatedUnion('type', [
    element('root'),
    element('paragraph'),
    element('quote'),
    element('heading', { tag: HeadingTagSchema }),
    element('list', {
      listType: ListTypeSchema,
      start: z.number().int().min(0).max(100000).optional(),
      tag: z.enum(['ul', 'ol']).optional(),
    }),
    element('listitem', { value: z.number().int().min(0).max(100000).optional(), checked: z.boolean().optional() }),
    element('link', linkFields()),
    element('autolink', { ...linkFields(), isUnlinked: z.boolean().optional() }),
    element('table', {
      colWidths: z.array(z.number().min(0).max(10000)).max(100).optional(),
      rowStriping: z.boolean().optional(),
      frozenColumnCount: z.number().int().min(0).max(100).optional(),
      frozenRowCount: z.number().int().min(0).max(100).optional(),
    }),
    element('tablerow', { height: z.number().min(0).max(10000).optional() }),
    element('tablecell', {
      colSpan: z.number().int().min(1).max(100).optional(),
      rowSpan: z.number().int().min(1).max(1000).optional(),
      headerState: z.number().int().min(0).max(3).optional(),
      width: z.number().min(0).max(10000).optional(),
      backgroundColor: z
        .string()
        .max(40)
        .regex(/^[#a-zA-Z0-9(),.\s%]*$/)
        .nullable()
        .optional(),
      verticalAlign: z.string().max(20).optional(),
    }),
    z.object({
      type: z.literal('text'),
      ...common,
      text: z.string().max(MAX_CONTENT_CHARS),
      detail: z
        .number()
        .int()
        .min(0)
        .max(1 << 20)
        .optional(),
      mode: z.enum(['normal', 'token', 'segmented']).optional(),
    }),
    z.object({ type: z.literal('linebreak'), ...common }),
    z.object({
      type: z.literal('tab'),
      ...common,
      text: z.string().max(10).optional(),
      detail: z
        .number()
        .int()
        .min(0)
        .max(1 << 20)
        .optional(),
      mode: z.enum(['normal', 'token', 'segmented']).optional(),
    }),
    z.object({ type: z.literal('horizontalrule'), ...common }),
    z.object({ type: z.literal('page-break'), ...common }),
    z.object({ type: z.literal('decision-block'), ...common, decision: z.enum(NOTE_DECISIONS).nullable().optional() }),
    z.object({
      type: z.literal('excerpt'),
      ...common,
      ...ExcerptPayloadSchema.shape,
      /** The newer document version the user chose to keep this excerpt against. */
      keptAgainst: z.string().max(64).optional(),
    }),
  ]),
) as unknown as z.ZodType<SerializedNoteNode>;

function linkFields() {
  return {
    url: z.string().max(4000).refine(isSafeUrl, 'links may only be http, https or mailto'),
    rel: z.string().max(100).nullable().optional(),
    target: z.enum(['_blank', '_self']).nullable().optional(),
    title: z.string().max(500).nullable().optional(),
  };
}

function element<T extends NoteNodeType, S extends z.ZodRawShape>(type: T, extra?: S) {
  return z.object({
    type: z.literal(type),
    ...common,
    ...(extra ?? ({} as S)),
    children: z.array(NodeSchema).max(200_000),
  });
}

export const NoteContentSchema = z.object({
  root: NodeSchema.refine((node) => node.type === 'root', 'the content must start with the root node'),
});

/** A note's content: Lexical's serialized editor state, restricted as above. */
export interface NoteContent {
  root: SerializedNoteNode;
}

/** Depth is checked before zod walks the tree, so a deeply nested crafted payload fails fast. */
export function contentDepth(node: unknown, depth = 0): number {
  if (depth > MAX_DEPTH) return depth;
  const children = (node as { children?: unknown } | null)?.children;
  if (!Array.isArray(children)) return depth;
  let max = depth;
  for (const child of children) max = Math.max(max, contentDepth(child, depth + 1));
  return max;
}

/** The zod schema used at the API boundary: depth first, then shape. */
export const NoteContentInputSchema = z
  .unknown()
  .refine(
    (value) => contentDepth((value as { root?: unknown } | null)?.root) <= MAX_DEPTH,
    'the note is nested too deeply',
  )
  .pipe(NoteContentSchema) as unknown as z.ZodType<NoteContent>;

/** An empty note: one empty paragraph, as Lexical itself starts. */
export function emptyContent(): NoteContent {
  return {
    root: {
      type: 'root',
      version: 1,
      format: '',
      indent: 0,
      direction: null,
      children: [{ type: 'paragraph', version: 1, format: '', indent: 0, direction: null, children: [] }],
    },
  };
}
