/**
 * The site's own sentence that introduces the text — "The Minister today issued the following
 * statement:", "Below is the full text of the joint statement issued by …", « Voici le texte de la
 * déclaration … », "Issued by the Heads of State …" — is no paragraph of the document, but it
 * often says who issued the text, when and where.
 */
import { issuerFromSubject } from './issuer.ts';
import { wordCount } from './cruft.ts';
import { findDate, findYearlessDate } from './dates.ts';
import type { YearlessDate } from './dates.ts';

const TYPE =
  '(?:joint |final |common )?(?:statement|declaration|communiqu[ée]|text|remarks|readout|conclusions|resolution|address|message)';
const TYPE_FR =
  '(?:déclaration|communiqué|texte|allocution|discours|message|conclusions|résolution)(?: commune| conjointe| finale?)?';

const CUES: RegExp[] = [
  new RegExp(`\\bthe following ${TYPE}\\b`, 'i'),
  new RegExp(`\\b(?:full|complete) text of (?:the |a )?${TYPE}\\b`, 'i'),
  new RegExp(`^(?:below|here) (?:is|are)\\b.*\\b${TYPE}\\b`, 'i'),
  /^the following is\b/i,
  new RegExp(`\\b(?:issued|made|released|delivered|published|adopted)\\b[^.]{0,80}\\bthe following\\b`, 'i'),
  new RegExp(`^(?:issued|released|published|adopted) by\\b`, 'i'),
  // "The press release issued by the Foreign Office on 9 August 2025."
  new RegExp(
    `^(?:the\\s+)?(?:press release|news release|${TYPE})\\s+(?:was\\s+)?(?:issued|published|released|delivered|made)\\s+(?:by|on)\\b`,
    'i',
  ),
  new RegExp(
    `^(?:le|la|l['’])\\s*(?:communiqué de presse|${TYPE_FR})\\s+(?:a été\\s+)?(?:publiée?|diffusée?|rendue? publique)\\s+(?:par|le)\\b`,
    'i',
  ),
  new RegExp(`\\b${TYPE_FR} suivante?\\b`, 'i'),
  /\bvoici (?:le texte|la déclaration|le communiqué|l['’]allocution|le discours)\b/i,
  /\btexte intégral\b/i,
  /^ci-dessous\b/i,
  new RegExp(`^(?:publiée?|diffusée?|adoptée?|rendue? publique?) par\\b`, 'i'),
  /\b(?:a|ont) fait (?:aujourd['’]hui )?la déclaration suivante\b/i,
  // "The text of the conclusions follows.", "The statement reads as follows:", « Le texte est reproduit ci-après. »
  new RegExp(
    `\\b(?:the text|the ${TYPE})\\b[^.:]{0,80}\\b(?:follows|reads? as follows|(?:is|are) (?:reproduced|set out) below)\\s*[.:]?$`,
    'i',
  ),
  new RegExp(
    `\\b(?:le texte|l['’]${TYPE_FR}|les? ${TYPE_FR})\\b[^.:]{0,80}\\b(?:(?:est|sont) reprodui(?:t|te|ts|tes) ci-(?:après|dessous)|se lisen?t comme suit)\\s*[.:]?$`,
    'i',
  ),
];

export interface SiteIntro {
  issuer: string | null;
  date: string | null;
  yearless: Pick<YearlessDate, 'month' | 'day'> | null;
  place: string | null;
}

/** Words that end the issuer's name inside the sentence. */
const ISSUER_END =
  /\s+(?:on|at|in|following|after|during|meeting|participating|today|to|for|who|which|le|lors|à|au|aux|en|à l['’]issue|réunis?|,)\b|,/i;

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The issuer an intro names: "issued by the X", "The Honourable N, Minister of Y, today issued". */
function introIssuer(text: string): string | null {
  const by =
    /\b(?:issued|released|published|adopted|made|publiée?|diffusée?|adoptée?|rendue? publique)\s+(?:by|par)\s+(?:the\s+|les\s+|le\s+|la\s+|l['’])?(.+)$/i.exec(
      text,
    );
  if (by) {
    const name = (by[1] as string).split(ISSUER_END)[0]?.trim() ?? '';
    if (name && wordCount(name) <= 12 && /^\p{L}/u.test(name)) return capitalize(name);
  }
  // "The Honourable N, Minister of Y, today issued …": one person, named with their office.
  const person =
    /^(?:the (?:right )?honourable|l['’]honorable|le très honorable|h\.e\.|son excellence)\s+[^,]+,\s+([^,]+),\s+(?:today |aujourd['’]hui )?(?:issued|made|released|delivered|a fait|a publié|a diffusé)\b/i.exec(
      text,
    );
  if (person) return capitalize((person[1] as string).trim());
  // "The Prime Minister, N, today issued …": the office is the subject.
  const office =
    /^(?:the|le|la|l['’])\s*([^,]{3,60}),\s+[^,]{3,60},\s+(?:today |aujourd['’]hui )?(?:issued|made|released|a fait)\b/i.exec(
      text,
    );
  if (office)
    return `${/^l['’]/i.test(text) ? '' : 'The '}${(office[1] as string).trim()}`.replace(/^The (\p{Ll})/u, 'The $1');
  return null;
}

/** "in Tromsø", "à Berlin", "in The Hague": the last capitalized place after in/at/à. */
function introPlace(text: string): string | null {
  let place: string | null = null;
  for (const m of text.matchAll(
    /(?<![\p{L}])(?:in|at|à|au)\s+((?:The |La |Le |Les )?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})/gu,
  )) {
    const candidate = (m[1] as string).trim();
    if (!/^(?:The|La|Le|Les)$/.test(candidate)) place = candidate;
  }
  return place;
}

/** A name that says who: it has a proper noun or an office in capitals ("Deux ministres" does not). */
function isNamed(name: string): boolean {
  return (
    name
      .split(/\s+/)
      .slice(1)
      .some((w) => /^\p{Lu}/u.test(w)) || /^(?:The )?\p{Lu}\p{Ll}+ \p{Lu}/u.test(name)
  );
}

/**
 * A site's summary line under a title that describes the document ("Joint statement from the
 * foreign ministers of X and Y on Z.", « Déclaration du ministre … à l’occasion de … »): a sentence
 * that starts with the document's type and who made it. Only meaningful after the title.
 */
export function isDocumentSummary(text: string): boolean {
  return (
    /[.:]$/.test(text.trim()) &&
    wordCount(text) >= 6 &&
    wordCount(text) <= 60 &&
    (new RegExp(
      `^(?:(?:a|an|the)\\s+)?(?:${TYPE}|press release|news release)\\s+(?:from|by|of|on behalf of|for)\\s`,
      'i',
    ).test(text) ||
      new RegExp(`^(?:(?:une?|la|le)\\s+)?(?:${TYPE_FR}|communiqué de presse)\\s+(?:de|du|des|d['’]|au nom)`, 'i').test(
        text,
      ))
  );
}

/** The intro's facts, or null when `text` is no site intro. */
export function siteIntro(text: string): SiteIntro | null {
  if (wordCount(text) > 70 || !CUES.some((re) => re.test(text))) return null;
  const date = findDate(text);
  const yearless = date ? null : findYearlessDate(text);
  const named = introIssuer(text);
  // "The Ministers of X met in Y … and adopted the following Declaration:": who met issued it.
  const issuer = named && isNamed(named) ? named : issuerFromSubject(text);
  return {
    issuer,
    date: date?.iso ?? null,
    yearless: yearless ? { month: yearless.month, day: yearless.day } : null,
    place: introPlace(text),
  };
}
