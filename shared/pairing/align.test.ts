import { describe, expect, it } from 'vitest';
import { alignVersions, type AlignableDocument } from './align.ts';

/** A document from sections of paragraph texts; ids say side and number ("en3", "fr5"). */
function doc(language: string, sections: Array<[string | null, string[]]>): AlignableDocument {
  let n = 0;
  return {
    language,
    sections: sections.map(([heading, texts]) => ({
      heading,
      paragraphs: texts.map((text) => {
        n++;
        return { id: `${language}${n}`, n, text };
      }),
    })),
  };
}

/** Pairs as "en1=fr1" strings, for readable expectations. */
function shape(a: AlignableDocument, b: AlignableDocument): string[] {
  const alignment = alignVersions(a, b);
  if (!alignment.ok) throw new Error(alignment.problem);
  return alignment.pairs.map((p) => `${p.a.join('+')}=${p.b.join('+')}`);
}

const english = doc('en', [
  [
    null,
    [
      'The space agencies of Canada and Japan met in Montréal on 4 March 2025 to review their cooperation on lunar exploration.',
      'They welcomed the launch of the joint Earth-observation satellite in 2024, which has already delivered 12,000 images of forest fires and floods.',
    ],
  ],
  [
    'Lunar exploration',
    [
      'Canada will provide a robotic arm for the lunar rover, and Japan will provide the pressurized cabin.',
      'Both agencies will train astronauts together at the facility in Tsukuba from 2026.',
      'A Canadian astronaut will take part in a mission to the lunar surface before 2030.',
    ],
  ],
  [
    'Science and data',
    [
      'Scientific data from the mission will be made openly available within 6 months.',
      'The agencies will fund 40 research grants, worth CAD 8 million, for universities in both countries.',
      'The next meeting will be held in Tokyo in 2026.',
    ],
  ],
]);

const french = doc('fr', [
  [
    null,
    [
      "Les agences spatiales du Canada et du Japon se sont réunies à Montréal le 4 mars 2025 afin de faire le point sur leur coopération en matière d'exploration lunaire.",
      "Elles ont salué le lancement, en 2024, du satellite conjoint d'observation de la Terre.",
      'Celui-ci a déjà fourni 12 000 images de feux de forêt et d’inondations.',
    ],
  ],
  [
    'Exploration lunaire',
    [
      "Le Canada fournira un bras robotique pour le véhicule lunaire, et le Japon fournira la cabine pressurisée. Les deux agences formeront ensemble des astronautes à l'installation de Tsukuba à partir de 2026.",
      'Un astronaute canadien participera à une mission à la surface lunaire avant 2030.',
    ],
  ],
  [
    'Science et données',
    [
      'Les agences financeront 40 bourses de recherche, d’une valeur de 8 millions de dollars canadiens, destinées aux universités des deux pays.',
      'Les données scientifiques de la mission seront rendues librement accessibles dans un délai de 6 mois.',
      'La prochaine réunion se tiendra à Tokyo en 2026.',
      'Traduction non officielle.',
    ],
  ],
]);

