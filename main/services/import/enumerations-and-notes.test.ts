/**
 * Shapes of real official texts the import got wrong, on fixtures of our own, each mechanism on
 * two different texts (English and French): a resolution hard-wrapped as a PDF's text dump, an
 * ordered list whose lettered items hold words menus use, superscript footnotes without links,
 * and the site's sentence saying the text follows.
 */
import { describe, expect, it } from 'vitest';
import { importDocument } from './index.ts';

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

async function imported(fileName: string, text: string) {
  const { document } = await importDocument({ fileName, bytes: encode(text) });
  const paragraphs = document.sections.flatMap((s) => s.paragraphs);
  return {
    document,
    labels: paragraphs.map((p) => p.label ?? String(p.n)),
    texts: paragraphs.map((p) => p.text),
  };
}

describe('a resolution hard-wrapped as text', () => {
  it('splits preambular and operative paragraphs that the wrap ran together (English)', async () => {
    const text = [
      'Resolution adopted by the General Assembly on 3 December 2025',
      '',
      '80/55. Protection of civilians in urban conflict',
      '',
      'The General Assembly,',
      'Reaffirming the obligation of all parties to armed conflict to comply with',
      'international humanitarian law,',
      'Deeply concerned by the use of explosive weapons in populated areas and its',
      'lasting harm to water, power and health systems,',
      'Mindful of the work of humanitarian organizations in restoring essential',
      'services,',
      '1. Calls upon all parties to take constant care to spare civilians and',
      'civilian objects;',
      '2. Encourages Member States to share good practices, including on:',
      '(a) The protection of hospitals and schools;',
      '(b) The clearance of explosive remnants of war;',
      '3. Decides to remain seized of the matter.',
    ].join('\n');
    const { labels, texts } = await imported('resolution.txt', text);
    expect(labels).toEqual(['PP1', 'PP2', 'PP3', '1', '2', '2(a)', '2(b)', '3']);
    expect(texts[1]).toBe(
      'Deeply concerned by the use of explosive weapons in populated areas and its lasting harm to water, power and health systems,',
    );
    expect(texts[3]).toBe('Calls upon all parties to take constant care to spare civilians and civilian objects;');
  });

  it('does the same with French participles and a wrap at another width', async () => {
    const text = [
      'Résolution adoptée par l’Assemblée générale le 3 décembre 2025',
      '',
      'Coopération régionale en matière de gestion des bassins fluviaux',
      '',
      'L’Assemblée générale,',
      'Rappelant sa résolution sur l’eau et l’assainissement et les engagements pris lors de la',
      'conférence de 2023,',
      'Considérant que les bassins partagés exigent une coopération entre États riverains,',
      'Préoccupée par la fréquence accrue des sécheresses et des crues dans plusieurs régions du',
      'monde,',
      '1. Invite les États Membres à conclure des accords de bassin lorsqu’il n’en existe pas',
      'encore ;',
      '2. Prie le Secrétaire général de lui présenter un rapport à sa quatre-vingt-deuxième',
      'session.',
    ].join('\n');
    const { labels, texts } = await imported('resolution-fr.txt', text);
    expect(labels).toEqual(['PP1', 'PP2', 'PP3', '1', '2']);
    expect(texts[2]).toBe(
      'Préoccupée par la fréquence accrue des sécheresses et des crues dans plusieurs régions du monde,',
    );
  });

  it('keeps a wrapped sentence whole when a line ends with a comma before an ordinary word', async () => {
    const text = [
      'Joint statement on river transport',
      '',
      'The ministers met in Rotterdam on 4 May 2025 with the delegations of Norway, Iceland,',
      'United Kingdom ports and the digital services that connect them to the rail network.',
      'They agreed to meet again next year in Basel to assess the progress made on all fronts.',
      'Officials will report on the funding of the new lock at the border before the meeting.',
    ].join('\n');
    const { texts } = await imported('statement.txt', text);
    expect(texts[0]).toMatch(/Norway, Iceland, United Kingdom ports and the digital services/);
  });
});

