/**
 * Who issued a text, from the places official texts say it: the title ("Statement by the
 * Prime Minister on …", "G7 Leaders' Communiqué", « Déclaration des ministres du G7 sur … »),
 * the opening of the text ("We, the Heads of State …,", « Nous, ministres …, »), a resolution's
 * enacting formula ("The General Assembly,"), the subject of the first sentence ("The Council
 * today approved …"), and names on the page that look like an institution. The site that
 * publishes the text is only a fallback: its name is not the issuer's unless it is an
 * institution itself.
 */
import { wordCount } from './cruft.ts';

/** Words that name an issuing body or office, in English and French. */
const INSTITUTION =
  /(?<![\p{L}])(?:governments?|gouvernements?|ministry|ministère|ministries|ministers?|ministres?|minister|ministre|office|bureau|cabinet|council|conseil|leaders|dirigeants|heads of state|chefs d['’]état|president|présidente?|presidency|présidence|prime minister|premier ministre|première ministre|secretary|secrétaire|secretariat|secrétariat|assembly|assemblée|commission|commissioner|parliament|parlement|senate|sénat|embassy|ambassade|department|département|agency|agence|committee|comité|governors|gouverneurs|alliance|union|nations|organi[sz]ation|court|cour|delegation|délégation|high representative|haut représentant|haute représentante|spokesperson|porte-parole|g\d{1,2}|foreign affairs|affaires étrangères|republic|république|kingdom|royaume|state department)(?![\p{L}])/iu;

/** Document-type words a title starts with or ends with. */
const TYPE_WORDS =
  'joint declaration of intent|declaration of intent|memorandum of understanding|joint statement|statement|joint declaration|declaration|communiqu[eé]|joint communiqu[eé]|final communiqu[eé]|remarks|speech|address|readout|press release|news release|message|conclusions|resolution';
const TYPE_WORDS_FR =
  "déclaration d['’]intention conjointe|déclaration d['’]intention|protocole d['’]entente|déclaration commune|déclaration conjointe|déclaration finale|déclaration|communiqué conjoint|communiqué final|communiqué de presse|communiqué|allocution|discours|message|conclusions|résolution|compte rendu";

export function isInstitution(text: string): boolean {
  return INSTITUTION.test(text);
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A plausible issuer: short, named (a proper noun or an institution word), no sentence. */
export function isIssuerLike(text: string): boolean {
  const words = wordCount(text);
  // A list of members ("Heads of State … of the Economic Community of …") may run long.
  const most = isInstitution(text) ? 24 : 14;
  if (words === 0 || words > most || /[.!?:;]$/.test(text) || /\d{4}/.test(text)) return false;
  return isInstitution(text) || /\s(?:and|et)\s/.test(text) || words <= 4;
}

/** "de la France et du Maroc" -> "France et Maroc"; "the Prime Minister" -> "Prime Minister". */
function tidy(name: string): string {
  const bare = name.replace(/^(?:the|le|la|les|l['’])\s*/i, '');
  // Only a list of names loses its articles; "ministres de la France et de l'Allemagne" keeps them.
  if (isInstitution(bare)) return capitalize(bare.replace(/\s+/g, ' ').trim());
  return capitalize(
    bare
      .replace(
        /\s+(et|and)\s+(?:du|de la|de l['’]|des|de|the|le|la|les|l['’])\s*(?=\p{Lu})/gu,
        (_, and: string) => ` ${and} `,
      )
      .replace(/\s+/g, ' ')
      .trim(),
  );
}

/**
 * The issuer a title names: "Statement by X on …", "X's Statement on …", "Déclaration du X sur …".
 * Null when the title names none, or names a place ("Déclaration de Québec").
 */
export function issuerFromTitle(title: string, place: string | null): string | null {
  const text = title.replace(/^[A-ZÀ-Ÿ\s]+\s*[|:–—-]\s+/, (m) => (m === m.toUpperCase() ? '' : m)).trim();
  const patterns: RegExp[] = [
    new RegExp(
      `^(?:${TYPE_WORDS})\\s+(?:by|of|from|between)\\s+(.+?)(?:\\s+(?:on|at|about|regarding|following|to|for|in|after|concerning)\\s+|$)`,
      'iu',
    ),
    new RegExp(`^(.+?)['’]s?\\s+(?:${TYPE_WORDS})(?![\\p{L}])`, 'iu'),
    // "Foreign Secretary statement on …": an office before the type, without the possessive.
    new RegExp(
      `^((?:\\p{Lu}[\\p{L}'’&-]*|of|the|and|for)(?:\\s+(?:\\p{Lu}[\\p{L}'’&-]*|of|the|and|for)){0,6})\\s+(?:${TYPE_WORDS})(?![\\p{L}])`,
      'u',
    ),
    new RegExp(
      `^(?:${TYPE_WORDS_FR})\\s+(?:de la|du|des|de l['’]|de|d['’]|entre)\\s*(.+?)(?:\\s+(?:sur|à|au|aux|lors|en|concernant|relative?|pour|après|suite)\\s+|$)`,
      'iu',
    ),
  ];
  // "Ukraine – Déclaration des ministres du G7": a topic before the document's type.
  const typed = new RegExp(`^[^|–—]{2,60}\\s[|–—-]\\s+((?:${TYPE_WORDS}|${TYPE_WORDS_FR})(?![\\p{L}]).*)$`, 'iu').exec(
    text,
  );
  const texts = typed ? [text, typed[1] as string] : [text];
  for (const [re, candidate] of patterns.flatMap((p) => texts.map((t) => [p, t] as const))) {
    const m = re.exec(candidate);
    if (!m) continue;
    // "Communiqué of the meeting of the G20 ministers": the ministers issued it.
    const name = tidy(
      (m[1] as string).replace(
        /^(?:(?:the\s+)?(?:meeting|summit|conference)\s+of\s+(?:the\s+)?|(?:la\s+)?(?:réunion|sommet|conférence|rencontre)\s+(?:des|du|de la|de l['’]|de)\s*)/i,
        '',
      ),
    );
    if (!isIssuerLike(name)) continue;
    // "Kananaskis G7 Leaders' Communiqué": the meeting's place before the group is not its name.
    const placeKey = place?.toLowerCase().split(/[,(]/)[0]?.trim();
    if (
      /^\p{Lu}[\p{L}-]+\s+G\d{1,2}(?![\p{L}\d])/u.test(name) ||
      (placeKey && name.toLowerCase().startsWith(`${placeKey} `))
    ) {
      const rest = name.replace(/^\p{Lu}[\p{L}-]+\s+/u, '');
      if (isInstitution(rest)) return rest;
    }
    // "Communiqué final du sommet Canada–Union européenne": a summit of two parties is theirs.
    const summit = /^(?:sommet|summit)\s+(\p{Lu}[^–—-]+?)\s*[–—-]\s*(\p{Lu}.+)$/iu.exec(name);
    if (summit)
      return `${capitalize((summit[1] as string).trim())} ${/^sommet/i.test(name) ? 'et' : 'and'} ${(summit[2] as string).trim()}`;
    if (/^(?:sommet|summit|meeting|réunion|conference|conférence)(?![\p{L}])/iu.test(name)) continue;
    // "Minister Bouchard": a person by title and name; the office is named elsewhere.
    if (
      /^(?:minister|ministre|president|présidente?|prime minister|premier ministre|première ministre|secretary|secrétaire)\s+\p{Lu}[\p{L}'’-]+$/iu.test(
        name,
      )
    )
      continue;
    // "Déclaration de Québec", "The Hague Declaration": a place, not who issued it.
    if (place && name.toLowerCase() === place.toLowerCase().split(/[,(]/)[0]?.trim()) continue;
    if (
      !isInstitution(name) &&
      !/\s(?:and|et)\s/.test(name) &&
      !/^(?:minister|ministre|president|président)/i.test(name)
    )
      continue;
    return name;
  }
  return null;
}

/** "We, the Heads of State …, " / « Nous, chefs d'État …, »: the text says who speaks. */
export function issuerFromOpening(text: string): string | null {
  const m = /^(?:we|nous),\s+(?:the\s+|les\s+)?([^,]{4,200}),/iu.exec(text);
  if (!m) return null;
  const name = capitalize((m[1] as string).trim());
  // "Nous, chefs d'État et de gouvernement des États membres de la Communauté …": long, but named.
  return isInstitution(name) && wordCount(name) <= 24 ? name : null;
}

/** "The General Assembly," -> "General Assembly". */
export function issuerFromEnacting(text: string): string | null {
  return tidy(text.replace(/,\s*$/, ''));
}

/** "The Ministers of X met in …", « Les ministres de X se sont réunis à … »: who met and speaks. */
const MET =
  /^(?:The|Les)\s+(\p{L}[^,.;:]{3,160}?)\s+(?:met|have met|gathered|convened|se sont réunis|se sont réunies|se sont rencontrés)(?![\p{L}])/u;

/** "The Council today approved …" -> "Council": an institution as the first sentence's subject. */
export function issuerFromSubject(text: string): string | null {
  const met = MET.exec(text);
  if (met) {
    const name = capitalize((met[1] as string).trim());
    // A named group ("… of the Pacific Rim Forum"), not "the ministers of the three states".
    if (isInstitution(name) && wordCount(name) <= 20 && /\s\p{Lu}/u.test(name)) return name;
  }
  // French names keep their adjectives in lower case ("Le Conseil de sécurité a décidé",
  // « Le gouvernement du Québec annonce »): the name runs to the auxiliary or a time word.
  const fr =
    /^(?:Le|La|L['’])\s*(\p{L}[\p{L}'’-]*(?:\s+(?!a\s|ont\s|est\s|sont\s|se\s|s['’]|vient\s|va\s|annonce|aujourd|ce\s|hier\s)[\p{L}'’-]+){0,7}?)\s+(?:a|ont|est|sont|se|s['’]\p{L}+|vient|va|annonce|annoncent|aujourd['’]hui|ce matin|ce soir|hier)(?![\p{L}])/u.exec(
      text,
    );
  if (fr) {
    const name = capitalize((fr[1] as string).trim());
    // Articles and "que" inside it mean the match ran into the sentence ("Conseil souligne que …").
    const ranOn = /\s(?:que|qui|qu['’]|dont|un|une|les|le)\s|(?<!de)\s(?:la|l['’])/i.test(` ${name} `);
    if (!ranOn && isInstitution(name) && wordCount(name) <= 8 && !/[,;:]/.test(name)) return name;
  }
  const m =
    /^(?:The|Le|La|L['’])\s*((?:\p{Lu}[\p{L}-]*)(?:\s+(?:of the|de l['’]|de la|du|des|of|de)?\s*\p{Lu}[\p{L}-]*){0,5})\s+(?:today|yesterday|has|have|had|will|is|was|\p{Ll}+s|\p{Ll}+ed|a|ont|aujourd['’]hui|\p{Ll}+e)\b/u.exec(
      text,
    );
  if (!m) return null;
  const name = (m[1] as string).trim();
  return isInstitution(name) && wordCount(name) <= 8 ? name : null;
}

/** A country or body name in a list: capitalized words, perhaps joined by "of", « de », hyphens. */
const NAME = String.raw`\p{Lu}[\p{L}'’.-]*(?:\s+(?:of|of the|de|du|des|de la|d['’])?\s*\p{Lu}[\p{L}'’.-]*){0,4}(?:\s+\p{Ll}+(?:enne|aine?|aise?|ique|ale?|oise?))?`;
const ARTICLE = String.raw`(?:(?:the|le|la|les|l['’])\s*)?`;
const JOINT_SUBJECT = new RegExp(
  String.raw`^${ARTICLE}(${NAME}(?:,\s+${ARTICLE}${NAME}){0,6}),?\s+(?:and|et)\s+${ARTICLE}(${NAME})(?=\s*,|\s+\p{Ll})`,
  'u',
);

/**
 * « Les gouvernements du Canada, de la Finlande et de la Norvège ont adopté … », "The Governments
 * of Canada and Germany today reaffirmed …": the parties named as a plural subject.
 */
const PLURAL_SUBJECT =
  /^(?:the|les)\s+((?:governments|ministers|leaders|gouvernements|ministres|dirigeants)\s+(?:of|du|de la|de l['’]|des|de)\s+[^.;:]{3,120}?)\s+(?:today\s+|aujourd['’]hui\s+)?(?:have|has|will|are|\p{Ll}+ed|ont|sont|se sont|vont|\p{Ll}+ent)\b/iu;

/**
 * "Canada and Germany reaffirm …", « La France et le Canada, deux pays … »: a joint text whose
 * first sentence opens with the parties. Returns "Canada and Germany" / « France et Canada ».
 */
export function issuerFromJointSubject(text: string, language: string): string | null {
  const plural = PLURAL_SUBJECT.exec(text);
  if (plural && /\p{Lu}/u.test((plural[1] as string).replace(/^\S+\s+/, '')) && wordCount(plural[1] as string) <= 16)
    return capitalize((plural[1] as string).trim());
  const m = JOINT_SUBJECT.exec(text);
  // "In Ottawa and Quebec, …": a place or time before the subject, not the parties.
  if (!m || /^(?:in|on|at|en|dans|depuis|since|after|après|with|avec|for|pour|from|de)\s/i.test(text)) return null;
  const strip = (s: string): string => s.trim().replace(/^(?:the|le|la|les|l['’])\s*/i, '');
  const first = (m[1] as string).split(/,\s+/).map(strip);
  const parties = [...first, strip(m[2] as string)];
  if (parties.some((p) => wordCount(p) > 6)) return null;
  const and = language === 'fr' ? 'et' : 'and';
  return `${parties.slice(0, -1).join(', ')} ${and} ${parties.at(-1) as string}`;
}

/** The parts of a site name that name an institution: "France Diplomatie - Ministère de X" -> "Ministère de X". */
export function institutionInName(name: string): string | null {
  const parts = name
    .split(/\s+[-–—|·:]\s+/)
    .map((p) => p.trim())
    .filter(Boolean);
  const found = parts.filter((p) => isInstitution(p) && isIssuerLike(p));
  return found.at(-1) ?? null;
}

const SIGNED_EN = /^(?:for|on behalf of)\s+the\s+governments?\s+of\s+((?:the\s+)?\p{Lu}.{1,60})$/iu;
const SIGNED_FR =
  /^(?:pour|au nom)\s+(?:du|le|de)\s+gouvernement\s+(du|de la|de l['’]|des|de|d['’])\s*(\p{Lu}.{1,60})$/iu;

/** "For the Government of Canada", « Pour le gouvernement du Sénégal »: a signature block's line. */
export function isSignatureLine(text: string): boolean {
  const line = text.trim().replace(/[:,]$/, '');
  return SIGNED_EN.test(line) || SIGNED_FR.test(line);
}

/**
 * The parties of a signature block ("For the Government of Canada" / « Pour le gouvernement du
 * Mexique ») on two or more lines: "Governments of Canada and Mexico", « Gouvernements du Canada
 * et du Mexique ». Null when fewer than two parties sign.
 */
export function issuerFromSignatures(lines: readonly string[]): string | null {
  const en: string[] = [];
  const fr: string[] = [];
  for (const raw of lines) {
    const line = raw.trim().replace(/[:,]$/, '');
    const e = SIGNED_EN.exec(line);
    if (e && !en.includes(e[1] as string)) en.push((e[1] as string).trim());
    const f = SIGNED_FR.exec(line);
    const part = f
      ? `${(f[1] as string).toLowerCase()}${/['’]$/.test(f[1] as string) ? '' : ' '}${(f[2] as string).trim()}`
      : null;
    if (part && !fr.includes(part)) fr.push(part);
  }
  if (fr.length >= 2) return `Gouvernements ${fr.slice(0, -1).join(', ')} et ${fr.at(-1) as string}`;
  if (en.length >= 2) return `Governments of ${en.slice(0, -1).join(', ')} and ${en.at(-1) as string}`;
  return null;
}

/**
 * A type label that names its office and no topic: « Communiqué du Bureau du premier ministre »,
 * "Statement from the Office of the Spokesperson". Such a line stands above the title; the office
 * is the issuer. Null for a title ("Statement by the Prime Minister on the floods").
 */
export function issuerOfTypeLabel(text: string): string | null {
  const m = new RegExp(
    `^(?:${TYPE_WORDS}|${TYPE_WORDS_FR})\\s+(?:of the|from the|by the|of|from|by|du|de la|de l['’]|des|de|d['’])\\s*(.+)$`,
    'iu',
  ).exec(text.trim());
  if (!m) return null;
  const name = (m[1] as string).trim();
  if (
    /(?<![\p{L}])(?:on|about|regarding|concerning|following|at|to|sur|concernant|à|au|aux|lors|après|pour)(?![\p{L}])/iu.test(
      name,
    )
  )
    return null;
  if (wordCount(name) > 8 || /[.!?:;\d]/.test(name) || !isInstitution(name)) return null;
  return tidy(name);
}

/** "Statement by Minister Roy on behalf of the Government of Canada": whom the person speaks for. */
export function issuerOnBehalf(title: string): string | null {
  const m =
    /(?<![\p{L}])(?:on behalf of|au nom d(?:u|e la|e l['’]|es|e))\s*(?:the\s+)?(\p{Lu}[^,;:]{1,80}?)(?:\s+(?:on|about|regarding|sur|concernant|à l['’]occasion)\s+.*)?$/iu.exec(
      title.trim(),
    );
  const name = m?.[1]?.trim();
  return name && isInstitution(name) && isIssuerLike(name) ? tidy(name) : null;
}

/** "The Honourable Jane Roy, Minister of Fisheries": the office of a speaker line. */
export function issuerOfSpeaker(line: string): string | null {
  const m =
    /^(?:the (?:right )?honourable|the hon\.|l['’]honorable|le très honorable|la très honorable|h\.e\.|his excellency|her excellency|son excellence)\s+[^,]{3,60},\s+(.{4,100})$/iu.exec(
      line.trim(),
    );
  const office = m?.[1]?.replace(/[.;]$/, '').trim();
  return office && isInstitution(office) && isIssuerLike(office) ? capitalize(office) : null;
}
