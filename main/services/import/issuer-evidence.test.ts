/**
 * The metadata mechanisms added for unseen pages (issue 13), each on two fixtures of our own
 * that differ in language and shape: the text's closing line and opening meeting place, datelines
 * with abbreviations, an hour or a country, French "Publié le" stamps, and the issuer chosen from
 * the title's own words, a long list of members, the subject that met, or a fuller name on the page.
 */
import { describe, expect, it } from 'vitest';
import { importDocument } from './index.ts';
import { block } from './blocks.ts';
import { features } from './cruft.ts';
import { parseDateline } from './dateline.ts';
import { isStamp } from './front-matter.ts';
import type { IssuerInput } from './issuer-choice.ts';
import { chooseIssuer, fullerOnPage, mastheadBrand } from './issuer-choice.ts';
import {
  isSignatureLine,
  issuerOfSpeaker,
  issuerOfTypeLabel,
  issuerOnBehalf,
  issuerFromJointSubject,
  issuerFromOpening,
  issuerFromSignatures,
  issuerFromSubject,
  issuerFromTitle,
} from './issuer.ts';
import { labelLine } from './labels.ts';
import { closingOccasion, meetingPlace, textOccasion } from './occasion.ts';
import { siteIntro } from './intro.ts';

describe('closing and opening occasion', () => {
  it('reads place and date from a closing "Done at" / « Fait à » line', () => {
    expect(closingOccasion('Done at Yellowknife, Canada, on 9 April 2026, in English and French.')).toEqual({
      place: 'Yellowknife',
      date: '2026-04-09',
    });
    expect(closingOccasion('Fait à Namur, le 14 janvier 2026, en trois exemplaires originaux.')).toEqual({
      place: 'Namur',
      date: '2026-01-14',
    });
    expect(closingOccasion('Done in good faith by all parties.')).toBeNull();
  });

  it('reads the place where the authors met from the first sentence only', () => {
    expect(meetingPlace('We, the Ministers of Fisheries, meeting in Tromsø on 2 March 2026, agree as follows:')).toBe(
      'Tromsø',
    );
    expect(
      meetingPlace('Les ministres de la Santé se sont réunis en séance plénière à Cotonou pour examiner le plan.'),
    ).toBe('Cotonou');
    expect(meetingPlace('Réunis à Genève le 4 mai, les ministres rappellent leur engagement.')).toBe('Genève');
    expect(meetingPlace('The ministers met in person for the first time.')).toBeNull();
    expect(meetingPlace('Trade grew. The delegations later met in Lima.')).toBeNull();
  });

  it('dates the opening meeting only when the date follows its place', () => {
    expect(textOccasion(['We, the Leaders, met in Apia on 3 October 2026 to agree on a plan.'])).toMatchObject({
      place: 'Apia',
      date: '2026-10-03',
    });
    expect(textOccasion(['Réunis à Lomé, le 2 mars 2026, les ministres conviennent de…'])).toMatchObject({
      place: 'Lomé',
      date: '2026-03-02',
    });
    expect(textOccasion(['The ministers met in Apia to prepare the summit of 3 October 2026.'])).toMatchObject({
      place: 'Apia',
      date: null,
    });
  });

  it('prefers the closing line to the opening', () => {
    expect(
      textOccasion([
        'We, the Heads of Government, meeting in Suva,',
        'Agree to meet again next year.',
        'Done at Nadi, Fiji, on 5 June 2026.',
      ]),
    ).toEqual({ place: 'Nadi', closingPlace: 'Nadi', date: '2026-06-05' });
    expect(
      textOccasion(['Les ministres se sont réunis à Niamey pour la troisième fois.', 'Ils conviennent de…']),
    ).toEqual({ place: 'Niamey', closingPlace: null, date: null });
  });
});

