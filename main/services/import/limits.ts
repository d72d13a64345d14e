/**
 * Limits that keep an import bounded in memory and time. Documented here so the UI, CLI and
 * docs can quote them.
 */

/** Files over 50 MB are refused before any decoding: no declaration or article comes close. */
export const MAX_INPUT_BYTES = 50 * 1024 * 1024;

/**
 * Every import ends within this much work (CPU time of the thread reading it, see
 * thread-cpu.ts), with a document or an ImportError('timeout'); a PDF gets PAGE_BUDGET_MS more
 * per page past PAGES_IN_BUDGET. A 200-page PDF reads in 1-3 s of work on a laptop.
 */
export const IMPORT_TIMEOUT_MS = 10_000;
export const PAGES_IN_BUDGET = 50;
export const PAGE_BUDGET_MS = 100;

/** DOCX: the sum of the declared uncompressed sizes of all zip entries. */
export const MAX_ZIP_UNCOMPRESSED_BYTES = 200 * 1024 * 1024;

/** DOCX: an entry that inflates more than this many times its compressed size is a zip bomb. */
export const MAX_ZIP_RATIO = 200;

/** Entries smaller than this are not ratio-checked (tiny XML parts compress very well). */
export const ZIP_RATIO_MIN_BYTES = 1024 * 1024;

/** Web pages: HTML larger than this is not given to the DOM parser. */
export const MAX_HTML_CHARS = 20 * 1024 * 1024;

/**
 * The import worker's V8 heap cap. A page that makes jsdom build a giant tree fails this one
 * import ('too-large') instead of taking the whole app's memory; real documents use < 200 MB.
 */
export const MAX_IMPORT_HEAP_MB = 1024;
