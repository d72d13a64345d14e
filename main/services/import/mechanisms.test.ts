/**
 * The import's general mechanisms, each on its own: date ranges and yearless dates, wire and
 * place-first datelines, site intros, issuers from titles and openings, printed paragraph
 * numbers, title cleaning, hyphenation, front-matter lines.
 */
import { describe, expect, it } from 'vitest';
import { block } from './blocks.ts';
import { features } from './cruft.ts';
import { parseDateline } from './dateline.ts';
import { findDate, findShortDate, findYearlessDate, resolveYear } from './dates.ts';
import { classifyFront } from './front-matter.ts';
import { joinHyphenated, Vocabulary } from './hyphenation.ts';
import { isDocumentSummary, siteIntro } from './intro.ts';
import { issuerFromOpening, issuerFromSubject, issuerFromTitle } from './issuer.ts';
import { labelParagraphs, splitMarker } from './numbering.ts';
import { cleanTitle, withoutSiteSuffix } from './title.ts';

describe('dates', () => {
  it('read a range as its last day', () => {
    expect(findDate('Banff, Alberta, 20–22 May 2025')?.iso).toBe('2025-05-22');
    expect(findDate('réunis à Québec les 23 et 24 octobre 2025')?.iso).toBe('2025-10-24');
    expect(findDate('on 3 and 4 April 2025')?.iso).toBe('2025-04-04');
    expect(findDate('March 3–4, 2025')?.iso).toBe('2025-03-04');
  });

  it('find a day without a year, dated from the page’s date', () => {
    const wire = findYearlessDate('OTTAWA, March 6 (Agency) -');
    expect(wire).toMatchObject({ month: 3, day: 6 });
    expect(resolveYear({ month: 3, day: 6 }, '2025-03-07')).toBe('2025-03-06');
    // A day later in the year than the page's date is last year's.
    expect(resolveYear({ month: 12, day: 30 }, '2025-01-02')).toBe('2024-12-30');
    expect(findYearlessDate('ont adopté, samedi 8 novembre, une déclaration')).toMatchObject({ month: 11, day: 8 });
    expect(findYearlessDate('it may 5 times')).toBeNull();
  });

  it('read a two-digit year only where asked', () => {
    expect(findShortDate('(30.09.25)')?.iso).toBe('2025-09-30');
    expect(findDate('section 1.2.25 applies')).toBeNull();
  });
});

describe('datelines', () => {
  it('read a wire dateline, with or without a year, and keep the text after it', () => {
    expect(parseDateline('GENEVA, April 2 (Northwind News) - The council will vote on Thursday.')).toMatchObject({
      date: null,
      yearless: { month: 4, day: 2 },
      place: 'Geneva',
      agency: 'Northwind News',
      rest: 'The council will vote on Thursday.',
      wire: true,
    });
    expect(parseDateline('SASKATOON, SK, August 19, 2025 /CNW/ - The government is investing.')).toMatchObject({
      date: '2025-08-19',
      place: 'Saskatoon, SK',
      agency: 'CNW',
    });
  });

  it('read place-first datelines with an event name, a weekday or a language note', () => {
    expect(parseDateline('Meeting of Agriculture Ministers — Cape Town, 11 and 12 September 2025')).toMatchObject({
      date: '2025-09-12',
      place: 'Cape Town',
    });
    expect(parseDateline('Elysée – Mardi 24 octobre 2017')).toMatchObject({ date: '2017-10-24', place: 'Elysée' });
    expect(parseDateline('Brussels, 17 March 2025 (OR. en)')).toMatchObject({ date: '2025-03-17', place: 'Brussels' });
    expect(parseDateline('Adopted at Montréal, 29 April 2025')).toMatchObject({ place: 'Montréal' });
  });

  it('do not take a stamp or a sentence for a place', () => {
    expect(parseDateline('Published on 11 March 2025')).toBeNull();
    expect(parseDateline('Resolution adopted by the General Assembly on 17 December 2024')).toBeNull();
    expect(parseDateline('NATO - Topic')).toBeNull();
  });
});

