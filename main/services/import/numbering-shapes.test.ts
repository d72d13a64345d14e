/**
 * The numbering mechanisms added for issue 13's unseen shapes, each on small fixtures of our own:
 * markers alone in their block, clauses ending in ";" as text, numbers in a table cell, French
 * "a)" items, `<ol start>` runs broken by a continuation, a numbered heading right under a list,
 * the closing formula of a signed text, and more.
 */
import { describe, expect, it } from 'vitest';
import { block } from './blocks.ts';
import { features, score } from './cruft.ts';
import { isEnacting } from './front-matter.ts';
import { importDocument } from './index.ts';
import { attachLoneMarkers } from './numbering.ts';

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

async function labelled(fileName: string, text: string): Promise<Array<[string, string]>> {
  const { document } = await importDocument({ fileName, bytes: encode(text) });
  return document.sections.flatMap((s) => s.paragraphs.map((p): [string, string] => [p.label ?? String(p.n), p.text]));
}

describe('numbering shapes', () => {
  it('joins a marker alone in its block to the text after it, and nothing else', () => {
    const joined = attachLoneMarkers([block('1.'), block('The parties agree.'), block('b)'), block('to meet yearly;')]);
    expect(joined.map((b) => [b.marker, b.text])).toEqual([
      ['1', 'The parties agree.'],
      ['b', 'to meet yearly;'],
    ]);
    // A bare number in a span of its own, as some sites print it.
    expect(attachLoneMarkers([block('12'), block('We agree.')]).map((b) => b.marker)).toEqual(['12']);
    // Two markers in a row, a marker before a numbered text, or a heading: left as they are.
    const kept = attachLoneMarkers([block('2.'), block('3. Text that has its own number.'), block('4', 'heading')]);
    expect(kept.map((b) => b.text)).toEqual(['2.', '3. Text that has its own number.', '4']);
    expect(kept.every((b) => b.marker === undefined)).toBe(true);
  });

  it('scores a clause that runs on with ";" or "," as text, not as a long unpunctuated line', () => {
    const clause = block('Urges the participating States to investigate every attack on a reporter promptly;');
    expect(score(clause, features(clause), undefined)).toBeGreaterThan(0);
    const preamble = block('Recalling the commitments of the States on the free flow of information across borders,');
    expect(score(preamble, features(preamble), undefined)).toBeGreaterThan(0);
    const menu = block('Home News Documents Contact Careers Procurement Privacy Terms of use Accessibility Sitemap');
    expect(score(menu, features(menu), undefined)).toBeLessThan(0);
  });

  it('reads numbers and French letters printed in a cell of their own (HTML table)', async () => {
    const rows = [
      ['1.', 'Les ministres se sont réunis à Québec pour examiner la coopération régionale en matière de transport.'],
      ['2.', 'Ils ont adopté les décisions suivantes :'],
      ['a)', 'la création d’un guichet unique pour les permis de transport ;'],
      ['b)', 'la publication annuelle d’un bilan commun des échanges.'],
      ['3.', 'Ils se réuniront de nouveau l’an prochain pour faire le point sur ces travaux.'],
    ];
    const html = `<html lang="fr"><body><h1>Communiqué des ministres</h1><table>${rows.map(([n, t]) => `<tr><td>${n}</td><td><p>${t}</p></td></tr>`).join('')}</table></body></html>`;
    const paragraphs = await labelled('communique.html', html);
    expect(paragraphs.map(([label]) => label)).toEqual(['1', '2', '2(a)', '2(b)', '3']);
    expect(paragraphs[2]?.[1]).toBe('la création d’un guichet unique pour les permis de transport ;');
  });

  it('counts on across an <ol start> run that a continuation paragraph broke', async () => {
    const html = `<html><body><h1>Declaration on rivers</h1>
<p>We, the ministers responsible for water, meeting in Geneva on 3 March 2025,</p>
<ol><li>Recognize that shared rivers can build trust between neighbouring States;</li><li>Call for the exchange of flood data in real time between basin authorities;</li></ol>
<p>In this regard, we welcome the offer of two basin commissions to host joint stations.</p>
<ol start="3"><li>Decide to meet again in two years to review what has been done;</li></ol></body></html>`;
    const paragraphs = await labelled('rivers.html', html);
    expect(paragraphs.map(([label]) => label)).toEqual(['PP1', '1', '2', '2', '3']);
  });

  it('keeps a numbered heading printed right under a list, in a page dump', async () => {
    const text = [
      'Joint statement on coastal parks',
      '',
      '1. Context',
      '',
      'The two governments manage neighbouring coastal parks that share wildlife and visitors.',
      'They agree on the following priorities:',
      '- shared monitoring of seabird colonies;',
      '- common rules for guided boat tours.',
      '2. Follow-up',
      '',
      'Officials will meet twice a year and report to ministers on the progress made.',
    ].join('\n');
    const { document } = await importDocument({ fileName: 'parks.txt', bytes: encode(text) });
    expect(document.sections.map((s) => s.heading)).toContain('2. Follow-up');
    expect(document.sections.flatMap((s) => s.paragraphs.map((p) => p.text))).not.toContain('2. Follow-up');
  });

  it('ends the text with its dated closing formula: the signature lines after it are no text', async () => {
    for (const [closing, signature] of [
      ['Done at Ottawa, 3 June 2025, in two originals', 'For the first Government — For the second Government'],
      ['Fait à Dakar, le 12 juin 2025, en un exemplaire original', 'Pour la Conférence, la présidente de séance'],
    ]) {
      const text = [
        'Declaration of intent on young professionals',
        '',
        '1. The participants will make it easier for young graduates to work in each other’s country.',
        '',
        '2. Each participant names a contact point for candidates and employers.',
        '',
        '3. The participants meet once a year to review how the programme works.',
        '',
        closing,
        '',
        signature,
      ].join('\n');
      const paragraphs = await labelled('intent.txt', text);
      expect(paragraphs).toEqual([
        ['1', 'The participants will make it easier for young graduates to work in each other’s country.'],
        ['2', 'Each participant names a contact point for candidates and employers.'],
        ['3', 'The participants meet once a year to review how the programme works.'],
        ['3', closing],
      ]);
    }
  });

  it('reads a time stamp ending in "p.m." as a date line, and the French press disclaimer as a notice', () => {
    const stamp = block('June 2, 2025 4:47 p.m.');
    expect(features(stamp).dateish).toBe(true);
    expect(features(block('November 9, 2025 11:05 a.m.')).dateish).toBe(true);
    expect(features(block('The vote was held on June 2, 2025 at 4 p.m.')).dateish).toBe(false);
    expect(features(block('À l’usage des médias ; ne constitue pas un document officiel.')).notice).toBe(true);
    expect(features(block('For information media. Not an official record.')).notice).toBe(true);
  });

  it('knows an enacting formula typed in capitals', () => {
    expect(isEnacting('THE JOINT COMMITTEE,')).toBe(true);
    expect(isEnacting('LE CONSEIL DES MINISTRES,')).toBe(true);
    expect(isEnacting('The Ministerial Council,')).toBe(true);
    expect(isEnacting('HAS DECIDED AS FOLLOWS:')).toBe(false);
  });

  it('reads "Article 1er", "Article 2" as headings over unnumbered paragraphs', async () => {
    const text = [
      'Déclaration d’intention sur la coopération muséale',
      '',
      'Article 1er',
      '',
      'Les Participants favorisent les prêts d’œuvres entre leurs musées nationaux.',
      '',
      'Article 2',
      '',
      'Ils encouragent les échanges de conservateurs et de restaurateurs.',
    ].join('\n');
    const { document } = await importDocument({ fileName: 'musees.txt', bytes: encode(text) });
    expect(document.sections.map((s) => s.heading).filter(Boolean)).toEqual(['Article 1er', 'Article 2']);
    expect(document.sections.flatMap((s) => s.paragraphs.map((p) => p.n))).toEqual([1, 2]);
  });

  it('breaks a <div> of text at a single <br> before a numbered line, and reads "2.We" as numbered', async () => {
    const html =
      '<html><body><h1>Statement on ports</h1><div>1. We, the ministers, met in Halifax to discuss the security of ports.<br>' +
      '2. We will share information on threats between port authorities and coast guards, including:<br>' +
      '(a) a common reporting format;<br>(b) a contact list kept up to date<br>for every terminal.<br>' +
      '3. We will meet again next year to review progress.</div></body></html>';
    const paragraphs = await labelled('ports.html', html);
    expect(paragraphs.map(([label]) => label)).toEqual(['1', '2', '2(a)', '2(b)', '3']);
    // A <br> inside a sentence is only a line break.
    expect(paragraphs[3]?.[1]).toBe('a contact list kept up to date for every terminal.');
    const tight = await labelled(
      'ports.txt',
      'Statement on ports\n\n1.We met in Halifax to discuss the security of ports.\n\n2.We will meet again next year.\n',
    );
    expect(tight).toEqual([
      ['1', 'We met in Halifax to discuss the security of ports.'],
      ['2', 'We will meet again next year.'],
    ]);
  });
});
