/**
 * Content or site cruft? Each block gets features from its own shape (sentence or not, length,
 * terminal punctuation, bullets, dates, counters, glued-together words) and generic cue phrases
 * of web pages in English and French (sign-in, cart, share bars, newsletter, cookies, related
 * articles, comment forms, footers). The main text is then the run of blocks with the highest
 * total score: long sentence-shaped paragraphs add, cruft subtracts, headings cost a little.
 *
 * Nothing here knows any particular site: only shapes and generic cue words.
 */
import type { Block } from './blocks.ts';
import { findDate } from './dates.ts';

export interface Features {
  words: number;
  chars: number;
  /** Ends like a sentence: . ! ? … optionally followed by a closing quote or bracket. */
  terminal: boolean;
  /** A short line that is a navigation, account, sharing, newsletter, … element. */
  cue: boolean;
  /** A longer line that is a site notice (terms, cookies, newsletter, comment form). */
  notice: boolean;
  /** A date with a few words around it: list metadata or a "last updated" line. */
  dateish: boolean;
  /** Only digits and counters: "556", "23.5k". */
  numeric: boolean;
  /** Words glued without spaces ("HeadingOneHeadingTwo"): a contents bar or a logo repeated. */
  glued: boolean;
  /** Starts a list of links ("Related", "Read more", "Most read", "Lire aussi"), or is a teaser. */
  listLabel: boolean;
  /** A photo caption with its credit ("… PHOTOGRAPHER / AGENCY", "(Photo: …)", "Crédit : …"). */
  credit: boolean;
  /** A breadcrumb trail: "Home > News > Title". */
  breadcrumb: boolean;
  /** Looks like a sentence: terminal punctuation and enough words. */
  sentence: boolean;
  /** A numbered or lettered item ending with a clause's punctuation: content, whatever its words. */
  enumerationItem: boolean;
}

