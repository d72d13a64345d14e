/**
 * The small bilingual tables the aligner uses as fixed points. Nothing here is specific to a
 * document: acronyms of international bodies and common policy terms in their English and
 * French forms, month names, and numbers written as words. A term written the same way in
 * both languages (G7, OSCE, FAO, ESG) needs no entry: it matches itself.
 */

/** English acronym → French acronym, for bodies and terms whose acronym changes with the language. */
export const ACRONYMS: ReadonlyArray<readonly [string, string]> = [
  ['NATO', 'OTAN'],
  ['UN', 'ONU'],
  ['EU', 'UE'],
  ['WHO', 'OMS'],
  ['OECD', 'OCDE'],
  ['WTO', 'OMC'],
  ['IMF', 'FMI'],
  ['IAEA', 'AIEA'],
  ['IEA', 'AIE'],
  ['NGO', 'ONG'],
  ['NGOS', 'ONG'],
  ['AI', 'IA'],
  ['GDP', 'PIB'],
  ['AU', 'UA'],
  ['DRC', 'RDC'],
  ['DPRK', 'RPDC'],
  ['ICC', 'CPI'],
  ['ICJ', 'CIJ'],
  ['NPT', 'TNP'],
  ['SMR', 'PRM'],
  ['SMRS', 'PRM'],
  ['IUU', 'INN'],
  ['ISA', 'AIFM'],
  ['GPAI', 'PMIA'],
  ['WFP', 'PAM'],
  ['IHR', 'RSI'],
  ['PHAC', 'ASPC'],
  ['EAC', 'CAE'],
  ['IMB', 'BMI'],
  ['UNGA', 'AGNU'],
  ['UNSC', 'CSNU'],
  ['OAS', 'OEA'],
  ['ECB', 'BCE'],
  ['EIB', 'BEI'],
  ['UNDP', 'PNUD'],
  ['UNEP', 'PNUE'],
  ['ILO', 'OIT'],
  ['ICAO', 'OACI'],
  ['IMO', 'OMI'],
  ['IPCC', 'GIEC'],
  ['WMO', 'OMM'],
  ['ITU', 'UIT'],
  ['WIPO', 'OMPI'],
  ['IOM', 'OIM'],
  ['UNHCR', 'HCR'],
  ['UNFCCC', 'CCNUCC'],
  ['SDG', 'ODD'],
  ['SDGS', 'ODD'],
  ['CSO', 'OSC'],
  ['RCMP', 'GRC'],
  ['CAF', 'FAC'],
  ['DND', 'MDN'],
  ['GAC', 'AMC'],
  ['PMO', 'CPM'],
  ['CETA', 'AECG'],
  ['CUSMA', 'ACEUM'],
  ['USMCA', 'ACEUM'],
  ['FTA', 'ALE'],
  ['PESCO', 'CSP'],
  ['GHG', 'GES'],
  ['SME', 'PME'],
  ['SMES', 'PME'],
  ['EV', 'VE'],
  ['EVS', 'VE'],
  ['MDB', 'BMD'],
  ['MDBS', 'BMD'],
  ['ODA', 'APD'],
  ['HIV', 'VIH'],
  ['AIDS', 'SIDA'],
  ['IDP', 'PDI'],
  ['IDPS', 'PDI'],
  ['CBRN', 'NRBC'],
  ['WMD', 'ADM'],
  ['CTBT', 'TICE'],
  ['OPCW', 'OIAC'],
  ['LNG', 'GNL'],
  ['R&D', 'R-D'],
  ['UK', 'RU'],
  ['US', 'EU'],
  ['USA', 'EUA'],
  ['UAE', 'EAU'],
];

/** Month names and abbreviations (folded: lower case, no accents) → month number. */
export const MONTHS: ReadonlyMap<string, number> = new Map(
  (
    [
      ['january jan janvier janv', 1],
      ['february feb fevrier fevr', 2],
      ['march mar mars', 3],
      ['april apr avril avr', 4],
      ['may mai', 5],
      ['june jun juin', 6],
      ['july jul juillet juil', 7],
      ['august aug aout', 8],
      ['september sep septembre', 9],
      ['october oct octobre', 10],
      ['november nov novembre', 11],
      ['december dec decembre', 12],
    ] as const
  ).flatMap(([names, month]) => names.split(' ').map((name) => [name, month] as const)),
);

/**
 * Numbers written as words (folded). "One"/"un" are left out: in French "un" is also the
 * article, and "one" is too often a pronoun.
 */
export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ...(
    [
      ['two', 2],
      ['three', 3],
      ['four', 4],
      ['five', 5],
      ['six', 6],
      ['seven', 7],
      ['eight', 8],
      ['nine', 9],
      ['ten', 10],
      ['eleven', 11],
      ['twelve', 12],
      ['fifteen', 15],
      ['twenty', 20],
      ['thirty', 30],
      ['forty', 40],
      ['fifty', 50],
      ['hundred', 100],
      ['thousand', 1000],
      ['deux', 2],
      ['trois', 3],
      ['quatre', 4],
      ['cinq', 5],
      ['sept', 7],
      ['huit', 8],
      ['neuf', 9],
      ['dix', 10],
      ['onze', 11],
      ['douze', 12],
      ['quinze', 15],
      ['vingt', 20],
      ['trente', 30],
      ['quarante', 40],
      ['cinquante', 50],
      ['cent', 100],
      ['mille', 1000],
      ['first', 1],
      ['premier', 1],
      ['premiere', 1],
      ['second', 2],
      ['deuxieme', 2],
      ['third', 3],
      ['troisieme', 3],
      ['fourth', 4],
      ['quatrieme', 4],
      ['fifth', 5],
      ['cinquieme', 5],
    ] as const
  ).map(([w, n]) => [w, n] as const),
]);

/**
 * Function words of English and French (folded): never evidence that two paragraphs say the
 * same thing, so they are left out of the cognate features.
 */
export const STOPWORDS: ReadonlySet<string> = new Set(
  `a about above after again against all also am an and any are as at be been before being
  between both but by can could did do does during each either for from further had has have
  having he her here hers him his how i if in into is it its itself just may me might more most
  must my no nor not now of off on once only or other our ours out over own same she should so
  some such than that the their theirs them then there these they this those through to too
  under until up upon very was we were what when where which while who whom why will with
  within would you your including well since toward towards among per via
  au aux avec ce ces cet cette dans de des du elle elles en entre est et etaient etait etre eux
  il ils je la le les leur leurs lui ma mais me meme mes moi mon ne nos notre nous on ont ou
  par pas pour qu que qui sa sans se ses si son sont sur ta te tes toi ton tu un une vers vos
  votre vous aussi ainsi afin lors selon sera seront sous chez contre depuis pendant aupres
  dont tout tous toute toutes plus tres avons avez sommes etes fait ete cela ceci celui celle
  ceux celles lequel laquelle lesquels lesquelles d l c j n s qu jusqu lorsqu puisqu`
    .split(/\s+/)
    .filter(Boolean),
);

/** Very common words of each language, to tell the language of a text from its words alone. */
export const LANGUAGE_MARKERS: Readonly<Record<'en' | 'fr', ReadonlySet<string>>> = {
  en: new Set('the and of to is are that with for this which will have has from their'.split(' ')),
  fr: new Set('le la les et des du est sont que avec pour cette qui nous leur dans une aux'.split(' ')),
};
