/**
 * The fonts a pack is printed in, bundled in resources/fonts and embedded in the print HTML
 * as data URLs: the page loads nothing, and Chromium embeds (subsets of) them in the PDF.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { appRoot } from '../app-root.ts';

export const SERIF_FAMILY = 'Precis Serif';
export const SANS_FAMILY = 'Precis Sans';

/** The fontsource subsets' unicode ranges: `latin` covers English and French; `latin-ext` the rest of Latin. */
const LATIN_RANGE =
  'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD';
const LATIN_EXT_RANGE =
  'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C4,U+2113,U+2C60-2C7F,U+A720-A7FF';

const FACES: Array<{ family: string; file: string; weight: number; style: 'normal' | 'italic' }> = [
  { family: SERIF_FAMILY, file: 'source-serif-4-{subset}-400-normal.woff2', weight: 400, style: 'normal' },
  { family: SERIF_FAMILY, file: 'source-serif-4-{subset}-400-italic.woff2', weight: 400, style: 'italic' },
  { family: SERIF_FAMILY, file: 'source-serif-4-{subset}-700-normal.woff2', weight: 700, style: 'normal' },
  { family: SANS_FAMILY, file: 'source-sans-3-{subset}-400-normal.woff2', weight: 400, style: 'normal' },
  { family: SANS_FAMILY, file: 'source-sans-3-{subset}-600-normal.woff2', weight: 600, style: 'normal' },
  { family: SANS_FAMILY, file: 'source-sans-3-{subset}-700-normal.woff2', weight: 700, style: 'normal' },
];

/** resources/fonts of a source checkout; the packaged app ships the same folder (electron-builder `files`). */
export function defaultFontsDir(): string {
  return join(appRoot(), 'resources', 'fonts');
}

const cache = new Map<string, string>();

/** `@font-face` rules with every bundled face as a data URL; read once per folder. */
export function fontFaceCss(fontsDir: string = defaultFontsDir()): string {
  const cached = cache.get(fontsDir);
  if (cached) return cached;
  const rules: string[] = [];
  for (const face of FACES) {
    for (const [subset, range] of [
      ['latin-ext', LATIN_EXT_RANGE],
      ['latin', LATIN_RANGE],
    ] as const) {
      const path = join(fontsDir, face.file.replace('{subset}', subset));
      let data: string;
      try {
        data = readFileSync(path).toString('base64');
      } catch {
        throw new Error(`The font file ${path} is missing: reinstall Précis.`);
      }
      rules.push(
        `@font-face{font-family:'${face.family}';font-style:${face.style};font-weight:${face.weight};` +
          `font-display:block;src:url(data:font/woff2;base64,${data}) format('woff2');unicode-range:${range}}`,
      );
    }
  }
  const css = rules.join('\n');
  cache.set(fontsDir, css);
  return css;
}