describe('an ordered list whose items hold words menus use', () => {
  it('keeps lettered items that begin "share" or "contact", and the items after them', async () => {
    const html = `<html lang="en"><body><nav><a href="/">Home</a> <a href="/news">News</a></nav><main>
      <h1>Statement of the Coastal Forum</h1>
      <ol>
        <li>The members of the Forum met in Halifax to discuss the safety of fishing crews at sea.</li>
        <li>They agreed to:
          <ol type="a"><li>share weather warnings with every port authority;</li>
          <li>contact vessels in distress on one common channel;</li>
          <li>train crews in the use of survival suits.</li></ol></li>
        <li>The Forum will meet again in the autumn to review these measures.</li>
      </ol><p>Share this page</p></main></body></html>`;
    const { labels, texts } = await imported('forum.html', html);
    expect(labels).toEqual(['1', '2', '2(a)', '2(b)', '2(c)', '3']);
    expect(texts[2]).toBe('share weather warnings with every port authority;');
    expect(texts.some((t) => /Share this page/.test(t))).toBe(false);
  });

  it('does the same in French, with « partager » and « s’abonner » in the items', async () => {
    const html = `<html lang="fr"><body><header><a href="/">Accueil</a> <a href="/presse">Presse</a></header><main>
      <h1>Déclaration des ministres de la Santé</h1>
      <ol>
        <li>Les ministres se sont réunis à Genève pour examiner la préparation aux pandémies.</li>
        <li>Ils se sont engagés à :
          <ol type="a"><li>partager sans délai les séquences génétiques des nouveaux agents ;</li>
          <li>s’abonner au registre commun des essais cliniques ;</li></ol></li>
        <li>Ils feront le point sur ces engagements lors de leur prochaine réunion.</li>
      </ol><p>Partager : Facebook X</p></main></body></html>`;
    const { labels, texts } = await imported('sante.html', html);
    expect(labels).toEqual(['1', '2', '2(a)', '2(b)', '3']);
    expect(texts[3]).toBe('s’abonner au registre commun des essais cliniques ;');
  });
});

describe('superscript footnotes without links', () => {
  it('takes the note out of the text and keeps it with the paragraph that calls it', async () => {
    const html = `<html lang="en"><body><main><h1>Conclusions on river freight</h1>
      <p>1. The Council notes that barges carry a growing share of bulk freight<sup>1</sup>.</p>
      <p>2. The Council invites the Commission to report on lock capacity by 2027<sup>2</sup>.</p>
      <hr><p><sup>1</sup> Figures of the 2024 freight survey.</p><p><sup>2</sup> Including locks on border rivers.</p>
      </main></body></html>`;
    const { document, labels, texts } = await imported('conclusions.html', html);
    expect(labels).toEqual(['1', '2']);
    expect(texts[0]).toBe('The Council notes that barges carry a growing share of bulk freight.');
    const paragraphs = document.sections.flatMap((s) => s.paragraphs);
    expect(document.notes?.map((n) => [paragraphs.findIndex((p) => p.id === n.paragraphId), n.text])).toEqual([
      [0, 'Figures of the 2024 freight survey.'],
      [1, 'Including locks on border rivers.'],
    ]);
  });

  it('does the same in French, and leaves a superscript that calls no note (an ordinal) alone', async () => {
    const html = `<html lang="fr"><body><main><h1>Communiqué sur le fret fluvial</h1>
      <p>Les ministres ont salué la hausse du trafic sur le Rhin<sup>*</sup>, la plus forte depuis dix ans.</p>
      <p>Ils se retrouveront le 1<sup>er</sup> juin pour la suite des travaux sur les écluses.</p>
      <p><sup>*</sup> Selon les chiffres de la commission centrale.</p></main></body></html>`;
    const { document, texts } = await imported('fret.html', html);
    expect(texts).toEqual([
      'Les ministres ont salué la hausse du trafic sur le Rhin, la plus forte depuis dix ans.',
      'Ils se retrouveront le 1er juin pour la suite des travaux sur les écluses.',
    ]);
    expect(document.notes?.map((n) => n.text)).toEqual(['Selon les chiffres de la commission centrale.']);
  });
});

describe('the site’s sentence saying the text follows', () => {
  it('is no paragraph of the document, in English or in French', async () => {
    const en = await imported(
      'en.html',
      `<html lang="en"><body><main><h1>Conclusions on coastal erosion</h1>
       <p>The Council adopted conclusions on coastal erosion at its meeting today. The text of the conclusions is reproduced below.</p>
       <p>1. The Council stresses that coastal erosion threatens homes and infrastructure in many regions.</p>
       <p>2. The Council calls for shared monitoring of shorelines across the Union.</p></main></body></html>`,
    );
    expect(en.labels).toEqual(['1', '2']);
    const fr = await imported(
      'fr.html',
      `<html lang="fr"><body><main><h1>Conclusions sur l’érosion côtière</h1>
       <p>Le Conseil a adopté aujourd’hui des conclusions sur l’érosion côtière. Le texte des conclusions est reproduit ci-après.</p>
       <p>1. Le Conseil souligne que l’érosion côtière menace les habitations et les infrastructures.</p>
       <p>2. Le Conseil appelle à une surveillance commune du littoral dans toute l’Union.</p></main></body></html>`,
    );
    expect(fr.labels).toEqual(['1', '2']);
  });
});
