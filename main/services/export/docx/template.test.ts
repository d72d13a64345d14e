/**
 * Departmental templates: the neutral one Précis ships (made by the docx library) and one made
 * by another producer (python-docx, from its Word-made default template) with its own style
 * names, a logo and margins of its own; then every kind of file that must be refused, each with
 * a clear message, leaving no file and the chosen template unchanged.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { strToU8, unzipSync, zipSync } from 'fflate';
import officeCrypto from 'officecrypto-tool';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiChannel, ApiInput, ApiOutput } from '../../../../shared/api/index.ts';
import { makeApiContext } from '../../../../test/support/api-context.ts';
import { docxPages, docxParts, flat, PYTHON, readDocx } from '../../../../test/support/docx.ts';
import { dispatch } from '../../api/dispatch.ts';
import { apiHandlers } from '../../api/handlers.ts';
import { exportWord } from '../export-docx.ts';
import { checkTemplate } from './template-check.ts';
import { parseStyleMapping } from './template-styles.ts';
import { WordTemplateError } from './word-package.ts';

let ctx: Awaited<ReturnType<typeof makeApiContext>>;
let packId = '';
let noteId = '';
let fixtures = '';

async function call<C extends ApiChannel>(channel: C, input: ApiInput<C>) {
  return dispatch(apiHandlers, ctx.context, channel, input);
}
async function api<C extends ApiChannel>(channel: C, input: ApiInput<C>): Promise<ApiOutput<C>> {
  const result = await call(channel, input);
  if (!result.ok) throw new Error(result.error.message);
  return result.value as ApiOutput<C>;
}

/**
 * A department's template as python-docx writes it: a logo and "Ministère des Essais" in the
 * header, placeholders split across runs, its own heading colour, a custom style the mapping
 * file names, and wide margins.
 */
const DEPARTMENT_TEMPLATE = String.raw`
import sys
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.style import WD_STYLE_TYPE
out, logo, variant = sys.argv[1], sys.argv[2], sys.argv[3]
d = Document()
s = d.sections[0]
s.left_margin = Cm(3.1); s.right_margin = Cm(2.3)
p = s.header.paragraphs[0]
p.add_run().add_picture(logo, width=Cm(1.2))
p.add_run('  Ministère des Essais — ')
if variant != 'no-marking':
    p.add_run('{{classi'); p.add_run('fication}}')
f = s.footer.paragraphs[0]
f.add_run('{{classification}} — Page {{page}} / {{pages}}')
st = d.styles.add_style('Dept Heading', WD_STYLE_TYPE.PARAGRAPH)
st.base_style = d.styles['Normal']; st.font.size = Pt(15); st.font.bold = True
st.font.color.rgb = RGBColor(0x7A, 0x1F, 0x3D)
d.styles['Heading 2'].font.color.rgb = RGBColor(0x00, 0x5C, 0x2E)
d.add_paragraph('{{title}}', style='Title')
d.add_paragraph('Dossier : {{fileNumber}} — {{date}}')
if variant == 'body-not-alone':
    d.add_paragraph('Texte : {{body}}')
elif variant == 'unknown':
    d.add_paragraph('{{body}}'); d.add_paragraph('{{signature}}')
elif variant == 'framed':
    # A one-cell table framing the body, as some letterheads draw a box.
    d.add_table(rows=1, cols=1).cell(0, 0).text = '{{body}}'
elif variant != 'no-placeholders':
    d.add_paragraph('{{body}}')
d.add_paragraph('Fin du document.')
if variant in ('restricted', 'unenforced'):
    # Review > Restrict Editing > "No changes (Read only)", with a password; or the same stopped.
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    enforced = '1' if variant == 'restricted' else '0'
    d.settings.element.insert(0, parse_xml('<w:documentProtection %s w:edit="readOnly" w:enforcement="%s" w:cryptProviderType="rsaAES" w:cryptAlgorithmClass="hash" w:cryptAlgorithmType="typeAny" w:cryptAlgorithmSid="14" w:cryptSpinCount="100000" w:hash="c2VjcmV0aGFzaA==" w:salt="c2FsdA=="/>' % (nsdecls('w'), enforced)))
d.save(out)
`;