describe('site intros and summaries', () => {
  it('find who issued the text, when and where', () => {
    expect(
      siteIntro(
        'Below is the full text of the joint statement issued by the Governments of Chile and Norway on 4 May 2025 in Oslo.',
      ),
    ).toEqual({ issuer: 'Governments of Chile and Norway', date: '2025-05-04', yearless: null, place: 'Oslo' });
    expect(
      siteIntro('L’honorable Ana Diaz, ministre du Commerce, a fait aujourd’hui la déclaration suivante :'),
    ).toMatchObject({
      issuer: 'Ministre du Commerce',
    });
    expect(siteIntro('The press release issued by the Foreign Office on 9 August 2025.')).toMatchObject({
      date: '2025-08-09',
    });
  });

  it('leave the text’s own sentences alone', () => {
    expect(siteIntro('Have reached the following understanding:')).toBeNull();
    expect(siteIntro('Sont convenus de ce qui suit :')).toBeNull();
    expect(siteIntro('The Council calls on the Commission to:')).toBeNull();
    expect(isDocumentSummary('Joint statement from the ministers of Chile and Norway on ocean science.')).toBe(true);
    expect(isDocumentSummary('Statement by the Prime Minister on the floods')).toBe(false);
  });
});

describe('issuers', () => {
  it('from a title, not a place or a person by name', () => {
    expect(issuerFromTitle('Statement by the Minister of Trade on steel duties', null)).toBe('Minister of Trade');
    expect(issuerFromTitle("G20 Energy Ministers' Communiqué", null)).toBe('G20 Energy Ministers');
    expect(issuerFromTitle('Déclaration des ministres de la Culture du G7 sur le patrimoine', null)).toBe(
      'Ministres de la Culture du G7',
    );
    expect(issuerFromTitle('Déclaration commune de la France et du Maroc sur l’eau', null)).toBe('France et Maroc');
    expect(issuerFromTitle('Final Communiqué of the Meeting of Commonwealth Health Ministers', null)).toBe(
      'Commonwealth Health Ministers',
    );
    expect(issuerFromTitle('Déclaration de Québec sur la diversité culturelle', 'Québec')).toBeNull();
    expect(issuerFromTitle('Statement by Minister Okafor on the floods', null)).toBeNull();
  });

  it('from the opening words and the first sentence’s subject', () => {
    expect(issuerFromOpening('We, the Heads of State and Government of the Alliance, met in Oslo.')).toBe(
      'Heads of State and Government of the Alliance',
    );
    expect(issuerFromOpening('Nous, chefs d’État et de gouvernement du G7, sommes préoccupés.')).toBe(
      'Chefs d’État et de gouvernement du G7',
    );
    expect(issuerFromSubject('The Security Council today extended the mandate of the mission.')).toBe(
      'Security Council',
    );
    expect(issuerFromSubject('The ministers met in Oslo.')).toBeNull();
  });
});

describe('printed paragraph numbers', () => {
  it('split a printed marker from the text', () => {
    expect(splitMarker('12. We will act.')).toMatchObject({
      marker: { kind: 'number', value: '12' },
      rest: 'We will act.',
    });
    expect(splitMarker('(b) support the work;')).toMatchObject({ marker: { kind: 'alpha', value: 'b' } });
    expect(splitMarker('a. l’accueil de chercheurs ;')).toMatchObject({ marker: { value: 'a' } });
    expect(splitMarker('J. Smith said so.')).toBeNull();
  });

  it('label a preamble, numbers, letters, romans and continuations', () => {
    const out = labelParagraphs([
      { text: 'Recalling its resolutions,' },
      { text: '1. Decides to act;' },
      { text: '2. Invites States to:' },
      { text: '(a) share data;' },
      { text: '(b) train staff, including:' },
      { text: '(i) pilots;' },
      { text: '(ii) engineers;' },
      { text: '(c) report back;' },
      { text: 'a bullet after (c);', bullet: true },
      { text: '3. Decides to remain seized.' },
    ]);
    expect(out.map((p) => p.label)).toEqual([
      'PP1',
      '1',
      '2',
      '2(a)',
      '2(b)',
      '2(b)(i)',
      '2(b)(ii)',
      '2(c)',
      '2(c)',
      '3',
    ]);
    expect(out[1]?.text).toBe('Decides to act;');
  });

  it('treat "(i)" after "(h)" as a letter', () => {
    const letters = 'abcdefghi'.split('').map((l) => ({ text: `(${l}) item ${l};` }));
    const out = labelParagraphs([{ text: '1. Invites:' }, ...letters, { text: '2. Ends.' }]);
    expect(out.at(-2)?.label).toBe('1(i)');
  });

  it('leave a document whose numbers are only a short list numbered by position', () => {
    const out = labelParagraphs([
      { text: 'The minister spoke first.' },
      { text: 'She listed three aims.' },
      { text: '1. Jobs.' },
      { text: '2. Growth.' },
      { text: 'Then she took questions.' },
      { text: 'Reporters asked about the budget.' },
      { text: 'The meeting ended at noon.' },
    ]);
    expect(out.every((p) => p.label === undefined)).toBe(true);
  });
});

