/**
 * Builds the import evaluation corpus from the authored sources in build/docs/<split>/<id>.doc:
 * for each document, its input file (page text, saved HTML, paste, Markdown, PDF printed by
 * Chromium, PDF or DOCX from LibreOffice) and its truth.json. The suffix of the id names the
 * format. Needs Chromium (CHROME_PATH or /usr/bin/chromium) and `soffice`; the evaluation itself
 * needs neither, since the generated files are committed.
 *
 *   node test/eval/import/build/generate.ts [ID…]
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import { FORMATS, formatOf } from '../formats.ts';
import type { Format } from '../formats.ts';
import { wordDocument } from './fodt.ts';
import { markdown } from './markdown.ts';
import type { Doc } from './model.ts';
import { parseDoc, plain, truthOf } from './model.ts';
import { webPage } from './page.ts';
import { printJob } from './print.ts';
import { site } from './sites.ts';

const here = fileURLToPath(new URL('.', import.meta.url));
const corpus = join(here, '..', 'corpus');

function loadDocs(only: string[]): Doc[] {
  const docs: Doc[] = [];
  for (const split of ['train', 'validation'] as const) {
    const dir = join(here, 'docs', split);
    for (const file of readdirSync(dir).sort()) {
      if (!file.endsWith('.doc')) continue;
      const id = file.replace(/\.doc$/, '');
      if (only.length > 0 && !only.includes(id)) continue;
      docs.push(parseDoc(join(dir, file), split));
    }
  }
  return docs;
}

/** Whitespace collapsed, no-break spaces and soft hyphens gone: how cruft presence is checked. */
function flat(text: string): string {
  return text.replace(/\u00ad/g, '').replace(/[\s\u00a0\u202f]+/g, ' ');
}

async function withPage<T>(browser: Browser, html: string, run: (page: Page) => Promise<T>): Promise<T> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  // The page is served from a made-up https origin (a secure context, so the clipboard API
  // works); its scripts, styles and images point at the site and are never fetched.
  const address = 'https://corpus.invalid/page.html';
  await page.route('**/*', (route) =>
    route.request().url() === address
      ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html })
      : route.abort(),
  );
  await page.goto(address, { waitUntil: 'domcontentloaded' });
  try {
    return await run(page);
  } finally {
    await context.close();
  }
}

/** Selects from one element to the end of another, as a reader dragging over the page does. */
async function select(page: Page, from: string, to: string): Promise<string> {
  return page.evaluate(
    ({ from, to }) => {
      const start = document.querySelector(from);
      const end = document.querySelector(to);
      if (!start || !end) throw new Error(`selection anchors not found: ${from} ${to}`);
      const range = document.createRange();
      range.setStartBefore(start);
      range.setEndAfter(end);
      const sel = window.getSelection();
      if (!sel) throw new Error('no selection');
      sel.removeAllRanges();
      sel.addRange(range);
      return sel.toString();
    },
    { from, to },
  );
}

