/**
 * Briefing packs end to end: the real `precis` command builds and prints the sample pack with
 * a real Chromium, and the PDF is read back with poppler and qpdf as a reviewer would.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { getDocumentProxy } from 'unpdf';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { flattenOutline, pdfCatalog, pdfFonts, pdfInfo, pdfOutline, pdfPageTexts } from '../support/pdf.ts';
import { makeTempDir } from '../support/temp.ts';

const bin = join(import.meta.dirname, '..', '..', 'bin', 'precis.js');

function precis(...args: string[]) {
  const result = spawnSync(process.execPath, [bin, ...args], {
    encoding: 'utf8',
    env: { ...process.env, PRECIS_STORE: '', LC_ALL: 'en_CA.UTF-8' },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

let temp: ReturnType<typeof makeTempDir>;
let store: string;
let pdf: string;
let pages: string[];

beforeAll(() => {
  temp = makeTempDir('precis-packs-');
  store = join(temp.dir, 'store');
  pdf = join(temp.dir, 'sample.pdf');
  const run = precis('export', '--sample', '-o', pdf, '--store', store);
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  expect(run.stdout).toMatch(/Wrote .*sample\.pdf \(\d+ pages/);
  pages = pdfPageTexts(pdf);
}, 60_000);
afterAll(() => temp.cleanup());

describe('precis export --sample', () => {
  it('writes a tagged PDF with title, author, subject and language', () => {
    const info = pdfInfo(pdf);
    expect(info.Tagged).toBe('yes');
    expect(info.Title).toMatch(/^Briefing pack: Canada–France Declaration/);
    expect(info.Author).toBeTruthy();
    expect(info.Subject).toContain('UNCLASSIFIED');
    expect(info.Creator).toBe('Précis');
    expect(pdfCatalog(pdf)).toEqual({ lang: 'en', displayDocTitle: true });
    // No leftover temp file beside the PDF.
    expect(readdirSync(temp.dir).filter((f) => f.endsWith('.partial'))).toEqual([]);
  });

  it('marks every page with the classification at top and bottom (the cover once), and "Page N of M"', () => {
    expect(pages.length).toBeGreaterThanOrEqual(4);
    pages.forEach((text, index) => {
      const lines = text.split('\n').filter((l) => l.trim());
      expect(lines.slice(0, 3).join(' '), `top of page ${index + 1}`).toContain('UNCLASSIFIED');
      expect(lines.at(-1)).toContain(`Page ${index + 1} of ${pages.length}`);
      if (index === 0) {
        expect(text.split('UNCLASSIFIED'), 'the cover states the marking once').toHaveLength(2);
        return;
      }
      expect(lines.at(-1), `bottom of page ${index + 1}`).toContain('UNCLASSIFIED');
      expect(squash(text), `running title on page ${index + 1}`).toContain('Briefing pack: Canada–France Declaration');
    });
  });

  it('has a cover with the audience, title, date, marking and preparer', () => {
    const cover = squash(pages[0] as string);
    expect(cover).toContain('For the Minister');
    expect(cover).toContain('Briefing pack: Canada–France Declaration');
    expect(cover).toMatch(/Date .*\d{4}/);
    expect(cover).toContain('UNCLASSIFIED');
    expect(cover).toContain('Prepared by');
  });

  it('has a table of contents whose page numbers are the pages the headings are on', () => {
    const toc = pages[1] as string;
    expect(toc).toContain('Contents');
    const entries = [...toc.matchAll(/^\s*(\S.*?\S)\s{2,}(\d+)\s*$/gm)].map((m) => ({
      text: m[1] as string,
      page: Number(m[2]),
    }));
    // The briefing note and its sections, then the declaration as Annex A and its sections.
    expect(entries[0]?.text).toMatch(/^Briefing note: Canada–France Declaration/);
    expect(entries.slice(1, 8).map((e) => e.text)).toEqual([
      'Purpose',
      'Summary (key messages)',
      'Background',
      'Current status',
      'Considerations',
      'Next steps',
      'Recommendation',
    ]);
    expect(entries[8]?.text).toMatch(/^Annex A — Canada–France Declaration/);
    expect(entries.length).toBeGreaterThanOrEqual(13);
    for (const entry of entries) {
      const page = pages[entry.page - 1];
      expect(page, `${entry.text} → page ${entry.page}`).toBeDefined();
      // A heading that wraps in the TOC is matched on its first line.
      expect(squash(page as string), `${entry.text} is on page ${entry.page}`).toContain(squash(entry.text));
      // …and not on a page before the one the TOC gives (excerpt headings repeat annex section titles).
      const earlier = pages.slice(2, entry.page - 1).findIndex((p) => squash(p).includes(`${squash(entry.text)}`));
      if (entry.text.startsWith('Excerpt') || entry.text.startsWith('Annex')) expect(earlier).toBe(-1);
    }
  });

  it('embeds every font it uses, all of them the bundled ones', () => {
    const fonts = pdfFonts(pdf);
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) {
      expect(font.embedded, font.name).toBe(true);
      expect(font.name).toMatch(/SourceSerif4|SourceSans3/);
    }
  });

  it('has bookmarks mirroring the headings, with the pages they are on', () => {
    const outline = pdfOutline(pdf);
    expect(outline).toHaveLength(1);
    expect(outline[0]?.title).toBe(pdfInfo(pdf).Title);
    const titles = flattenOutline(outline).map((b) => b.title);
    expect(titles).toContain('Contents');
    expect(titles.find((t) => t.startsWith('Briefing note:'))).toBeDefined();
    expect(titles).toContain('Summary (key messages)');
    expect(titles).toContain('Recommendation');
    expect(titles).toContain('Annex A — Canada–France Declaration on a Stronger Defence and Security Partnership');
    expect(titles).toContain('Fight against foreign interference and information manipulation');
    for (const bookmark of flattenOutline(outline)) {
      expect(squash(pages[bookmark.page - 1] as string)).toContain(squash(bookmark.title).slice(0, 40));
    }
  });

  it('prints the briefing note with its header fields, excerpts and their citations', () => {
    const note = squash(pages.slice(2, 4).join('\n'));
    expect(note).toMatch(/^.*Briefing note: Canada–France Declaration/);
    for (const field of ['To Minister', 'From Deputy Minister', 'File number SAMPLE-', 'Prepared by', 'Approved by'])
      expect(note).toContain(field);
    expect(note).toContain('Security classification UNCLASSIFIED');
    // Three excerpts of the declaration, each followed by its citation.
    const cited = [...note.matchAll(/Partnership \(September 26, 2024\), ¶ (\d+)/g)].map((m) => Number(m[1]));
    expect(cited).toHaveLength(3);
    expect(new Set(cited).size).toBe(3);
  });

  it('prints the annex with the paragraph numbers of the app; the note’s citations link to them', async () => {
    const annexStart = pages.findIndex((p) => /Annex A —/.test(p.split('\n').slice(0, 6).join(' ')));
    expect(annexStart).toBeGreaterThan(2);
    const annex = pages.slice(annexStart).join('\n');
    const numbers = [...annex.matchAll(/^\s{0,12}(\d{1,3})\s{2,}\S/gm)].map((m) => Number(m[1]));
    expect(numbers.slice(0, 5)).toEqual([1, 2, 3, 4, 5]);
    // Each citation in the note is a link to the annex page that holds its paragraph.
    const document = await getDocumentProxy(new Uint8Array(readFileSync(pdf)));
    const targets: Array<{ from: number; to: number }> = [];
    for (let page = 3; page < annexStart + 1; page++) {
      const links = (
        (await (await document.getPage(page)).getAnnotations()) as Array<{ subtype: string; dest?: unknown }>
      ).filter((a) => a.subtype === 'Link' && a.dest);
      for (const link of links) {
        const dest =
          typeof link.dest === 'string' ? await document.getDestination(link.dest) : (link.dest as unknown[]);
        const to = await document.getPageIndex(
          (dest as Array<{ num: number; gen: number }>)[0] as { num: number; gen: number },
        );
        targets.push({ from: page, to });
      }
    }
    const cited = [...squash(pages.slice(2, annexStart).join('\n')).matchAll(/\(September 26, 2024\), ¶ (\d+)/g)].map(
      (m) => Number(m[1]),
    );
    expect(cited).toHaveLength(3);
    expect(targets).toHaveLength(cited.length);
    targets.forEach((target, i) => {
      expect(target.to).toBeGreaterThanOrEqual(annexStart);
      expect(pages[target.to], `¶ ${cited[i]} on page ${target.to + 1}`).toMatch(
        new RegExp(`^\\s{0,12}${cited[i]}\\s{2,}\\S`, 'm'),
      );
    });
    await document.destroy();
  });

  it('lists the pack with `precis packs --json`', () => {
    const run = precis('packs', '--json', '--store', store);
    expect(run.status).toBe(0);
    const packs = JSON.parse(run.stdout) as Array<{
      id: string;
      title: string;
      classification: string;
      itemCount: number;
    }>;
    expect(packs).toHaveLength(1);
    expect(packs[0]).toMatchObject({ classification: 'unclassified', itemCount: 2 });
    // The same pack prints again by id, on A4 this time.
    const a4 = join(temp.dir, 'again.pdf');
    const again = precis('export', packs[0]?.id ?? '', '-o', a4, '--page-size', 'a4', '--store', store);
    expect(again.stderr).toBe('');
    expect(pdfInfo(a4)['Page size']).toContain('(A4)');
    expect(pdfInfo(pdf)['Page size']).toContain('(letter)');
  }, 60_000);

  it('fails with one clear line and leaves no file when the folder cannot be written', () => {
    const blocker = join(temp.dir, 'not-a-folder');
    writeFileSync(blocker, 'x');
    const target = join(blocker, 'pack.pdf');
    const run = precis('export', '--sample', '-o', target, '--store', store);
    expect(run.status).toBe(1);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/^precis: The folder .*not-a-folder does not exist/);
    expect(existsSync(target)).toBe(false);
    const missing = join(temp.dir, 'no', 'such', 'folder', 'pack.pdf');
    expect(precis('export', '--sample', '-o', missing, '--store', store).stderr).toMatch(/does not exist/);
    mkdirSync(join(temp.dir, 'folder.pdf'));
    expect(precis('export', '--sample', '-o', join(temp.dir, 'folder.pdf'), '--store', store).stderr).toMatch(
      /is a folder/,
    );
  }, 60_000);

  it('prints the French sample pack with `--lang fr`: French template, labels and markings', () => {
    const fr = join(temp.dir, 'echantillon.pdf');
    const run = precis('export', '--sample', '--lang', 'fr', '-o', fr, '--store', store);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const frPages = pdfPageTexts(fr);
    frPages.forEach((text, index) => {
      const lines = text.split('\n').filter((l) => l.trim());
      expect(lines.slice(0, 3).join(' '), `top of page ${index + 1}`).toContain('NON CLASSIFIÉ');
      // The cover states the marking once, at its top.
      if (index > 0) expect(lines.at(-1), `bottom of page ${index + 1}`).toContain('NON CLASSIFIÉ');
      expect(lines.at(-1)).toContain(`Page ${index + 1} de ${frPages.length}`);
    });
    expect(pdfCatalog(fr).lang).toBe('fr');
    expect(squash(frPages[0] as string)).toContain('Pour la ministre');
    const toc = squash(frPages[1] as string);
    expect(toc).toContain('Table des matières');
    for (const heading of ['Note de breffage :', 'Objet', 'Résumé (messages clés)', 'Recommandation', 'Annexe A —'])
      expect(toc).toContain(heading);
    const note = squash(frPages.slice(2, 4).join(' '));
    for (const label of [
      'Destinataire Ministre',
      'Expéditeur Sous-ministre',
      'Numéro de dossier EXEMPLE-',
      'Numéro de suivi NB-',
    ])
      expect(note).toContain(label);
    expect(note).toContain('Classification de sécurité NON CLASSIFIÉ');
  }, 60_000);

  it('names the missing pack', () => {
    const run = precis('export', 'nosuchpack', '-o', join(temp.dir, 'x.pdf'), '--store', store);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/no pack with id “nosuchpack”/);
  });
});
