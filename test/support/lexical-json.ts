/**
 * Lexical JSON written by hand, as a crafted API call or archive would carry it: notes and
 * annotation comments built node by node, including shapes the editor never makes.
 */
const element = (type: string, children: unknown[], extra: Record<string, unknown> = {}) => ({
  type,
  version: 1,
  format: '',
  indent: 0,
  direction: null,
  ...extra,
  children,
});

export const textNode = (text: string, format = 0) => ({
  type: 'text',
  version: 1,
  text,
  format,
  style: '',
  mode: 'normal',
  detail: 0,
});

export const paragraph = (children: unknown[]) => element('paragraph', children, { textFormat: 0, textStyle: '' });

export const heading = (tag: string, text: string) => element('heading', [textNode(text)], { tag });

export const link = (url: string, text: string) =>
  element('link', [textNode(text)], { url, rel: null, target: null, title: null });

export const list = (items: unknown[][], listType: 'bullet' | 'number' = 'bullet') =>
  element(
    'list',
    items.map((children, i) => element('listitem', children, { value: i + 1 })),
    { listType, start: 1, tag: listType === 'number' ? 'ol' : 'ul' },
  );

/** A table of text cells; the first row is a header row. */
export const table = (rows: string[][]) =>
  element(
    'table',
    rows.map((cells, r) =>
      element(
        'tablerow',
        cells.map((cell) => element('tablecell', [paragraph([textNode(cell)])], { headerState: r === 0 ? 1 : 0 })),
      ),
    ),
  );

export const root = (children: unknown[]) => ({
  root: { type: 'root', version: 1, format: '', indent: 0, direction: null, children },
});

/**
 * A comment of about `bytes` bytes that is nothing but nesting, as a crafted API call can make
 * it (the comment editor never does): lists in list items (or links in unknown inline nodes),
 * thousands of levels deep, with one line of text at the bottom. Built as a string: JSON.stringify itself overflows on such depth.
 */
export function deeplyNestedComment(
  bytes: number,
  shape: 'lists' | 'inline' = 'lists',
  text = 'the bottom of a deep comment',
): string {
  const open =
    shape === 'lists'
      ? ['{"type":"list","listType":"bullet","children":[', '{"type":"listitem","children":[']
      : ['{"type":"link","url":"https://example.org/","children":[', '{"type":"span","children":['];
  const leaf = `{"type":"paragraph","children":[{"type":"text","text":${JSON.stringify(text)},"format":0}]}`;
  const levels: string[] = [];
  let size = 0;
  while (size < bytes) {
    const part = open[levels.length % 2] as string;
    levels.push(part);
    size += part.length + 2;
  }
  if (levels.length % 2 === 1) levels.push(open[1] as string);
  return `{"root":{"type":"root","children":[${levels.join('')}${leaf}${']}'.repeat(levels.length)}]}}`;
}
