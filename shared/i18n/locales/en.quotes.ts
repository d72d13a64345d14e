/** English messages of the quote check's verdict legend (issue 14); en.ts spreads them in. */
export const enQuotes = {
  quoteVerdicts: {
    legend: 'What the verdicts mean',
    exact: 'the same words; only typography, case or spacing differ.',
    minor:
      'spelling (British/American), punctuation, articles, a number written another way, or an omission marked “…”.',
    paraphrase:
      'the same meaning in other forms: pronouns and function words, other forms of the same word, word order, abbreviations, dropped words that change nothing below.',
    reworded:
      'content words changed in a way Précis cannot vouch for (perhaps a faithful synonym): read the changed words against the source.',
    divergent:
      'what the source commits to has changed: a number, a negation, a modal or commitment verb (may → will, consider → decide), the tense (will → did), an actor, a qualifier of strength (fully, all, some), or a list cut short.',
    'not-found': 'not in the sources checked (or translated from another language).',
  },
};