function departmentTemplate(variant = 'good'): string {
  const file = join(fixtures, `dept-${variant}.docx`);
  if (!existsSync(file)) {
    execFileSync(PYTHON, ['-c', DEPARTMENT_TEMPLATE, file, LOGO, variant]);
  }
  return file;
}

/** Any picture serves as the department's logo: Précis's own mark. */
const LOGO = join(import.meta.dirname, '..', '..', '..', '..', 'resources', 'templates', 'precis-mark.png');

const deptMapping = { fileName: 'dept.styles.json', text: JSON.stringify({ styles: { heading1: 'Dept Heading' } }) };

beforeAll(async () => {
  ctx = await makeApiContext({ seed: true });
  fixtures = join(ctx.dir, 'fixtures');
  mkdirSync(fixtures);
  packId = (await api('packs:createSample', { language: 'en' })).id;
  const note = (await api('packs:get', { id: packId })).items.find((i) => i.spec.kind === 'note');
  noteId = (note?.spec as { noteId: string }).noteId;
});

afterAll(() => ctx?.close());

describe('the neutral template that comes with Précis', () => {
  let file = '';
  beforeAll(async () => {
    expect((await api('wordTemplate:set', { bundled: 'neutral' }))?.placeholders.sort()).toEqual(
      ['body', 'classification', 'date', 'pageOf', 'title'].sort(),
    );
    const result = await api('export:docx', { target: { kind: 'pack', id: packId } });
    expect(result.template).toBe('precis-neutral.dotx');
    file = join(ctx.dir, 'neutral-pack.docx');
    writeFileSync(file, readFileSync(join(ctx.dir, 'exports', `${result.exportId}.bin`)));
  });

  it('fills every placeholder and keeps the template’s styles, mark and margins', () => {
    const parts = docxParts(file);
    for (const [name, xml] of parts) expect(xml.includes('{{'), name).toBe(false);
    const docx = readDocx(file);
    expect(docx.paragraphs[0]).toEqual({
      style: 'Title',
      text: 'Briefing pack: Canada–France Declaration on a Stronger Defence and Security Partnership',
    });
    // The mapping puts citations in the template's "Source Note" style; headings keep its colour.
    expect(docx.paragraphs.filter((p) => p.style === 'Source Note').length).toBeGreaterThanOrEqual(3);
    expect(parts.get('word/styles.xml')).toMatch(/w:styleId="Heading1"[\s\S]*?<w:color w:val="27465F"\/>/);
    expect(docx.images).toBe(1);
    expect(parts.get('word/document.xml')).toMatch(/<w:pgMar [^>]*w:left="1247"/);
    // A .dotx gives a .docx.
    expect(parts.get('[Content_Types].xml')).toContain('wordprocessingml.document.main+xml');
    expect(parts.get('[Content_Types].xml')).not.toContain('template.main+xml');
    // Its page prints the date under the title: the cover's facts do not repeat it.
    expect(docx.tables[0]).toEqual([
      ['Security classification', 'UNCLASSIFIED'],
      ['Prepared by', 'Précis (sample pack)'],
    ]);
  });

  it('prints the marking and Page X of Y on every page', () => {
    const { pages } = docxPages(file, join(ctx.dir, 'out'));
    pages.forEach((page, index) => {
      expect(page.match(/UNCLASSIFIED \/ NON CLASSIFIÉ/g)?.length, `page ${index + 1}`).toBeGreaterThanOrEqual(2);
      expect(page, `page ${index + 1}`).toContain(`Page ${index + 1} of ${pages.length}`);
    });
  });
});