describe('datelines and stamps', () => {
  it('keeps abbreviations in a place and drops the hour and reference after the date', () => {
    expect(parseDateline('Washington, D.C. — March 2, 2026')).toMatchObject({
      date: '2026-03-02',
      place: 'Washington, D.C.',
      rest: null,
    });
    expect(parseDateline('Luxembourg, 12/02/2026 - 09:45, ID: 260212_3')).toMatchObject({
      date: '2026-02-12',
      place: 'Luxembourg',
      rest: null,
    });
    expect(parseDateline('Vienne, le 3 février 2026 à 18 h 30')).toMatchObject({ place: 'Vienne', rest: null });
  });

  it('reads a wire city with its country and no date', () => {
    expect(parseDateline('QUITO, Ecuador (Harbour Wire) — The government said on Monday that …')).toMatchObject({
      place: 'Quito, Ecuador',
      agency: 'Harbour Wire',
      rest: 'The government said on Monday that …',
    });
    expect(parseDateline('ROME, Monday (Harbour Wire) — Ministers agreed …')).toBeNull();
  });

  it('knows page feedback questions and the newer share networks for furniture', () => {
    const cue = (text: string): boolean => features(block(text)).cue;
    expect(cue('Is this page useful?')).toBe(true);
    expect(cue('Cette page vous a-t-elle été utile ?')).toBe(true);
    expect(cue('Bluesky Mastodon Courriel')).toBe(true);
    expect(cue('Diffuser cette page')).toBe(true);
    expect(cue('The ministers found the page of history useful.')).toBe(false);
  });

  it('takes French "Publié le" and "Modifié le" lines for stamps', () => {
    expect(isStamp('Publié le 3 février 2026 à 10 h 12 · Mis à jour le 4 février 2026')).toBe(true);
    expect(isStamp('Modifié le 8 mars 2026')).toBe(true);
    expect(isStamp('Publications récentes du ministère')).toBe(false);
  });
});