/** What the clipboard holds after Ctrl+C on that selection: Chromium's own text and HTML. */
async function clipboardHtml(page: Page, from: string, to: string): Promise<{ text: string; html: string }> {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  const text = await select(page, from, to);
  await page.evaluate(() => document.execCommand('copy'));
  const html = await page.evaluate(async () => {
    const items = await navigator.clipboard.read();
    for (const item of items) {
      if (item.types.includes('text/html')) return (await item.getType('text/html')).text();
    }
    return '';
  });
  return { text, html };
}

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  const docs = loadDocs(only);
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const work = mkdtempSync(join(tmpdir(), 'precis-corpus-'));
  const office: Array<{ doc: Doc; format: Format; fodt: string; cruft: string[] }> = [];
  const done: Array<{ doc: Doc; format: Format; file: string; cruft: string[] }> = [];
  try {
    for (const doc of docs) {
      const format = formatOf(doc.id);
      const dir = join(corpus, doc.split, doc.id);
      rmSync(dir, { recursive: true, force: true });
      mkdirSync(dir, { recursive: true });
      const file = join(dir, `source.${FORMATS[format].extension}`);
      if (format === 'html') {
        const page = webPage(doc, site(doc.layout));
        writeFileSync(file, page.html);
        done.push({ doc, format, file, cruft: page.cruft });
      } else if (format === 'txt') {
        const page = webPage(doc, site(doc.layout));
        const text = await withPage(browser, page.html, (p) => p.evaluate(() => document.body.innerText));
        writeFileSync(file, `${text.trim()}\n`);
        done.push({ doc, format, file, cruft: page.cruft });
      } else if (format === 'paste-txt' || format === 'paste-html') {
        const page = webPage(doc, site(doc.layout));
        const copied = await withPage(browser, page.html, (p) => clipboardHtml(p, page.selectFrom, page.selectTo));
        if (format === 'paste-html' && copied.html === '') throw new Error(`${doc.id}: the clipboard held no HTML`);
        writeFileSync(file, format === 'paste-txt' ? copied.text : copied.html);
        done.push({ doc, format, file, cruft: page.cruft });
      } else if (format === 'md') {
        const md = markdown(doc);
        writeFileSync(file, md.text);
        done.push({ doc, format, file, cruft: md.cruft });
      } else if (format === 'pdf-html') {
        const job = printJob(doc);
        const pdf = await withPage(browser, job.html, (p) =>
          p.pdf({
            format: job.format,
            margin: job.margin,
            printBackground: true,
            displayHeaderFooter: job.header !== undefined || job.footer !== undefined,
            headerTemplate: job.header ?? '<span></span>',
            footerTemplate: job.footer ?? '<span></span>',
            tagged: doc.opts.tagged !== 'no',
          }),
        );
        writeFileSync(file, pdf);
        done.push({ doc, format, file, cruft: job.cruft });
      } else {
        const word = wordDocument(doc);
        const fodt = join(work, `${doc.id}.fodt`);
        writeFileSync(fodt, word.xml);
        office.push({ doc, format, fodt, cruft: word.cruft });
      }
    }
  } finally {
    await browser.close();
  }

  // LibreOffice converts in batches, with a profile of its own (others may run soffice too).
  const profile = `file://${join(work, 'profile')}`;
  for (const target of ['pdf', 'docx'] as const) {
    const jobs = office.filter((j) => FORMATS[j.format].extension === target);
    if (jobs.length === 0) continue;
    const out = join(work, target);
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=${profile}`,
        '--headless',
        '--convert-to',
        target,
        '--outdir',
        out,
        ...jobs.map((j) => j.fodt),
      ],
      {
        stdio: 'pipe',
        timeout: 300_000,
      },
    );
    for (const job of jobs) {
      const file = join(corpus, job.doc.split, job.doc.id, `source.${target}`);
      writeFileSync(file, readFileSync(join(out, `${job.doc.id}.${target}`)));
      done.push({ doc: job.doc, format: job.format, file, cruft: job.cruft });
    }
  }

  for (const { doc, format, file, cruft } of done) {
    const text = flat(await sourceText(file, format));
    const truthText = doc.blocks.map((b) => (b.type === 'heading' ? b.text : plain(b.text))).join('\n');
    // Cruft is matched case-insensitively, so a site string the text itself contains cannot be one.
    const lowerTruth = flat(truthText).toLowerCase();
    const kept = cruft.filter((c) => text.includes(flat(c)) && !lowerTruth.includes(flat(c).toLowerCase()));
    if (kept.length < 3)
      throw new Error(`${doc.id}: only ${kept.length} cruft strings in the source (${cruft.join(' | ')})`);
    const truth = truthOf(doc, kept.slice(0, 8));
    writeFileSync(join(corpus, doc.split, doc.id, 'truth.json'), `${JSON.stringify(truth, null, 2)}\n`);
    const size = readFileSync(file).length;
    if (size > 200_000) throw new Error(`${doc.id}: ${size} bytes, over the 200 KB limit`);
    console.log(
      `${doc.split}/${doc.id}: ${size} bytes, ${truth.paragraphs.length} ¶, ${truth.headings.length} headings`,
    );
  }
  rmSync(work, { recursive: true, force: true });
}

async function sourceText(file: string, format: Format): Promise<string> {
  const ext = FORMATS[format].extension;
  if (ext === 'pdf') return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  if (ext === 'docx') {
    const mammoth = await import('mammoth');
    return (await mammoth.extractRawText({ path: file })).value;
  }
  const raw = readFileSync(file, 'utf8');
  if (ext.endsWith('html')) {
    return raw
      .replace(/<[^>]+>/g, ' ')
      .replace(/&nbsp;/g, ' ')
      .replace(/&quot;/g, '"')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&');
  }
  return raw;
}

await main();