describe('alignVersions', () => {
  it('pairs a translation with a split, a merge, a swap and a note only in French', () => {
    expect(shape(english, french)).toEqual([
      'en1=fr1',
      'en2=fr2+fr3',
      'en3+en4=fr4',
      'en5=fr5',
      'en6=fr7',
      'en7=fr6',
      'en8=fr8',
      '=fr9',
    ]);
  });

  it('gives every paragraph of both versions exactly one pair', () => {
    const alignment = alignVersions(english, french);
    if (!alignment.ok) throw new Error(alignment.problem);
    const a = alignment.pairs.flatMap((p) => p.a);
    const b = alignment.pairs.flatMap((p) => p.b);
    expect(a).toEqual(['en1', 'en2', 'en3', 'en4', 'en5', 'en6', 'en7', 'en8']);
    expect([...b].sort()).toEqual(['fr1', 'fr2', 'fr3', 'fr4', 'fr5', 'fr6', 'fr7', 'fr8', 'fr9'].sort());
  });

  it('is the same alignment whichever version comes first', () => {
    const alignment = alignVersions(french, english);
    if (!alignment.ok) throw new Error(alignment.problem);
    const flipped = alignment.pairs.map((p) => `${p.b.join('+')}=${p.a.join('+')}`);
    expect([...flipped].sort()).toEqual([...shape(english, french)].sort());
  });

  it('follows printed paragraph numbers where lengths alone would pair the wrong paragraphs', () => {
    // The French version has no ¶ 3. By length, English ¶ 3 fits French ¶ 4 best; the printed
    // numbers say English ¶ 4 is its pair.
    const english = [
      '1. The ministers met in Geneva to discuss water security and the protection of shared rivers.',
      '2. They noted that droughts and floods keep getting worse in every region.',
      '3. They most warmly thanked the many hosts and volunteers.',
      '4. They thanked the staff.',
    ];
    const french = [
      '1. Les ministres se sont réunis à Genève pour examiner la sécurité hydrique et la protection des fleuves partagés.',
      "2. Ils ont constaté que les sécheresses et les inondations s'aggravent dans toutes les régions.",
      '4. Ils ont chaleureusement remercié tout le personnel.',
    ];
    const unnumbered = (texts: string[]) => texts.map((t) => t.replace(/^\d+\. /, ''));
    expect(shape(doc('en', [[null, english]]), doc('fr', [[null, french]]))).toEqual([
      'en1=fr1',
      'en2=fr2',
      'en3=',
      'en4=fr3',
    ]);
    // The same texts without their numbers: the lengths win (this is what the numbers prevent).
    expect(shape(doc('en', [[null, unnumbered(english)]]), doc('fr', [[null, unnumbered(french)]]))).toEqual([
      'en1=fr1',
      'en2=fr2',
      'en3=fr3',
      'en4=',
    ]);
  });

  it('does not take two numbered texts for one because their paragraph numbers match', () => {
    const en = doc('en', [
      [null, ['1. We met today.', '2. We agreed on many things that matter to us.', '3. We thank our hosts.']],
    ]);
    const fr = doc('fr', [
      [
        null,
        [
          '1. Le comité a examiné le budget.',
          '2. Il a adopté le rapport annuel sans modification.',
          '3. La séance est levée.',
        ],
      ],
    ]);
    expect(alignVersions(en, fr)).toMatchObject({ ok: false, problem: 'nothing-in-common' });
  });

  it('keeps pairs inside matching sections: a heading in both versions is a fixed point', () => {
    const alignment = alignVersions(english, french);
    if (!alignment.ok) throw new Error(alignment.problem);
    // No pair joins the opening (en1–2, fr1–3) with the lunar section (en3–5, fr4–5).
    for (const pair of alignment.pairs) {
      const opening = (id: string) => ['en1', 'en2', 'fr1', 'fr2', 'fr3'].includes(id);
      const sides = [...pair.a, ...pair.b];
      expect(sides.every(opening) || sides.every((id) => !opening(id))).toBe(true);
    }
  });

  it('flags what a person should check: a pair sharing little, or a moved paragraph', () => {
    const alignment = alignVersions(english, french);
    if (!alignment.ok) throw new Error(alignment.problem);
    const alone = (p: { a: string[]; b: string[] } | undefined) => !!p && (p.a.length === 0 || p.b.length === 0);
    alignment.pairs.forEach((pair, k) => {
      expect(pair.confidence).toBeGreaterThanOrEqual(0);
      expect(pair.confidence).toBeLessThanOrEqual(1);
      // A paragraph alone, or a pair beside one, is checked below a stricter bar.
      const nearAlone = alone(pair) || alone(alignment.pairs[k - 1]) || alone(alignment.pairs[k + 1]);
      if (!nearAlone) expect(pair.low).toBe(pair.confidence < 0.8);
      else if (pair.confidence < 0.8 || (alone(pair) && pair.confidence < 0.95)) expect(pair.low).toBe(true);
      else if (pair.confidence >= 0.95) expect(pair.low).toBe(false);
    });
    // The first pair shares a place, a date and cognates: sure.
    expect(alignment.pairs[0]?.low).toBe(false);
  });

  it('does not call a split paragraph "only in the French version" with confidence: the claim and its neighbour are flagged', () => {
    // The French splits the second paragraph; its second half shares no figure, name or
    // cognate with the English, so the features cannot see that it belongs to it.
    const en = doc('en', [
      [
        null,
        [
          'Ministers responsible for freshwater from Canada, Iceland and Norway met today in Iqaluit to take stock of the state of northern lakes and rivers, which are warming faster than anywhere else on the planet.',
          'They heard from Inuit hunters, community monitors and young researchers who described ice that forms later each autumn, shorelines that slump into the water, and fish that appear in places where elders never saw them.',
          'The partners will pool their long-term monitoring records so that a single, openly accessible archive covers more than 400 northern watersheds by the end of 2028.',
          'Canada will contribute $18.5 million over five years to the archive and to twelve community-led monitoring stations.',
        ],
      ],
    ]);
    const fr = doc('fr', [
      [
        null,
        [
          "Les ministres chargés de l'eau douce du Canada, de l'Islande et de la Norvège se sont réunis aujourd'hui à Iqaluit pour faire le point sur l'état des lacs et des rivières du Nord, qui se réchauffent plus rapidement que partout ailleurs sur la planète.",
          "Ils ont entendu des chasseurs inuits, des surveillants communautaires et de jeunes chercheurs, qui ont décrit une glace qui se forme plus tard chaque automne et des rives qui s'effondrent dans l'eau.",
          "Ces témoins ont aussi signalé la présence de poissons dans des endroits où les aînés n'en avaient jamais vu.",
          "Les partenaires mettront en commun leurs données de surveillance à long terme afin qu'une archive unique, accessible à tous, couvre plus de 400 bassins versants nordiques d'ici la fin de 2028.",
          'Le Canada versera 18,5 millions de dollars sur cinq ans à l’archive et à douze stations de surveillance dirigées par les communautés.',
        ],
      ],
    ]);
    const alignment = alignVersions(en, fr);
    if (!alignment.ok) throw new Error(alignment.problem);
    const right = (p: { a: string[]; b: string[] }) => `${p.a.join('+')}=${p.b.join('+')}` === 'en2=fr2+fr3';
    // Whatever it makes of the split, what it gets wrong around fr3 is flagged, never stated.
    const aroundSplit = alignment.pairs.filter(
      (p) => p.a.includes('en2') || p.b.includes('fr2') || p.b.includes('fr3'),
    );
    for (const pair of aroundSplit) if (!right(pair)) expect(pair, JSON.stringify(pair)).toMatchObject({ low: true });
    // The paragraphs that share figures and places stay sure.
    for (const pair of alignment.pairs.filter((p) => ['en1', 'en3', 'en4'].includes(p.a[0] ?? ''))) {
      expect(pair.low).toBe(false);
    }
  });

  it('pairs a plain-prose news release with few figures or names, two of its paragraphs swapped, and flags the swap', () => {
    const en = doc('en', [
      [
        null,
        [
          'Today, the Minister of International Development welcomed the adoption of new guidelines that will help aid workers reach people trapped by conflict.',
          'The guidelines were negotiated over many months by donors, relief agencies and host governments. They set out practical steps for opening crossings, protecting convoys and keeping medical workers safe.',
          '"No one should die because a truck is stopped at a checkpoint. These guidelines give us a common language to insist that help gets through," said the Minister.',
          'Canada played a leading role in the negotiations and will now work with partners to put the guidelines into practice in the field.',
          'The Minister also paid tribute to the aid workers who have lost their lives while serving others.',
          'Canada remains one of the largest donors of humanitarian assistance in the world.',
        ],
      ],
    ]);
    const fr = doc('fr', [
      [
        null,
        [
          "Aujourd'hui, la ministre du Développement international a salué l'adoption de nouvelles lignes directrices qui aideront les travailleurs humanitaires à atteindre les personnes prises au piège par les conflits.",
          "Ces lignes directrices ont été négociées pendant de longs mois par les donateurs, les organismes de secours et les gouvernements d'accueil. Elles énoncent des mesures concrètes pour ouvrir les points de passage, protéger les convois et assurer la sécurité du personnel médical.",
          'Le Canada a joué un rôle de premier plan dans les négociations et travaillera désormais avec ses partenaires pour mettre ces lignes directrices en pratique sur le terrain.',
          '« Personne ne devrait mourir parce qu’un camion est arrêté à un poste de contrôle. Ces lignes directrices nous donnent un langage commun pour exiger que l’aide passe », a déclaré la ministre.',
          'La ministre a également rendu hommage aux travailleurs humanitaires qui ont perdu la vie au service des autres.',
        ],
      ],
    ]);
    const alignment = alignVersions(en, fr);
    if (!alignment.ok) throw new Error(`refused: ${alignment.problem} (${alignment.evidence})`);
    const found = new Map(alignment.pairs.map((p) => [`${p.a.join('+')}=${p.b.join('+')}`, p]));
    expect(found.get('en1=fr1')?.low).toBe(false);
    expect(found.get('en2=fr2')).toBeDefined();
    // The swapped paragraphs share too little to be crossed back with confidence: any pair of
    // them that is not the true one is flagged.
    for (const [key, pair] of found) {
      if (/en[34]=|=fr[34]/.test(key) && !['en3=fr4', 'en4=fr3'].includes(key)) expect(pair.low, key).toBe(true);
    }
  });

  it('does not vouch for pairs whose printed numbers agree and whose words do not (a version renumbered)', () => {
    // The English drops the French ¶ 5 and numbers on from 1 to 6: ¶ 5 and 6 agree with the
    // French ¶ 5 and 6 by number only.
    const numbered = (language: string, texts: string[]): AlignableDocument => ({
      language,
      sections: [
        {
          heading: null,
          paragraphs: texts.map((text, k) => ({ id: `${language}${k + 1}`, n: k + 1, text, label: String(k + 1) })),
        },
      ],
    });
    const fr = numbered('fr', [
      "La France et le Canada, réunis à Paris à l'occasion du Forum de Paris sur la paix, réaffirment leur volonté de mettre l'intelligence artificielle au service de la lutte contre les changements climatiques.",
      "Les deux pays soutiendront conjointement la création d'un observatoire international des émissions, qui s'appuiera sur les données satellitaires de l'Agence spatiale canadienne et du Centre national d'études spatiales.",
      "Ils consacreront 40 millions d'euros, à parts égales, à des projets de recherche appliquée d'ici 2028.",
      "Les modèles développés dans ce cadre seront publiés sous licence libre, et leurs données d'entraînement seront documentées.",
      "La France et le Canada rappellent que l'énergie consommée par les centres de données doit être prise en compte : ils encourageront l'implantation de ces centres près de sources d'électricité décarbonée.",
      'Ils inviteront les autres membres du G7 à se joindre à l’observatoire lors du prochain sommet.',
      "Les ministres chargeront leurs administrations de présenter un premier bilan à l'automne 2026.",
    ]);
    const en = numbered('en', [
      'France and Canada, meeting in Paris on the occasion of the Paris Peace Forum, reaffirm their determination to harness artificial intelligence in the fight against climate change.',
      "The two countries will jointly support the creation of an international emissions observatory, drawing on satellite data from the Canadian Space Agency and France's Centre national d'études spatiales.",
      'They will devote €40 million, shared equally, to applied research projects by 2028.',
      'Models developed under this initiative will be released under an open licence, and their training data will be documented.',
      'They will invite the other G7 members to join the observatory at the next summit.',
      'Ministers will instruct their officials to present a first progress report in the fall of 2026.',
    ]);
    const alignment = alignVersions(en, fr);
    if (!alignment.ok) throw new Error(alignment.problem);
    const truth = new Set(['en1=fr1', 'en2=fr2', 'en3=fr3', 'en4=fr4', '=fr5', 'en5=fr6', 'en6=fr7']);
    for (const pair of alignment.pairs) {
      const key = `${pair.a.join('+')}=${pair.b.join('+')}`;
      if (!truth.has(key)) expect(pair.low, key).toBe(true);
    }
    // What shares figures and words stays sure.
    expect(alignment.pairs.slice(0, 4).every((p) => !p.low)).toBe(true);
  });

  it('refuses two versions in the same language, even when one is recorded as the other', () => {
    expect(alignVersions(english, english)).toMatchObject({ ok: false, problem: 'same-language' });
    expect(alignVersions(english, { ...french, language: 'en' })).toMatchObject({
      ok: false,
      problem: 'same-language',
    });
  });

  it('refuses two documents with nothing in common', () => {
    const unrelated = doc('fr', [
      [
        null,
        [
          'La ville a inauguré hier une nouvelle piste cyclable le long du fleuve.',
          'Les travaux ont duré deux ans et les riverains se disent satisfaits.',
          'Le maire souhaite prolonger la piste jusqu’au port.',
          'Une fête de quartier aura lieu samedi.',
        ],
      ],
    ]);
    expect(alignVersions(english, unrelated)).toMatchObject({ ok: false, problem: 'nothing-in-common' });
  });

  it('refuses an empty version', () => {
    expect(alignVersions(english, doc('fr', [[null, []]]))).toMatchObject({ ok: false, problem: 'empty' });
  });

  describe("the user's corrections", () => {
    const aligned = (corrections: Array<{ a: string[]; b: string[] }>) => {
      const alignment = alignVersions(english, french, { corrections });
      if (!alignment.ok) throw new Error(alignment.problem);
      return alignment.pairs;
    };

    it('keeps a corrected pair exactly, sure and marked, and aligns the rest around it', () => {
      // Say the French note belongs with the last English paragraph after all.
      const pairs = aligned([{ a: ['en8'], b: ['fr8', 'fr9'] }]);
      expect(pairs.map((p) => `${p.a.join('+')}=${p.b.join('+')}`)).toEqual([
        'en1=fr1',
        'en2=fr2+fr3',
        'en3+en4=fr4',
        'en5=fr5',
        'en6=fr7',
        'en7=fr6',
        'en8=fr8+fr9',
      ]);
      expect(pairs.at(-1)).toMatchObject({ confidence: 1, low: false, corrected: true });
      expect(pairs.filter((p) => p.corrected)).toHaveLength(1);
    });

    it('takes "no counterpart" as a correction, and pairs across the order when told to', () => {
      const pairs = aligned([
        { a: ['en1'], b: [] },
        { a: ['en7'], b: ['fr8'] },
      ]);
      const shape = pairs.map((p) => `${p.a.join('+')}=${p.b.join('+')}`);
      expect(shape).toContain('en1=');
      expect(shape).toContain('en7=fr8');
      // Every paragraph still has exactly one place.
      expect(pairs.flatMap((p) => p.a).sort()).toEqual(['en1', 'en2', 'en3', 'en4', 'en5', 'en6', 'en7', 'en8']);
      expect(pairs.flatMap((p) => p.b).sort()).toEqual(['fr1', 'fr2', 'fr3', 'fr4', 'fr5', 'fr6', 'fr7', 'fr8', 'fr9']);
    });

    it('lets the newest correction win and leaves out one naming a paragraph this version lacks', () => {
      const pairs = aligned([
        { a: ['en5'], b: ['fr6'] },
        { a: ['en5'], b: ['fr5'] },
        { a: ['en6'], b: ['fr-gone'] },
      ]);
      const shape = pairs.map((p) => `${p.a.join('+')}=${p.b.join('+')}`);
      expect(shape).toContain('en5=fr5');
      expect(pairs.find((p) => p.a.includes('en5'))?.corrected).toBe(true);
      expect(pairs.find((p) => p.a.includes('en6'))?.corrected).toBe(false);
    });
  });
});