describe('a department’s template made elsewhere, with a style mapping', () => {
  let file = '';
  beforeAll(async () => {
    const template = readFileSync(departmentTemplate());
    const made = await exportWord(
      ctx.context.db,
      { kind: 'note', id: noteId },
      {
        template: {
          bytes: template,
          name: 'dept.docx',
          mapping: parseStyleMapping(deptMapping.text, 'dept.styles.json'),
        },
      },
    );
    file = join(ctx.dir, 'dept-note.docx');
    writeFileSync(file, made.bytes);
  });

  it('writes the note in the template’s styles, its placeholders filled even when split across runs', () => {
    const docx = readDocx(file);
    expect(docx.headers[0]).toBe('  Ministère des Essais — UNCLASSIFIED / NON CLASSIFIÉ');
    expect(docx.footers[0]).toMatch(/^UNCLASSIFIED \/ NON CLASSIFIÉ — Page {2}\/ $/);
    expect(docx.paragraphs[1]?.text).toMatch(/^Dossier : SAMPLE-\d{4}-001 — \S/);
    const headings = docx.paragraphs.filter((p) => p.style === 'Dept Heading').map((p) => p.text);
    expect(headings[0]).toBe('Purpose');
    expect(docx.paragraphs.at(-1)?.text).toBe('Fin du document.');
    // Its own styles are still there; Précis added only what it lacked.
    expect(docx.styles).toEqual(expect.arrayContaining(['Dept Heading', 'Heading 2', 'Quote', 'Précis Citation']));
    expect(docxParts(file).get('word/styles.xml')).toMatch(/<w:color w:val="005C2E"\/>/);
    expect(docxParts(file).get('word/document.xml')).toMatch(/<w:pgMar [^>]*w:left="1757"/);
    expect(docx.images).toBe(1);
  });

  it('leaves out of the note’s header block the fields the template prints itself', () => {
    // "Dossier : {{fileNumber}} — {{date}}" is on the template's page: not printed twice.
    const header = readDocx(file).tables[0]?.map(([label]) => label);
    expect(header).toEqual(['To', 'From', 'Tracking number', 'Security classification']);
  });

  it('lays out with the marking and page numbers on every page', () => {
    const { pages } = docxPages(file, join(ctx.dir, 'out'));
    pages.forEach((page, index) => {
      expect(page, `page ${index + 1}`).toContain('Ministère des Essais — UNCLASSIFIED / NON CLASSIFIÉ');
      expect(flat(page), `page ${index + 1}`).toContain(
        `UNCLASSIFIED / NON CLASSIFIÉ — Page ${index + 1} / ${pages.length}`,
      );
    });
  });
});

/** A zip whose one part inflates a thousand times: a zip bomb in miniature. */
function zipBomb(): Uint8Array {
  const good = unzipSync(readFileSync(departmentTemplate()));
  good['word/bomb.xml'] = new Uint8Array(8 * 1024 * 1024);
  return zipSync(good, { level: 9 });
}

/** A package whose content types say macro-enabled template (.dotm). */
function macroTemplate(): Uint8Array {
  const parts = unzipSync(readFileSync(departmentTemplate()));
  const types = new TextDecoder().decode(parts['[Content_Types].xml']);
  parts['[Content_Types].xml'] = strToU8(
    types.replace(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml',
      'application/vnd.ms-word.template.macroEnabledTemplate.main+xml',
    ),
  );
  return zipSync(parts);
}

/** An OLE container without encryption, as an old .doc is. */
function oldWordFile(): Uint8Array {
  const bytes = new Uint8Array(4096);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  return bytes;
}

