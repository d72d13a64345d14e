/**
 * The search box's query language, parsed into a safe SQLite FTS5 MATCH expression.
 *
 * Users type words, "quoted phrases", prefixes (`nucl*`), `-word` / `NOT word` to leave words
 * out, `OR` / `|` between alternatives, `AND` (the default between words), and parentheses.
 * The French operators `ET`, `OU` and `SAUF` work too. Inline filters narrow the search:
 * `kind:note`, `tag:energy`, `lang:fr`, `doc:ID`, `from:2024-01-01`, `to:2024-12-31`.
 *
 * Every word reaches FTS5 inside double quotes, so no user text is ever read as FTS5 syntax:
 * whatever is typed (unbalanced quotes, stray operators, brackets, colons, asterisks) gives
 * either a valid expression or a plain message, never an SQL error. Operators must be typed
 * in capitals, so the ordinary words "and", "or", "not", "et", "ou" are searched for as words.
 */

/** What a search covers: document paragraphs, annotations (quote, comment, tags), notes. */
export const SEARCH_KINDS = ['paragraph', 'annotation', 'note'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** Filters typed inline in the query (`tag:energy`); the API merges them with its own. */
export interface InlineFilters {
  kinds: SearchKind[];
  tags: string[];
  languages: string[];
  documentIds: string[];
  from?: string;
  to?: string;
}

/** A word or phrase the expression looks for (not the ones left out), for marking hits. */
export interface SearchTerm {
  text: string;
  prefix: boolean;
  phrase: boolean;
}

/** Something to tell the user about a query; `search.issues.<code>` in the catalogues says it. */
export const SEARCH_ISSUE_CODES = [
  'empty',
  'onlyExcluded',
  'orWithoutOperand',
  'notWithoutOperand',
  'excludedInOr',
  'prefixTooShort',
  'tooManyWords',
  'filterNeedsValue',
  'notAKind',
  'notADate',
] as const;
export type SearchIssueCode = (typeof SEARCH_ISSUE_CODES)[number];
export interface SearchIssue {
  code: SearchIssueCode;
  /** The part of the query concerned, when there is one. */
  text?: string;
  count?: number;
}

export interface ParsedQuery {
  /** The FTS5 expression, or null when there is nothing to look for (see `message`). */
  match: string | null;
  /** Why there is nothing to search for. */
  message?: SearchIssue;
  /** Non-fatal notes, e.g. an operator that was ignored. */
  warnings: SearchIssue[];
  terms: SearchTerm[];
  filters: InlineFilters;
}

/**
 * The shortest prefix searched as a prefix (`sec*`); shorter ones (`se*`) are searched as
 * words. The index keeps prefix indexes for 3 to 6 letters (migration 011).
 */
export const MIN_PREFIX_LETTERS = 3;

/** Beyond this many words a query is cut: FTS5 cost grows with every phrase. */
export const MAX_QUERY_TERMS = 32;

type Token =
  | { type: 'term'; text: string; prefix: boolean; phrase: boolean }
  | { type: 'and' | 'or' | 'not' | 'minus' | 'open' | 'close' };

type Node =
  | { type: 'term'; text: string; prefix: boolean; phrase: boolean }
  | { type: 'and' | 'or'; children: Node[] }
  | { type: 'not'; child: Node };

const OPERATORS: Record<string, 'and' | 'or' | 'not'> = {
  AND: 'and',
  ET: 'and',
  '&&': 'and',
  OR: 'or',
  OU: 'or',
  '|': 'or',
  '||': 'or',
  NOT: 'not',
  SAUF: 'not',
};

const FILTER_NAMES = new Set(['kind', 'tag', 'lang', 'doc', 'from', 'to']);
const KIND_ALIASES: Record<string, SearchKind> = {
  paragraph: 'paragraph',
  paragraphs: 'paragraph',
  paragraphe: 'paragraph',
  paragraphes: 'paragraph',
  document: 'paragraph',
  documents: 'paragraph',
  annotation: 'annotation',
  annotations: 'annotation',
  note: 'note',
  notes: 'note',
};

/** True when FTS5's unicode61 tokenizer would find at least one token in `text`. */
function hasToken(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text);
}

function isDate(value: string): boolean {
  return /^\d{4}(-\d{2}(-\d{2})?)?$/.test(value);
}

