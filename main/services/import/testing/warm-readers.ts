/** Test support only: loads the readers' parsers (jsdom, pdf.js, mammoth, marked) ahead of the imports. */
export async function warmReaders(): Promise<void> {
  await import('../readers/html.ts');
  await import('../readers/pdf.ts');
  await import('../readers/docx.ts');
  await import('../readers/markdown.ts');
}