describe('templates Précis refuses', () => {
  const cases: Array<{ name: string; bytes: () => Uint8Array; reason: string; says: RegExp }> = [
    {
      name: 'logo.png',
      bytes: () => readFileSync(LOGO),
      reason: 'not-word',
      says: /not a Word file/,
    },
    {
      name: 'locked.docx',
      bytes: () => officeCrypto.encrypt(readFileSync(departmentTemplate()), { password: 'secret' }),
      reason: 'password',
      says: /password-protected/,
    },
    { name: 'old.doc', bytes: oldWordFile, reason: 'old-format', says: /old Word file/ },
    { name: 'bomb.docx', bytes: zipBomb, reason: 'too-large', says: /expand to more than/ },
    { name: 'macros.dotm', bytes: macroTemplate, reason: 'macro', says: /contains macros/ },
    {
      name: 'plain.docx',
      bytes: () => readFileSync(departmentTemplate('no-placeholders')),
      reason: 'no-body',
      says: /has no “?\{\{body\}\}”? placeholder/,
    },
    {
      name: 'unmarked.docx',
      bytes: () => readFileSync(departmentTemplate('no-marking')),
      reason: 'no-marking',
      says: /\{\{classification\}\} is missing from header1\.xml/,
    },
    {
      name: 'inline.docx',
      bytes: () => readFileSync(departmentTemplate('body-not-alone')),
      reason: 'body-not-alone',
      says: /shares its line/,
    },
    {
      name: 'framed.docx',
      bytes: () => readFileSync(departmentTemplate('framed')),
      reason: 'body-not-alone',
      says: /inside a table or a text box/,
    },
    {
      name: 'signature.docx',
      bytes: () => readFileSync(departmentTemplate('unknown')),
      reason: 'unknown-placeholder',
      says: /does not fill: \{\{signature\}\}/,
    },
    {
      name: 'read-only.docx',
      bytes: () => readFileSync(departmentTemplate('restricted')),
      reason: 'restricted',
      says: /restricts editing with a password/,
    },
    {
      name: 'truncated.docx',
      bytes: () => readFileSync(departmentTemplate()).subarray(0, 3000),
      reason: 'not-word',
      says: /not a Word file/,
    },
  ];

  it.each(cases)('$name: a clear message', ({ name, bytes, reason, says }) => {
    let error: unknown;
    try {
      checkTemplate(bytes(), name);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(WordTemplateError);
    expect((error as WordTemplateError).reason).toBe(reason);
    expect((error as WordTemplateError).message).toMatch(says);
    expect((error as WordTemplateError).message).toContain(`“${name}”`);
  });

  it('takes a template whose editing restriction was stopped: the note stays editable', () => {
    const checked = checkTemplate(readFileSync(departmentTemplate('unenforced')), 'unenforced.docx');
    expect(checked.placeholders).toContain('body');
  });

  it('leaves the chosen template, its kept copy and the exports folder as they were', async () => {
    const chosen = await api('wordTemplate:set', {
      fileName: 'dept.docx',
      dataBase64: readFileSync(departmentTemplate()).toString('base64'),
      mapping: deptMapping,
    });
    const kept = join(ctx.dir, 'templates', 'word-template.bin');
    const before = readFileSync(kept);
    expect(statSync(kept).mode & 0o777).toBe(0o600);
    for (const { name, bytes } of cases) {
      const refused = await call('wordTemplate:set', {
        fileName: name,
        dataBase64: Buffer.from(bytes()).toString('base64'),
      });
      expect(refused.ok, name).toBe(false);
      if (!refused.ok) expect(refused.error.code, name).toBe('invalid-input');
    }
    expect(await api('wordTemplate:get', {})).toEqual(chosen);
    expect(readFileSync(kept).equals(before)).toBe(true);

    // A mapping naming a style the template lacks is refused too.
    const badMapping = await call('wordTemplate:set', {
      fileName: 'dept.docx',
      dataBase64: readFileSync(departmentTemplate()).toString('base64'),
      mapping: { fileName: 'm.json', text: '{"styles": {"quote": "Citation ministérielle"}}' },
    });
    expect(badMapping.ok).toBe(false);
    if (!badMapping.ok) expect(badMapping.error.message).toMatch(/gives quote the style “Citation ministérielle”/);

    // A kept copy changed behind Précis's back: the export says so and makes no file.
    writeFileSync(kept, bytesWithout(before));
    const exportsBefore = existsSync(join(ctx.dir, 'exports')) ? readdirSync(join(ctx.dir, 'exports')) : [];
    const failed = await call('export:docx', { target: { kind: 'note', id: noteId } });
    expect(failed.ok).toBe(false);
    if (!failed.ok) expect(failed.error.message).toMatch(/no longer in Précis’s data folder/);
    expect(existsSync(join(ctx.dir, 'exports')) ? readdirSync(join(ctx.dir, 'exports')) : []).toEqual(exportsBefore);
    // Without the template the export still works.
    expect((await api('export:docx', { target: { kind: 'note', id: noteId }, template: 'none' })).template).toBeNull();
    await api('wordTemplate:clear', {});
    expect(await api('wordTemplate:get', {})).toBeNull();
    expect(existsSync(kept)).toBe(false);
  });
});

function bytesWithout(bytes: Buffer): Buffer {
  return Buffer.concat([bytes.subarray(0, bytes.length - 10), deflateRawSync(Buffer.from('x'))]);
}