/** Splits the query into tokens; filters go straight into `filters`. Never throws. */
function tokenize(input: string, filters: InlineFilters, warnings: SearchIssue[]): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const n = input.length;
  const readQuoted = (): string => {
    // Opening quote at input[i]; an unbalanced quote runs to the end of the query.
    const end = input.indexOf('"', i + 1);
    const text = input.slice(i + 1, end === -1 ? n : end);
    i = end === -1 ? n : end + 1;
    return text;
  };
  while (i < n) {
    const c = input[i] as string;
    if (/\s/.test(c)) {
      i++;
    } else if (c === '(') {
      tokens.push({ type: 'open' });
      i++;
    } else if (c === ')') {
      tokens.push({ type: 'close' });
      i++;
    } else if (c === '"' || c === '“' || c === '”' || c === '«') {
      // Typographic quotes become plain ones; guillemets close with ».
      const close = c === '«' ? '»' : c === '"' ? '"' : '”';
      let end = input.indexOf(close, i + 1);
      if (close === '”' && end === -1) end = input.indexOf('"', i + 1);
      const text = input.slice(i + 1, end === -1 ? n : end);
      i = end === -1 ? n : end + 1;
      let prefix = false;
      while (input[i] === '*') {
        prefix = true;
        i++;
      }
      tokens.push({ type: 'term', text, prefix, phrase: true });
    } else if ((c === '-' || c === '+') && i + 1 < n && !/\s/.test(input[i + 1] as string)) {
      if (c === '-') tokens.push({ type: 'minus' });
      i++;
    } else {
      let j = i;
      while (j < n && !/[\s()"“”«]/.test(input[j] as string)) j++;
      let word = input.slice(i, j);
      i = j;
      const operator = OPERATORS[word];
      if (operator) {
        tokens.push({ type: operator });
        continue;
      }
      const colon = word.indexOf(':');
      const name = colon > 0 ? word.slice(0, colon).toLowerCase() : '';
      if (FILTER_NAMES.has(name)) {
        let value = word.slice(colon + 1);
        if (value === '' && input[i] === '"') value = readQuoted();
        applyFilter(name, value.trim(), filters, warnings);
        continue;
      }
      let prefix = false;
      while (word.endsWith('*')) {
        prefix = true;
        word = word.slice(0, -1);
      }
      tokens.push({ type: 'term', text: word, prefix, phrase: false });
    }
  }
  return tokens;
}

function applyFilter(name: string, value: string, filters: InlineFilters, warnings: SearchIssue[]): void {
  if (value === '') {
    warnings.push({ code: 'filterNeedsValue', text: `${name}:` });
    return;
  }
  switch (name) {
    case 'kind': {
      const kind = KIND_ALIASES[value.toLowerCase()];
      if (kind) filters.kinds.push(kind);
      else warnings.push({ code: 'notAKind', text: `kind:${value}` });
      return;
    }
    case 'tag':
      filters.tags.push(value);
      return;
    case 'lang':
      filters.languages.push(value.toLowerCase());
      return;
    case 'doc':
      filters.documentIds.push(value);
      return;
    case 'from':
    case 'to':
      if (isDate(value)) filters[name] = value;
      else warnings.push({ code: 'notADate', text: `${name}:${value}` });
      return;
  }
}

/** Recursive descent over the tokens, forgiving: stray operators and brackets are skipped. */
class Parser {
  private position = 0;
  private readonly tokens: Token[];
  private readonly warnings: SearchIssue[];
  constructor(tokens: Token[], warnings: SearchIssue[]) {
    this.tokens = tokens;
    this.warnings = warnings;
  }

  parseAll(): Node | null {
    const parts: Node[] = [];
    while (this.position < this.tokens.length) {
      const node = this.parseOr();
      if (node) parts.push(node);
      if (this.peek()?.type === 'close') this.position++; // a stray ")"
    }
    return combine('and', parts);
  }

  private peek(): Token | undefined {
    return this.tokens[this.position];
  }

  private parseOr(): Node | null {
    const parts: Node[] = [];
    const first = this.parseAnd();
    if (first) parts.push(first);
    while (this.peek()?.type === 'or') {
      this.position++;
      const next = this.parseAnd();
      if (next) parts.push(next);
      else this.warnings.push({ code: 'orWithoutOperand' });
    }
    return combine('or', parts);
  }

  private parseAnd(): Node | null {
    const parts: Node[] = [];
    for (;;) {
      const token = this.peek();
      if (!token || token.type === 'close' || token.type === 'or') break;
      if (token.type === 'and') {
        this.position++;
        continue;
      }
      const node = this.parseUnary();
      if (node) parts.push(node);
    }
    return combine('and', parts);
  }

  private parseUnary(): Node | null {
    const token = this.peek();
    if (!token) return null;
    if (token.type === 'not' || token.type === 'minus') {
      this.position++;
      const child = this.parseUnary();
      if (!child) {
        this.warnings.push({ code: 'notWithoutOperand', text: token.type === 'not' ? 'NOT' : '-' });
        return null;
      }
      return child.type === 'not' ? child.child : { type: 'not', child };
    }
    if (token.type === 'open') {
      this.position++;
      const inner = this.parseOr();
      if (this.peek()?.type === 'close') this.position++;
      return inner;
    }
    this.position++;
    if (token.type === 'term') return { ...token };
    return null; // unreachable: and/or/close are handled by the callers
  }
}

function combine(type: 'and' | 'or', parts: Node[]): Node | null {
  if (parts.length === 0) return null;
  if (parts.length === 1) return parts[0] as Node;
  return { type, children: parts };
}

/** One FTS5 string literal: double quotes doubled, nothing else is special inside. */
export function quoteFts(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

interface CompileState {
  terms: SearchTerm[];
  count: number;
  warnings: SearchIssue[];
  onlyNegative: boolean;
}

function compile(node: Node, state: CompileState, positive: boolean): string | null {
  switch (node.type) {
    case 'term': {
      const text = node.text.normalize('NFC').trim();
      if (!hasToken(text)) return null;
      if (state.count >= MAX_QUERY_TERMS) return null;
      state.count++;
      let prefix = node.prefix;
      // A prefix shorter than the index's shortest prefix index would merge the doclists of
      // every word it starts, a large part of the index, for little meaning.
      if (prefix && !node.phrase && text.replace(/[^\p{L}\p{N}]/gu, '').length < MIN_PREFIX_LETTERS) {
        state.warnings.push({ code: 'prefixTooShort', text });
        prefix = false;
      }
      if (positive) state.terms.push({ text, prefix, phrase: node.phrase });
      return quoteFts(text) + (prefix ? '*' : '');
    }
    case 'not':
      // A NOT on its own (inside an OR, or the whole query) has nothing to subtract from.
      state.onlyNegative = true;
      state.warnings.push({ code: 'excludedInOr' });
      return null;
    case 'or': {
      const parts = node.children.map((child) => compile(child, state, positive)).filter((p) => p !== null);
      if (parts.length === 0) return null;
      return parts.length === 1 ? (parts[0] as string) : `(${parts.join(' OR ')})`;
    }
    case 'and': {
      const include = node.children
        .filter((child) => child.type !== 'not')
        .map((child) => compile(child, state, positive))
        .filter((p) => p !== null);
      const exclude = node.children
        .filter((child): child is Extract<Node, { type: 'not' }> => child.type === 'not')
        .map((child) => compile(child.child, state, !positive))
        .filter((p) => p !== null);
      if (include.length === 0) {
        if (exclude.length > 0) state.onlyNegative = true;
        return null;
      }
      const base = include.length === 1 ? (include[0] as string) : `(${include.join(' AND ')})`;
      if (exclude.length === 0) return base;
      return `(${base} NOT ${exclude.length === 1 ? exclude[0] : `(${exclude.join(' OR ')})`})`;
    }
  }
}

/** Parses what the user typed. Never throws; `match` is null when there is nothing to search. */
export function parseSearchQuery(input: string): ParsedQuery {
  const warnings: SearchIssue[] = [];
  const filters: InlineFilters = { kinds: [], tags: [], languages: [], documentIds: [] };
  // Control characters (a NUL ends an FTS5 string early) and the snippet markers are spaces.
  const cleaned = input.replace(/[\p{Cc}\uE000\uE001]/gu, ' ');
  const tokens = tokenize(cleaned, filters, warnings);
  const tree = new Parser(tokens, warnings).parseAll();
  const state: CompileState = { terms: [], count: 0, warnings, onlyNegative: false };
  const match = tree ? compile(tree, state, true) : null;
  if (state.count >= MAX_QUERY_TERMS) warnings.push({ code: 'tooManyWords', count: MAX_QUERY_TERMS });
  const result: ParsedQuery = { match, warnings, terms: state.terms, filters };
  if (match === null) {
    result.message = { code: state.onlyNegative ? 'onlyExcluded' : 'empty' };
  }
  return result;
}