describe('issuer evidence', () => {
  const base: IssuerInput = {
    kind: 'declaration',
    title: '',
    place: null,
    agency: null,
    hintsAuthor: null,
    dateline: null,
    labels: { issuer: null, place: null, indexes: new Set() },
    intro: null,
    enacting: null,
    firstText: '',
    publisher: null,
    cover: null,
    contacts: null,
    site: null,
    siteLines: [],
    copyright: null,
  };

  it('takes the authors the title names, after the office a "From:" label names', () => {
    const en = chooseIssuer({
      ...base,
      title: 'Joint statement by the Energy Ministers of Chile, Peru and Canada on green hydrogen',
      site: 'Press Office',
    });
    expect(en.value).toBe('Energy Ministers of Chile, Peru and Canada');
    const fr = chooseIssuer({
      ...base,
      title: 'Déclaration conjointe des ministres de l’Agriculture du Sénégal et du Canada sur les semences',
      firstText: 'Le Conseil des ministres a adopté aujourd’hui le plan semencier.',
    });
    expect(fr.value).toBe('Ministres de l’Agriculture du Sénégal et du Canada');
    // The office the page labels as answerable for the text comes first.
    expect(
      chooseIssuer({
        ...base,
        title: 'Statement by the Minister of Polar Affairs on the ice season',
        labels: { issuer: 'Polar Knowledge Office', place: null, indexes: new Set() },
      }).value,
    ).toBe('Polar Knowledge Office');
  });

  it('names the parties a joint text opens with', () => {
    expect(
      issuerFromJointSubject('Chile and New Zealand today reaffirm their partnership on Antarctic science.', 'en'),
    ).toBe('Chile and New Zealand');
    expect(
      issuerFromJointSubject('Le Sénégal et l’Union européenne, partenaires de longue date, conviennent', 'fr'),
    ).toBe('Sénégal et Union européenne');
    expect(issuerFromJointSubject('In Lima and Quito, officials met.', 'en')).toBeNull();
    expect(issuerFromJointSubject('Security and prosperity go together.', 'en')).toBeNull();
    expect(chooseIssuer({ ...base, firstText: 'Chile and New Zealand today reaffirm their partnership.' }).value).toBe(
      'Chile and New Zealand',
    );
    // A letterhead's office announcing an agreement between the two comes first.
    expect(
      chooseIssuer({
        ...base,
        cover: 'Department of Polar Science',
        firstText: 'Chile and New Zealand today signed a research agreement.',
      }).value,
    ).toBe('Department of Polar Science');
  });

  it('drops the meeting place before a group named in the title', () => {
    expect(issuerFromTitle('Taormina G7 Leaders’ Communiqué', null)).toBe('G7 Leaders');
    expect(issuerFromTitle('Nadi Ministers of Fisheries’ Statement', 'Nadi, Fiji')).toBe('Ministers of Fisheries');
  });

  it('keeps the office of a "From:" line that also names the minister in person', () => {
    expect(labelLine('From: Department for Coastal Affairs and The Rt Hon Jane Doe MP')?.value).toBe(
      'Department for Coastal Affairs',
    );
    expect(labelLine('Source : Ministère de la Mer et l’honorable Marie Roy')?.value).toBe('Ministère de la Mer');
  });

  it('names the parties of a signature block, in English and French', () => {
    expect(
      issuerFromSignatures(['For the Government of Canada', 'Jane Doe', 'For the Government of the Republic of Peru']),
    ).toBe('Governments of Canada and the Republic of Peru');
    expect(
      issuerFromSignatures(['Pour le gouvernement du Canada', 'Pour le gouvernement de la République du Bénin']),
    ).toBe('Gouvernements du Canada et de la République du Bénin');
    expect(issuerFromSignatures(['For the Government of Canada'])).toBeNull();
    expect(isSignatureLine('For the Government of the Republic of Peru')).toBe(true);
    expect(isSignatureLine('For the government, the priority is clear.')).toBe(false);
  });

  it('reads the parties of a French "entre" title', () => {
    expect(issuerFromTitle('Déclaration d’intention conjointe entre le Canada et le Bénin sur l’eau', null)).toBe(
      'Canada et Bénin',
    );
  });

  it('reads whom a person speaks for ("on behalf of", « au nom de »)', () => {
    expect(issuerOnBehalf('Statement by Minister Tran on behalf of the Government of Canada on the wildfires')).toBe(
      'Government of Canada',
    );
    expect(issuerOnBehalf('Déclaration du ministre Tran au nom du gouvernement du Canada sur les feux')).toBe(
      'Gouvernement du Canada',
    );
    expect(issuerOnBehalf('Statement by Minister Tran on the wildfires')).toBeNull();
    expect(
      chooseIssuer({
        ...base,
        title: 'Statement by Minister Tran on behalf of the Government of Canada on the wildfires',
      }).value,
    ).toBe('Government of Canada');
  });

  it('takes a speech’s speaker line for its office', () => {
    expect(issuerOfSpeaker('The Honourable Li Wei, Minister of Northern Affairs')).toBe('Minister of Northern Affairs');
    expect(issuerOfSpeaker('L’honorable Li Wei, ministre des Affaires du Nord')).toBe('Ministre des Affaires du Nord');
    expect(issuerOfSpeaker('The Honourable Li Wei, who spoke first')).toBeNull();
    expect(
      chooseIssuer({ ...base, kind: 'other', pageLines: ['The Honourable Li Wei, Minister of Northern Affairs'] })
        .value,
    ).toBe('Minister of Northern Affairs');
  });

  it('reads the issuer after a topic prefix in the title', () => {
    expect(issuerFromTitle('Haïti – Déclaration des ministres des Affaires étrangères du G7', null)).toBe(
      'Ministres des Affaires étrangères du G7',
    );
    expect(issuerFromTitle('Sudan | Statement by the Spokesperson on the ceasefire', null)).toBe('Spokesperson');
  });

  it('accepts a long list of members as the opening issuer', () => {
    const name = issuerFromOpening(
      'Nous, chefs d’État et de gouvernement des États membres de la Communauté économique des États de l’Afrique centrale, réunis à Libreville,',
    );
    expect(name).toBe(
      'Chefs d’État et de gouvernement des États membres de la Communauté économique des États de l’Afrique centrale',
    );
    expect(chooseIssuer({ ...base, firstText: `Nous, ${name?.toLowerCase()}, réunis à Libreville,` }).value).toMatch(
      /^Chefs d’état et de gouvernement/,
    );
  });

  it('takes the subject that met as the issuer, also in a site intro', () => {
    expect(
      issuerFromSubject('The Ministers of Trade of the member states of the Andean Forum met in Quito on 2 May 2026.'),
    ).toBe('Ministers of Trade of the member states of the Andean Forum');
    expect(issuerFromSubject('Les ministres de l’Environnement du bassin du Congo se sont réunis à Kinshasa.')).toBe(
      'Ministres de l’Environnement du bassin du Congo',
    );
    expect(issuerFromSubject('The weather met all expectations.')).toBeNull();
    expect(
      siteIntro(
        'The Ministers of Health of the Southern Rim states met in Perth on 3 May 2026 and adopted the following Declaration:',
      )?.issuer,
    ).toBe('Ministers of Health of the Southern Rim states');
  });

  it('keeps a French institution name whole, adjectives included, up to its verb', () => {
    expect(issuerFromSubject('Le Conseil de sécurité a prorogé ce matin le mandat de la mission.')).toBe(
      'Conseil de sécurité',
    );
    expect(issuerFromSubject('La Cour pénale internationale a rendu hier sa décision.')).toBe(
      'Cour pénale internationale',
    );
    expect(issuerFromSubject('Le gouvernement du Nouveau-Brunswick annonce un investissement.')).toBe(
      'Gouvernement du Nouveau-Brunswick',
    );
    // A verb is no adjective: the name stops where the sentence goes on.
    expect(issuerFromSubject('Le Conseil rappelle que la paix est une priorité.')).toBe('Conseil');
  });

  it('reads an office written before the type without a possessive, and a two-party summit', () => {
    expect(issuerFromTitle('Home Secretary statement on the flooding in the north', null)).toBe('Home Secretary');
    expect(issuerFromTitle('Joint Statement on the Arctic', null)).toBeNull();
    expect(issuerFromTitle('Déclaration finale du sommet Canada–Mexique', null)).toBe('Canada et Mexique');
    expect(issuerFromTitle('Final communiqué of the summit', null)).toBeNull();
  });

  it('takes a letterhead before the minister the first sentence names', () => {
    const chosen = chooseIssuer({
      ...base,
      cover: 'Department of Inland Waters',
      firstText: 'The Minister of Inland Waters today announced new funding for river monitoring.',
    });
    expect(chosen.value).toBe('Department of Inland Waters');
  });

  it('replaces a name by its fuller form on the page, only with a complement', () => {
    expect(fullerOnPage('Prime Minister', ['Home', 'Prime Minister of Canada', 'Prime Minister announces visit'])).toBe(
      'Prime Minister of Canada',
    );
    expect(fullerOnPage('Premier ministre', ['Premier ministre du Québec'])).toBe('Premier ministre du Québec');
    expect(fullerOnPage('Conseil', ['Conseil de l’Union européenne'])).toBe('Conseil de l’Union européenne');
    expect(fullerOnPage('Conseil', ['Conseil de l’Union et les partenaires du Sud'])).toBeNull();
    expect(fullerOnPage('Prime Minister', ['Prime Minister announces new Ambassador'])).toBeNull();
  });

  it('finds a news publisher in a masthead glued to its tagline, when the copyright agrees', () => {
    expect(mastheadBrand(['Menu', 'The Valley RecordYour town, every day', 'News'], 'Valley Record Group')).toBe(
      'The Valley Record',
    );
    expect(mastheadBrand(['Le Courrier du NordL’actualité de la région'], 'Éditions du Courrier du Nord')).toBe(
      'Le Courrier du Nord',
    );
    expect(mastheadBrand(['The Valley RecordYour town, every day'], 'Mountain Press Inc')).toBeNull();
    expect(
      chooseIssuer({
        ...base,
        kind: 'news',
        pageLines: ['The Valley RecordYour town, every day'],
        copyright: 'Valley Record Group',
      }).value,
    ).toBe('The Valley Record');
  });

  it('uses the page’s author field when it names an office', () => {
    expect(chooseIssuer({ ...base, hintsAuthor: 'Department of Coastal Affairs' }).value).toBe(
      'Department of Coastal Affairs',
    );
    expect(chooseIssuer({ ...base, hintsAuthor: 'Jane Smith' }).value).toBeNull();
  });
});