describe('titles', () => {
  it('lose a type stamp, a site suffix, a resolution number and a dated bracket', () => {
    expect(cleanTitle('STATEMENT | Chile and Norway on ocean science', []).text).toBe(
      'Chile and Norway on ocean science',
    );
    expect(cleanTitle('Ocean science pact - Ministry of the Sea', ['Ministry of the Sea']).text).toBe(
      'Ocean science pact',
    );
    expect(cleanTitle('80/12. Cooperation on early warning', [])).toMatchObject({
      text: 'Cooperation on early warning',
      numbered: true,
    });
    expect(cleanTitle('Déclaration conjointe (Berlin, 6 février 2025)', [])).toMatchObject({
      text: 'Déclaration conjointe',
      date: '2025-02-06',
      place: 'Berlin',
    });
    expect(withoutSiteSuffix('Ministers agree on a plan for the ocean | The Daily Tide')).toEqual({
      text: 'Ministers agree on a plan for the ocean',
      site: 'The Daily Tide',
    });
    // A colon inside a title is no separator.
    expect(cleanTitle('Ocean governance: Council approves conclusions', []).text).toBe(
      'Ocean governance: Council approves conclusions',
    );
  });
});

describe('hyphenation', () => {
  const vocabulary = new Vocabulary();
  vocabulary.add('We protect the coast with long-term plans and climate-related funds.');

  it('joins a word the typesetter cut, keeps the hyphen of a compound', () => {
    expect(joinHyphenated('systems that pro-', 'tect every household', vocabulary)).toBe(
      'systems that protect every household',
    );
    expect(joinHyphenated('provide long-', 'term funding', vocabulary)).toBe('provide long-term funding');
    // No evidence in the text: a common compound ending keeps the hyphen, a fragment joins.
    expect(joinHyphenated('an action-', 'oriented plan', new Vocabulary())).toBe('an action-oriented plan');
    expect(joinHyphenated('capac-', 'ity building', new Vocabulary())).toBe('capacity building');
    // A browser's own hyphen and a spaced hyphen are always the typesetter's.
    expect(joinHyphenated('infra‐', 'structure', new Vocabulary())).toBe('infrastructure');
    expect(joinHyphenated('la for -', 'mation', new Vocabulary())).toBe('la formation');
    expect(joinHyphenated('2024-', '2025 period', new Vocabulary())).toBe('2024-2025 period');
  });
});

describe('front matter', () => {
  const kind = (text: string) => classifyFront(block(text), features(block(text)))?.kind ?? null;

  it('knows the lines around a title', () => {
    expect(kind('Published 4 November 2025 | Updated 6 November 2025')).toBe('date');
    expect(kind('Resolution adopted by the General Assembly on 1 December 2025')).toBe('date');
    expect(kind('April 27, 2025 | Ottawa, Ontario')).toBe('dateline');
    expect(kind('From: Department of Northern Waters')).toBe('label');
    expect(kind('Date de consultation : 12 mai 2025')).toBe('date');
    expect(kind('Statement')).toBe('type');
    expect(kind('UNCLASSIFIED')).toBe('marking');
    expect(kind('Traduction non officielle — seul le texte anglais fait foi')).toBe('marking');
    expect(kind('A/RES/80/12')).toBe('symbol');
    expect(kind('The General Assembly,')).toBe('enacting');
    expect(kind('The Honourable Ana Diaz, Minister of Trade')).toBe('speaker');
    expect(kind('By Ruth Adeyemi')).toBe('byline');
    expect(kind('Health ministers arrive for the meeting in Brussels. (Northwind News photo)')).toBe('caption');
  });

  it('leaves text and titles alone', () => {
    expect(kind('Ocean governance: Council approves conclusions calling for a stronger EU role at sea')).toBeNull();
    expect(kind('The ministers agreed to meet again next year.')).toBeNull();
    expect(kind('Mesdames et Messieurs,')).toBeNull();
  });

  it('keeps a preamble clause that names a signing date as text, not as the adoption line', () => {
    const kind = (text: string) => classifyFront(block(text), features(block(text)))?.kind ?? null;
    expect(kind('Adopted at Geneva on 12 May 2023')).not.toBeNull();
    expect(
      kind('Recalling the Protocol on Inland Fisheries, signed at Oslo on 3 March 1991, in particular its Article 9,'),
    ).toBeNull();
    expect(kind('Rappelant l’accord signé à Dakar le 4 juin 2002 ;')).toBeNull();
  });
});
