/**
 * Page shapes the samples do not have (test/fixtures/unseen/): copies of official sites' page
 * text and invented pages of other shapes (single-newline dumps, sidebars inside the article,
 * teasers, captions, bylines, paywalls, numbered communiqués, bullet statements, a speech, a
 * title shown twice, a long declaration). Each states the structure a careful reader would give.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { StructuredDocument } from '../../../shared/model/index.ts';
import { importDocument } from './index.ts';
import { warmReaders } from './testing/warm-readers.ts';

// The HTML, PDF and DOCX readers load their parsers on first use, within each import's
// 10-second limit: load them first, so a busy machine does not turn loading into a timeout.
beforeAll(warmReaders);

const dir = fileURLToPath(new URL('../../../test/fixtures/unseen/', import.meta.url));

async function load(file: string): Promise<StructuredDocument> {
  const { document } = await importDocument({ fileName: file, bytes: new Uint8Array(readFileSync(dir + file)) });
  return document;
}

interface Want {
  title: string;
  kind: 'declaration' | 'news' | 'other';
  language: 'en' | 'fr';
  date: string | null;
  place?: string | null;
  /** Issuer (or publisher); an array lists the acceptable answers. */
  issuer: string | null | Array<string | null>;
  headings: Array<string | null>;
  /** Paragraphs per section, in order. */
  counts: number[];
  first: string;
  last: string;
  /** Text that must not appear in the title, any heading or any paragraph. */
  cruft: string[];
  /** The printed labels, in order, when the page numbers its paragraphs. */
  labels?: string[];
}

