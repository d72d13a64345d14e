/**
 * What the CLI prints reaches a terminal, and imported titles and texts come from web pages:
 * an escape sequence in a title could move the cursor, rewrite the screen or set the window
 * title. Text output drops terminal control sequences, control characters (but newline and tab)
 * and bidirectional overrides; JSON output writes the characters JSON leaves raw (C1 controls,
 * bidi overrides, line/paragraph separators) as \u escapes, so it stays lossless and valid.
 */

/** ESC-introduced sequences: CSI (ESC [ … final), OSC (ESC ] … BEL or ST), and two-byte ones. */
// eslint-disable-next-line no-control-regex -- finding control characters is this module's job
const ESCAPE_SEQUENCE = /\u001b(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|[@-Z\\-_])/g;
/** Control characters other than tab and newline, C1 controls, and bidirectional formatting. */
// eslint-disable-next-line no-control-regex -- as above
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Text safe to write to a terminal. */
export function terminalText(text: string): string {
  return text.replace(ESCAPE_SEQUENCE, '').replace(UNSAFE, '');
}

/** JSON (already serialized) with the characters a terminal might act on written as \u escapes. */
export function terminalJson(json: string): string {
  return json.replace(/[\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g, (c) => {
    return `\\u${(c.codePointAt(0) as number).toString(16).padStart(4, '0')}`;
  });
}
