/**
 * Who issued the text, chosen among what the page and the text say (issuer.ts reads each
 * source). The order is the strength of the evidence:
 *
 *   1. what the page labels as the issuer: "From:"/« Source : », a dateline's last part
 *      ("DATE – Place – Department") — the office answerable for the text;
 *   2. the title naming its authors ("Joint statement by the Foreign Ministers of A, B and C",
 *      « Déclaration du porte-parole du ministère … », "Home Secretary statement on …"), and the
 *      parties of a signature block ("For the Government of A" / "For the Government of B");
 *   3. the site's intro ("issued by X"), the page's author field, the opening ("We, X,"), the
 *      enacting formula, a letterhead or cover page, the subject of the first sentence ("The
 *      Ministers of X met in …", « Le Conseil de sécurité a décidé … »);
 *   4. a contacts block, the site's institution-like name, the copyright holder.
 *
 * News is issued by its wire agency, else its publisher: the government a story quotes is not
 * the story's issuer. Finally a fuller form of the chosen name found on the page ("Prime
 * Minister" -> "Prime Minister of Canada") replaces it.
 */
import type { StructuredDocument } from '../../../shared/model/index.ts';
import type { Dateline } from './dateline.ts';
import type { SiteIntro } from './intro.ts';
import {
  institutionInName,
  isInstitution,
  isIssuerLike,
  issuerFromEnacting,
  issuerFromJointSubject,
  issuerFromOpening,
  issuerFromSignatures,
  issuerFromSubject,
  issuerFromTitle,
  issuerOfSpeaker,
  issuerOfTypeLabel,
  issuerOnBehalf,
} from './issuer.ts';
import type { Labels } from './labels.ts';

export interface IssuerInput {
  kind: StructuredDocument['kind'];
  title: string;
  place: string | null;
  agency: string | null;
  hintsAuthor: string | null;
  dateline: Dateline | null;
  labels: Labels;
  intro: SiteIntro | null;
  enacting: string | null;
  firstText: string;
  /** A news page names its publisher on a short line right after the article. */
  publisher: string | null;
  cover: string | null;
  contacts: string | null;
  site: string | null;
  siteLines: readonly string[];
  copyright: string | null;
  /** The text's language, for the "and"/« et » of a list of parties. */
  language?: string;
  /** Short lines of the page (masthead, type labels, footer), where a fuller name may stand. */
  pageLines?: readonly string[];
}

export interface ChosenIssuer {
  value: string | null;
  confidence: number;
}

/** Release services, not news agencies: "/CNW/" carries the issuer's own release. */
const RELEASE_SERVICE = /^(?:CNW|PRNewswire|Newswire|Business Wire|GlobeNewswire)$/i;