/** French closing quotes stand after a (no-break) space: « … actes. » */
const TERMINAL = /[.!?…](?:\s*["'”’»)\]]|\s*\*)*$/;

/** Cue phrases for short lines (at most SHORT_WORDS words). Lowercase, apostrophes normalized. */
const CUES: RegExp[] = [
  // Accounts.
  /\b(sign ?in|sign ?up|sign ?out|log ?in|log ?out|my account|create an account|existing account|lost your password|forgot (your )?password|welcome back)\b/,
  /\b(se connecter|se déconnecter|s'inscrire|inscrivez-vous|mon compte|créer un compte|mot de passe|identifiez-vous)\b|^(connexion|inscription|register)$/,
  // Shop.
  /\b(cart|basket|checkout|panier)\b/,
  // Sharing.
  /^(share|partager|partagez|partage)\b|\bshare (this|on|via|the|article)\b|\b(copy link|copier le lien)\b|^diffuser (cette|la) page\b/,
  /\b(facebook|twitter|whatsapp|linkedin|telegram|pinterest|reddit|bluesky|mastodon)\b/,
  // Newsletters, cookies, legal.
  /\b(newsletter|subscribe|unsubscribe|abonnez-vous|s'abonner|infolettre|inbox)\b/,
  /\b(cookies?|privacy policy|terms of (use|service)|politique de confidentialité|conditions (générales|d'utilisation)|mentions légales)\b/,
  /^(accept|accept all|accepter|tout accepter|refuser|reject all|ok|got it|j'ai compris)$/,
  // Related and recent lists.
  /\b(related (articles?|posts?|stories|news|content|topics)|read more|read next|read also|also like|may like|more (articles|stories|news|from)|recommended|most (read|popular|viewed)|trending|top (news|stories|articles?)|recent (posts|articles|news|stories)|publications récentes|articles? (similaires|récents|liés|populaires)|lire aussi|lire la suite|sur le même sujet|les plus lus|dernières (nouvelles|actualités|sorties|publications)|voir (plus|aussi|tout)|see (also|more|all)|show more|load more|(previous|next) (article|post|story)|article (précédent|suivant)|à la une|en continu)\b/,
  /^(latest|latest news|latest articles|à lire|à voir|actualités|news|top|more)$/,
  // Comments and ratings.
  /^(\d+ )?comments?$|\bleave a (comment|reply|review)\b|\b(post a comment|cancel reply|annuler la réponse|laisser un commentaire|commentaires|select a rating|rate this|your email address|votre adresse (e-?mail|courriel)|required fields|champs obligatoires)\b/,
  // Footer and social.
  /©|\b(all rights reserved|tous droits réservés|reproduction interdite|copyright|follow us|suivez-nous|contact us|contactez-nous|about us|qui sommes-nous|advertise|advertisement|publicité|sponsori[sz]ed|sponsorisé|stay connected|restez connecté|join us|rejoignez-nous)\b/,
  // Counters and reading time.
  /\b\d+\s*min(ute)?s? read\b|\bminutes? de lecture\b|\b\d[\d.,]*\s*k?\s*(views|vues|followers|abonnés|members|membres|likes|shares|partages)/,
  // Navigation and page furniture.
  /^(search|rechercher|recherche)\b|^(menu|home|accueil|main menu|navigation)$|\b(skip to (main )?content|aller au contenu|back to top|retour en haut|font resizer|bookmarks?|notifications?)\b/,
  /\b(thumbnail|logo)$/,
  /\b(click here|cliquez ici|download (the|this) (statement|document|pdf|file)|télécharger (le|la|ce) )/,
  // Bylines, relative times, reading time, print and download buttons, speech furniture.
  /\b(reporting|editing|writing|additional reporting|compiled) by\b|\bpropos recueillis par\b/u,
  /\b\d+\s*(min|mins|minutes?|h|hrs?|hours?|days?)\s+ago\b|\bil y a\s+\d+\s*(min|minutes?|h|heures?|jours?)\b|\btemps de lecture\b/,
  /^(print|imprimer|print this page|imprimer (cette|la) page|download|télécharger)\b|\blire plus tard\b|\b(read|save) (it )?later\b/,
  /\bcheck against delivery\b|\bseul le prononcé fait foi\b|\b(licensing rights|offrir l'article|réutiliser ce contenu)\b/,
  // Paywalls.
  /\b(réservée? aux abonnés|déjà abonnée?|already (a )?(subscriber|subscribed)|subscribers? only|free articles?)\b/,
  // Page feedback widgets.
  /\b((is|was) this page (useful|helpful)|did you find what you were looking for|cette page (vous )?a-t-elle (aid|été utile)|cette page est-elle utile|avez-vous trouvé ce que vous cherchiez)\b/,
  // A table of contents label.
  /^(contents|table of contents|sommaire|table des matières|in this (article|page)|dans cet article|on this page|sur cette page)$/,
];

/** Notices that run to a sentence or two. Checked on lines up to NOTICE_WORDS words. */
const NOTICE =
  /\b(not an official record|document non officiel|(?:ne constitue|n['’]est) pas un document officiel|limit of free articles|subscribe to (keep|continue) reading|réservée? aux abonnés|il vous reste \d|by using this (site|website)|you agree to|privacy policy|terms of use|all rights reserved|tous droits réservés|will not be published|ne sera pas publiée|champs obligatoires|required fields|(site|we|nous) uses? (des )?cookies|utilise des cookies|en poursuivant votre navigation|accept(ez)? (the |les )?cookies|sign in to|connectez-vous|sign up (for|to) (our|the)|subscribe to (our|the)|abonnez-vous à|inscrivez-vous à)\b/;
/** Newsletter words make a notice only of a short line: a text may well speak of a newsletter. */
const SHORT_NOTICE = /\b(unsubscribe|newsletter|your inbox|infolettre|désabonner)\b/;
const SHORT_NOTICE_WORDS = 15;
/** A list label, or a teaser line of any length that starts with one ("Lire aussi | …"). */
const LIST_LABEL =
  /^(related( [a-z]+)?|read (more|next|also)|see also|more (on|from|stories|articles|news)( [a-z ]+)?|most (read|popular|viewed)|you (may|might) (also )?like|recommended|lire aussi|à lire aussi|voir aussi|sur le même sujet|les plus lus|à lire|explore the topic)\b\s*([|:]|$)/;

/** Credits at the end of a caption: "… NAME SURNAME / AGENCY", "AGENCY/Name", "(Photo: …)", "(Agency photo)". */
const CREDIT =
  /(\p{Lu}{2,}(?:[\s-]+\p{Lu}{2,})*\s*\/\s*\p{L}[\p{L}\s./-]{0,40}|\/\s*\p{Lu}{2,}[\p{Lu}\s-]*|\((?:photo|image|credit|crédit)s?\s*:[^)]*\)|\((?:[^()]{1,40}\s)?(?:[Pp]hoto|[Pp]hotograph|[Ff]ile photo|[Ii]mage|[Pp]hoto d['’]archives)\))$|^(?:[Pp]hoto|PHOTO|[Ii]mage|[Cc]redit|[Cc]rédit|[Cc]rédits|[Ii]llustration)s?\s*:/u;

const SHORT_WORDS = 12;
const NOTICE_WORDS = 40;

export function normalizeCue(text: string): string {
  return text.toLowerCase().replace(/[’‘`]/g, "'").replace(/\s+/g, ' ').trim();
}

export function wordCount(text: string): number {
  let n = 0;
  for (const _ of text.matchAll(/\S+/g)) n++;
  return n;
}

export function isTerminal(text: string): boolean {
  return TERMINAL.test(text);
}

export function features(block: Block): Features {
  const text = block.text;
  const words = wordCount(text);
  const lower = normalizeCue(text);
  const terminal = TERMINAL.test(text);
  const listLabel = LIST_LABEL.test(lower);
  const byline = words <= 8 && /^(By|Par)\s+\p{Lu}/u.test(text) && !terminal;
  // An item of an enumeration ("(a) improve …;", an ordered list's "share data with …;"): menus,
  // share bars and link lists never end their entries with a clause's punctuation, so the words
  // that mark them ("share", "contact") do not make it a cue.
  const enumerationItem =
    ((block.role === 'item' && block.marker !== undefined) || ITEM_MARKER.test(text)) &&
    words >= 3 &&
    /[;:,.]$/.test(text);
  const cue = !enumerationItem && (listLabel || byline || (words <= SHORT_WORDS && CUES.some((re) => re.test(lower))));
  const credit = !terminal && words <= 60 && CREDIT.test(text);
  const notice =
    (words <= NOTICE_WORDS && NOTICE.test(lower)) || (words <= SHORT_NOTICE_WORDS && SHORT_NOTICE.test(lower));
  // "Published 12 March 2025 at 10:30, updated …": a labelled date line may run longer.
  const labelled =
    words <= 20 && /(^|\s)(published|updated|posted|publié|publiée|mis à jour|modifié|date)(?!\p{L})/u.test(lower);
  const date = words <= 10 || labelled ? findDate(text) : null;
  // "June 2, 2025 4:47 p.m.": the full stop of "p.m." ends no sentence.
  const clock = /\d\s*[ap]\.\s?m\.$/i.test(text);
  const dateish = date !== null && (((!terminal || clock) && words - date.words <= 6) || labelled);
  const numeric = /^[\d\s.,:%+\-–/kKmM]+$/.test(text);
  // "HeadingOneHeadingTwo", "SommaireI. Un titreII. Un autre": a contents bar or a logo repeated.
  const glued =
    (text.match(/\p{Ll}{2}(?:\p{Lu}\p{Ll}|[IVX]{1,4}\.\s)/gu)?.length ?? 0) >= 2 ||
    /^(?:contents|table of contents|sommaire|table des matières)(?=\p{Lu}|[IVX\d]+\.)/iu.test(text);
  // "Home > News > Title": short, unpunctuated, separators that are not French closing quotes.
  const breadcrumb =
    words <= 24 && !terminal && /\s([>»›/|])\s.+\s\1\s/.test(text) && !(text.includes('«') && /\s»\s/.test(text));
  const sentence = terminal && words >= 4;
  return {
    enumerationItem: enumerationItem && !notice,
    words,
    chars: text.length,
    terminal,
    cue,
    notice,
    dateish,
    numeric,
    glued,
    listLabel,
    credit,
    breadcrumb,
    sentence,
  };
}

/** A printed item number or letter opening a line: "3.", "(a)", "b)", "(iv)". */
export const ITEM_MARKER = /^(?:\d{1,3}[.)]|\(\d{1,3}\)|\(?[a-z]\)|\(?[ivx]{1,5}\))\s+\S/;

/**
 * How much a block looks like main text (positive) or like cruft (negative). `next` is the
 * following block's features, so a short line right before a paragraph (a heading) costs little.
 */
export function score(block: Block, f: Features, next: Features | undefined): number {
  if (f.enumerationItem) return Math.max(6, f.chars / 2);
  if (f.cue || f.notice) return -40;
  if (f.glued || f.breadcrumb || f.credit) return -40;
  if (f.numeric || f.dateish) return -20;
  if (block.role === 'heading') return -8;
  if (f.sentence) {
    if (block.bullet && f.words < 6) return -30;
    return block.bullet || block.role === 'item' ? f.chars / 2 : f.chars;
  }
  // A clause that runs on ("Urges States to …;", "Recalling …,", "… the following:", "… and"):
  // the items of a resolution or an enumeration are content, like sentences. Menus and labels
  // are short and never end a line this way.
  if (f.words >= 8 && /[;,:]$|\s(and|or|et|ou)$/.test(block.text))
    return block.bullet || block.role === 'item' ? f.chars / 2 : f.chars;
  if (block.bullet) return -30;
  if (f.words >= SHORT_WORDS) return -Math.min(60, f.chars / 4);
  return block.standalone && next?.sentence ? -8 : -20;
}

export interface Region {
  start: number;
  /** Exclusive. */
  end: number;
}

/** The contiguous run of blocks with the largest total score (Kadane). */
export function mainRegion(scores: readonly number[]): Region | null {
  let best = 0;
  let bestRegion: Region | null = null;
  let sum = 0;
  let start = 0;
  for (let i = 0; i < scores.length; i++) {
    if (sum <= 0) {
      sum = 0;
      start = i;
    }
    sum += scores[i] ?? 0;
    if (sum > best) {
      best = sum;
      bestRegion = { start, end: i + 1 };
    }
  }
  return bestRegion;
}