const CASES: Record<string, Want> = {
  'ukgov.txt': {
    title: 'Joint Statement by the Foreign Ministers of the United Kingdom and Norway on Arctic Cooperation',
    kind: 'declaration',
    language: 'en',
    date: '2025-03-14',
    issuer: 'Foreign, Commonwealth & Development Office',
    headings: [null, 'Security in the High North', 'Climate and research', 'Energy transition', 'Next steps'],
    // The site's sentence introducing the statement is not ¶ 1.
    counts: [1, 2, 1, 1, 1],
    first:
      'The United Kingdom and Norway share a long history of friendship, trade and security cooperation in the High North. Today we reaffirm our commitment to a stable, peaceful and prosperous Arctic region.',
    last: 'Ministers agreed to meet again in Oslo in 2026 to review progress.',
    cruft: ['Share this page', 'Published', 'Related content', 'Is this page useful', 'From:', 'Crown copyright'],
  },
  'eucouncil.txt': {
    title: 'Council adopts conclusions on water resilience',
    kind: 'declaration',
    language: 'en',
    date: '2025-06-17',
    // The text's subject ("The Council today approved …") names the issuer.
    issuer: [null, 'Council of the European Union', 'Council'],
    headings: [null, 'Next steps', 'Background'],
    counts: [3, 1, 1],
    first:
      'The Council today approved conclusions on water resilience, calling on member states to step up efforts to protect and restore water ecosystems.',
    last: 'Water resilience was identified as a priority of the presidency. The conclusions build on the discussions held at the informal meeting of environment ministers in May.',
    cruft: ['Press release', '10:30', 'Contact', 'Press office', 'Stay informed', 'cookies', 'Share on'],
  },
  'unnews.txt': {
    title: 'Guterres calls for restraint as tensions rise in the region',
    kind: 'news',
    language: 'en',
    date: '2025-04-02',
    issuer: 'UN News',
    headings: [null, 'Humanitarian concerns'],
    counts: [3, 2],
    first:
      'UN Secretary-General António Guterres on Wednesday urged all parties to exercise maximum restraint, warning that further escalation could have devastating consequences for civilians.',
    last: '“We are preparing for the worst while hoping for the best,” a WFP spokesperson said.',
    cruft: ['Related Stories', 'UN envoy briefs', 'Download the UN News app', 'Follow UN News', 'Peace and Security'],
  },
  'quaidorsay.txt': {
    title: "Déclaration conjointe des ministres des Affaires étrangères de la France et de l'Allemagne",
    kind: 'declaration',
    language: 'fr',
    date: '2025-02-03',
    place: 'Paris',
    // The ministers issued the declaration; the ministry only publishes it.
    issuer: [
      "Ministres des Affaires étrangères de la France et de l'Allemagne",
      "Ministère de l'Europe et des Affaires étrangères",
    ],
    headings: [null, '1. Une Europe plus forte', "2. Le soutien à l'Ukraine", '3. Le climat'],
    // The site's sentence introducing the declaration is not ¶ 1.
    counts: [0, 2, 1, 1],
    first:
      "La France et l'Allemagne réaffirment leur engagement en faveur d'une Union européenne plus souveraine, plus unie et plus démocratique. Nous soutiendrons les réformes nécessaires pour préparer l'élargissement.",
    last: 'Nous accélérerons la transition énergétique et soutiendrons les pays les plus vulnérables face aux effets du changement climatique.',
    cruft: ['Partager', 'Imprimer', 'Voir aussi', 'Relations franco-allemandes', "lettre d'information", 'Mentions'],
  },
  'wire-news.txt': {
    title: 'Fishing nations strike deal on Baltic cod quotas after all-night talks',
    kind: 'news',
    language: 'en',
    date: '2025-03-18',
    // A wire story's issuer is the agency; its dateline is read and cut from ¶ 1.
    place: 'Brussels',
    issuer: 'Reuters',
    headings: [null],
    counts: [6],
    first:
      'Eight countries bordering the Baltic Sea agreed early on Tuesday to cut cod catches by a fifth next year, ending two days of talks that diplomats said had come close to collapse.',
    last: 'Quota talks will resume in the autumn, when ministers are due to set limits for herring and sprat.',
    cruft: [
      'Read more',
      'EU lawmakers back',
      'Fishermen protest',
      'Most Read',
      'Oil prices rise',
      'Central bank',
      'Reporting by',
      'Our Standards',
      'limit of free articles',
      'REUTERS/',
      'Licensing',
      'By Jane Doe',
      'hours ago',
    ],
  },
  'lemonde-like.txt': {
    title: "Climat : les pays européens s'accordent sur un plan commun contre les sécheresses",
    kind: 'news',
    language: 'fr',
    date: '2025-03-12',
    issuer: 'Le Quotidien du Soir',
    headings: [null, 'Un financement encore incertain'],
    counts: [3, 2],
    first:
      "Réunis mercredi 12 mars à Lisbonne, les ministres de l'environnement de vingt-deux pays européens ont adopté une feuille de route commune pour faire face aux sécheresses, qui frappent désormais le continent presque chaque été.",
    last: "Plusieurs pays du Nord, moins touchés par la sécheresse, se sont montrés réticents à s'engager sur des transferts financiers.",
    cruft: [
      'Lire aussi',
      'Les agriculteurs face',
      'AFP',
      'Article réservé',
      'Il vous reste',
      'Publié le',
      'Claire Martin',
      'Abonnez-vous',
      'Temps de Lecture',
      'Offrir',
    ],
  },
  'leaders-communique.txt': {
    title: "Leaders' Communiqué",
    kind: 'declaration',
    language: 'en',
    date: '2025-06-15',
    place: 'Lakeshore',
    // The leaders issued the communiqué ("We, the Leaders …"); the presidency publishes it.
    issuer: 'Leaders of the Group of Seven',
    headings: [
      null,
      'Preamble',
      'Global economy',
      'Climate and energy',
      'Ukraine',
      'Artificial intelligence',
      'Conclusion',
    ],
    counts: [0, 2, 3, 3, 2, 2, 2],
    // Printed numbers are labels, not text.
    first:
      'We, the Leaders of the Group of Seven, met in Lakeshore from 13 to 15 June 2025 at a time of profound challenges to the international order. We are united by our shared values of freedom, democracy and respect for human rights.',
    last: 'We will meet again next year.',
    labels: ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12', '13', '14'],
    cruft: ['Download PDF', 'Related documents', "Chair's Summary", 'Fact sheet', 'Follow the Presidency'],
  },
  'bullets-statement.txt': {
    title: 'Joint Statement of the Nordic-Baltic Energy Ministers on Grid Security',
    kind: 'declaration',
    language: 'en',
    date: '2025-05-22',
    place: 'Vilnius',
    issuer: 'Nordic-Baltic Energy Forum Secretariat',
    headings: [null],
    counts: [10],
    first:
      'The energy ministers of Denmark, Estonia, Finland, Iceland, Latvia, Lithuania, Norway and Sweden met in Vilnius to discuss the security of electricity and gas infrastructure in the Baltic Sea region.',
    last: 'the Forum will report on the implementation of this statement at its next meeting in Reykjavik.',
    cruft: ['Share this page', 'Related news', 'Ministers meet in Tallinn', 'Source:', 'Home >', '•'],
  },
  'speech.txt': {
    title: "Minister's remarks at the opening of the Conference on Ocean Governance",
    kind: 'other',
    language: 'en',
    date: '2025-05-05',
    place: 'Halifax',
    issuer: 'The Minister of Oceans and External Relations',
    headings: [null],
    counts: [10],
    first: 'Thank you, Madam Chair.',
    last: 'Thank you.',
    cruft: [
      'Check against delivery',
      'Delivered on',
      'Speaker:',
      'Related links',
      'Minister announces',
      'Date modified',
    ],
  },
  'title-twice.txt': {
    title: 'Ministers launch joint critical minerals initiative',
    kind: 'declaration',
    language: 'en',
    date: '2025-02-10',
    place: 'Mexico City, Mexico',
    issuer: 'Department of Natural Resources',
    headings: [null, 'Quick facts'],
    counts: [4, 2],
    first:
      'Today, the ministers responsible for mining of Canada and Mexico launched a joint initiative to develop secure and sustainable supply chains for critical minerals in North America.',
    last: 'Trade in minerals and metals between the two countries exceeded $4 billion last year.',
    cruft: ['News release', 'Contacts', 'Media Relations', 'media@', 'Search for related', 'Page details'],
  },
  'communique-fr.txt': {
    title: 'Accord européen sur la protection des petits pêcheurs côtiers',
    kind: 'declaration',
    language: 'fr',
    // The first sentence dates the meeting ("le 3 avril"): it beats the page's "Publié le 4 avril".
    date: '2025-04-03',
    issuer: 'Ministère de la Mer et de la Pêche',
    headings: [null, 'Les mesures retenues', 'Prochaines étapes'],
    counts: [2, 2, 1],
    first:
      'Réunis à Luxembourg le 3 avril, les ministres européens chargés de la pêche ont adopté un accord destiné à soutenir les petits pêcheurs côtiers face à la hausse des coûts et à la raréfaction de la ressource.',
    last: "La Commission européenne présentera d'ici l'été les textes d'application, qui seront soumis au Parlement européen.",
    cruft: ['Communiqué de presse', 'Télécharger', 'Contact presse', 'Voir aussi', 'Partager', 'Source'],
  },
  'news-article.html': {
    title: 'Arctic council agrees new search-and-rescue plan',
    kind: 'news',
    language: 'en',
    date: '2025-05-21',
    issuer: 'The Polar Gazette',
    headings: [null, 'Shared rescue centres'],
    counts: [2, 3],
    first:
      'Ministers from the eight Arctic states agreed on Wednesday to pool ships, aircraft and rescue centres under a single search-and-rescue plan for the region.',
    last: 'Officials said the first joint exercise under the plan would take place in September.',
    cruft: ['By Ingrid Larsen', 'Photo:', 'Read more', 'Cruise traffic', 'Subscribe', 'World', 'Follow'],
  },
  'long-declaration.txt': {
    title: 'Vienna Declaration on the Future of Inland Navigation in Europe',
    kind: 'declaration',
    language: 'en',
    date: '2025-04-04',
    place: 'Vienna',
    issuer: 'Ministry of Transport and Waterways',
    headings: [
      null,
      'Safety of navigation',
      'Infrastructure and maintenance',
      'Environment and climate',
      'Digital services',
      'Labour and qualifications',
      'Financing and governance',
    ],
    // The site's sentence introducing the declaration is not ¶ 1.
    counts: [1, 10, 9, 9, 9, 9, 9],
    first:
      'Inland navigation carries hundreds of millions of tonnes of goods every year on European rivers and canals. It is safe, energy-efficient and essential to the industries and ports of our countries.',
    last: 'We call for common standards for the review of this declaration in 2030, in close cooperation with the European Union and the competent international organisations.',
    cruft: ['Print this page', 'Related declarations', 'Danube Navigation 2018', 'Deutsch'],
  },
};