/** Who issued the text (see the module comment). */
export function chooseIssuer(input: IssuerInput): ChosenIssuer {
  if (input.kind === 'news') {
    const agency = input.agency && !RELEASE_SERVICE.test(input.agency) ? input.agency : null;
    const author =
      input.hintsAuthor && !isInstitution(input.hintsAuthor) && /wire|press|agence|agency|news/i.test(input.hintsAuthor)
        ? input.hintsAuthor
        : null;
    const publisher =
      input.site ??
      input.publisher ??
      input.siteLines[0] ??
      mastheadBrand(input.pageLines ?? [], input.copyright) ??
      input.copyright;
    const value = agency ?? author ?? publisher ?? null;
    return { value, confidence: agency ? 0.85 : value ? 0.7 : 0.3 };
  }
  const ordered: Array<[string | null | undefined, number]> = [
    [input.labels.issuer, 0.85],
    [input.dateline?.issuer, 0.85],
    [issuerFromTitle(input.title, input.place) ?? issuerOnBehalf(input.title), 0.85],
    // A type label above the title that names its office (« Communiqué du Bureau du … »).
    [(input.pageLines ?? []).slice(0, 40).map(issuerOfTypeLabel).find(Boolean), 0.85],
    // The parties that sign at the end ("For the Government of A", "For the Government of B").
    [issuerFromSignatures(input.pageLines ?? []), 0.85],
    [input.intro?.issuer, 0.85],
    // The page's own author field (`dcterms.creator`, JSON-LD, a clipper's `author:`) when it names an office.
    [input.hintsAuthor && isInstitution(input.hintsAuthor) ? input.hintsAuthor : null, 0.75],
    [issuerFromOpening(input.firstText), 0.8],
    [input.enacting ? issuerFromEnacting(input.enacting) : null, 0.8],
    // A speech's speaker line: "The Honourable N, Minister of Y".
    [input.kind === 'other' ? (input.pageLines ?? []).slice(0, 40).map(issuerOfSpeaker).find(Boolean) : null, 0.75],
    // A letterhead or cover page names the office that issued it; the minister who "announced"
    // in the first sentence acts for that office.
    [input.cover, 0.7],
    // "Canada and Chile reaffirm …": the parties a joint text opens with (a letterhead's office
    // announcing an agreement between them comes first).
    [issuerFromJointSubject(input.firstText, input.language ?? 'en'), 0.7],
    [issuerFromSubject(input.firstText), 0.7],
    [input.contacts, 0.6],
    [input.site ? institutionInName(input.site) : null, 0.6],
    [input.copyright && isInstitution(input.copyright) ? input.copyright : null, 0.55],
    [input.siteLines.map((s) => institutionInName(s)).find(Boolean), 0.5],
    [input.agency && !RELEASE_SERVICE.test(input.agency) ? input.agency : null, 0.5],
    [input.site, 0.4],
    [input.copyright, 0.35],
  ];
  const usable = ordered.filter((c): c is [string, number] => typeof c[0] === 'string' && isIssuerLike(c[0]));
  const chosen = usable[0];
  if (!chosen) return { value: null, confidence: 0.3 };
  // "Heads of State and Government" and, later, "Heads of State and Government of the Alliance":
  // the fuller name of the same issuer wins.
  const key = chosen[0].toLowerCase();
  const fuller =
    usable.find(([v]) => v.length > chosen[0].length && v.toLowerCase().startsWith(key))?.[0] ??
    fullerOnPage(chosen[0], input.pageLines ?? []);
  return { value: fuller ?? chosen[0], confidence: chosen[1] };
}

/**
 * "Prime Minister" and a masthead reading "Prime Minister of Canada": the page's line that is the
 * same name with its complement ("of X", « du X ») and nothing else.
 */
export function fullerOnPage(name: string, lines: readonly string[]): string | null {
  const key = name.toLowerCase();
  for (const line of lines) {
    const text = line.trim();
    if (text.length <= name.length || !text.toLowerCase().startsWith(key)) continue;
    const complement = text.slice(name.length);
    if (
      !/^\s+(?:(?:of|for|du|de la|des|de)\s+|de l['’]\s*)(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3}(?:\s+(?!(?:and|et|of|de|du|the|le|la|les)(?!\p{L}))\p{Ll}+){0,2}$/u.test(
        complement,
      )
    )
      continue;
    if (isIssuerLike(text)) return text;
  }
  return null;
}

/**
 * A page's text copied whole glues the masthead's name to its tagline ("The Harbour
 * TimesIndependent journalism…"). The name before the glue is the publisher's when the copyright
 * line names the same company ("© Harbour Times Media Ltd.").
 */
export function mastheadBrand(lines: readonly string[], copyright: string | null): string | null {
  if (!copyright) return null;
  const owner = new Set(copyright.toLowerCase().match(/\p{L}{3,}/gu) ?? []);
  for (const line of lines.slice(0, 12)) {
    const m =
      /^((?:\p{Lu}[\p{L}'’-]*\s+(?:(?:du|de|des|de la|of|the|la|le)\s+)?){0,4}\p{Lu}[\p{L}-]*\p{Ll})(\p{Lu}(?:\p{Ll}|['’]).*)$/u.exec(
        line,
      );
    if (!m) continue;
    const brand = m[1] as string;
    const words = (brand.toLowerCase().match(/\p{L}{3,}/gu) ?? []).filter((w) => w !== 'the');
    if (words.length > 0 && words.every((w) => owner.has(w))) return brand;
  }
  return null;
}