describe('a type label that names its office', () => {
  it('reads the office, and only when the label names no topic', () => {
    expect(issuerOfTypeLabel('Communiqué du Bureau du premier ministre')).toBe('Bureau du premier ministre');
    expect(issuerOfTypeLabel('Statement from the Office of the Spokesperson')).toBe('Office of the Spokesperson');
    expect(issuerOfTypeLabel('Statement by the Prime Minister on the floods')).toBeNull();
    expect(issuerOfTypeLabel('Déclaration de Québec')).toBeNull();
  });

  const page = async (text: string) =>
    (await importDocument({ fileName: 'page.txt', bytes: new TextEncoder().encode(text) })).document;

  it('keeps the line under it as the title and the office as the issuer, in French and English', async () => {
    const fr = await page(
      [
        'Communiqué du Bureau de la première ministre',
        'La première ministre se rendra en Islande pour le sommet nordique',
        'Reykjavik, le 2 février 2026',
        'La première ministre participera la semaine prochaine au sommet des pays nordiques, où elle présentera le plan de coopération arctique du gouvernement.',
        'Elle rencontrera aussi les dirigeants des entreprises de la filière géothermique.',
      ].join('\n\n'),
    );
    expect(fr.title).toBe('La première ministre se rendra en Islande pour le sommet nordique');
    expect(fr.issuer).toBe('Bureau de la première ministre');
    const en = await page(
      [
        'Statement from the Office of the Spokesperson',
        'Ceasefire talks resume in Geneva',
        'Geneva, 2 February 2026',
        'We welcome the resumption of talks between the parties and call on them to agree on the exchange of prisoners without delay.',
        'We will continue to support the mediation.',
      ].join('\n\n'),
    );
    expect(en.title).toBe('Ceasefire talks resume in Geneva');
    expect(en.issuer).toBe('Office of the Spokesperson');
  });
});