describe('unseen page shapes', () => {
  for (const [file, want] of Object.entries(CASES)) {
    describe(file, () => {
      it('has the expected metadata', async () => {
        const d = await load(file);
        expect(d.title).toBe(want.title);
        expect(d.kind).toBe(want.kind);
        expect(d.language).toBe(want.language);
        expect(d.date).toBe(want.date);
        if (want.place !== undefined) expect(d.place).toBe(want.place);
        if (Array.isArray(want.issuer)) expect(want.issuer).toContain(d.issuer);
        else expect(d.issuer).toBe(want.issuer);
      });

      it('has the expected sections and paragraphs, numbered 1..n', async () => {
        const d = await load(file);
        expect(d.sections.map((s) => s.heading)).toEqual(want.headings);
        expect(d.sections.map((s) => s.paragraphs.length)).toEqual(want.counts);
        const all = d.sections.flatMap((s) => s.paragraphs);
        expect(all.map((p) => p.n)).toEqual(all.map((_, i) => i + 1));
        expect(all[0]?.text).toBe(want.first);
        expect(all.at(-1)?.text).toBe(want.last);
        if (want.labels) expect(all.map((p) => p.label)).toEqual(want.labels);
      });

      it('keeps no cruft', async () => {
        const d = await load(file);
        const texts = [
          ...d.sections.map((s) => s.heading ?? ''),
          ...d.sections.flatMap((s) => s.paragraphs.map((p) => p.text)),
        ];
        for (const cruft of want.cruft) {
          for (const text of texts) expect(text, `"${cruft}" in "${text}"`).not.toContain(cruft);
        }
        // The title is not repeated as the first paragraph or a heading.
        expect(texts).not.toContain(d.title);
      });
    });
  }
});
