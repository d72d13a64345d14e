import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../../test/support/temp.ts';
import { terminalJson, terminalText } from './terminal.ts';

const bin = join(import.meta.dirname, '..', '..', '..', 'bin', 'precis.js');
/** A title as a hostile page could carry it: clear screen, set the window title, a CSI in C1 form, RTL override. */
const HOSTILE = 'Joint \u001b[2J\u001b]0;pwned\u0007statement \u009b31m on \u202eexport\u0000s';

let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => (temp = makeTempDir()));
afterEach(() => temp.cleanup());

// eslint-disable-next-line no-control-regex -- the test looks for control characters
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202e]/;

describe('terminal output', () => {
  it('drops escape sequences, control characters and bidi overrides from text', () => {
    expect(terminalText(HOSTILE)).toBe('Joint statement 31m on exports');
    expect(terminalText('line one\n\tline two')).toBe('line one\n\tline two');
  });

  it('escapes in JSON what JSON leaves raw, losslessly', () => {
    const json = terminalJson(JSON.stringify({ title: HOSTILE }));
    expect(json).not.toMatch(RAW_CONTROL);
    expect((JSON.parse(json) as { title: string }).title).toBe(HOSTILE);
  });

  it('never lets an imported title reach the terminal raw (real CLI)', () => {
    // The page spells the sequences as character references, as a hostile site would.
    const file = join(temp.dir, 'hostile.html');
    const title = HOSTILE.replace('\u0000', '').replace(/[^ -~]/g, (c) => `&#${c.codePointAt(0)};`);
    const body =
      '<p>We, the ministers, agree to work together on maritime security and on the protection of fisheries.</p>';
    writeFileSync(
      file,
      `<!doctype html><html><head><title>${title}</title></head><body><h1>${title}</h1>${body.repeat(3)}</body></html>`,
    );
    const run = (...args: string[]) =>
      spawnSync(process.execPath, [bin, ...args, '--store', join(temp.dir, 'store')], { encoding: 'utf8' });
    expect(run('import', file).status).toBe(0);
    const list = run('list');
    expect(list.status).toBe(0);
    expect(list.stdout).toContain('Joint');
    expect(list.stdout).not.toMatch(RAW_CONTROL);
    const json = run('list', '--json');
    expect(json.stdout).not.toMatch(RAW_CONTROL);
    expect(json.stdout).toContain('\\u202e');
  });
});
