/** Messages français de la légende des verdicts de la vérification des citations (issue 14). */
export const frQuotes = {
  quoteVerdicts: {
    legend: 'Ce que signifient les verdicts',
    exact: 'les mêmes mots ; seules la typographie, la casse ou les espaces diffèrent.',
    minor:
      'orthographe (britannique/américaine), ponctuation, articles, nombre écrit autrement, ou omission signalée par « … ».',
    paraphrase:
      'le même sens sous une autre forme : pronoms et mots outils, autre forme du même mot, ordre des mots, abréviations, mots omis qui ne changent rien de ce qui suit.',
    reworded:
      'des mots de contenu ont changé sans que Précis puisse s’en porter garant (peut-être un synonyme fidèle) : comparez les mots changés à la source.',
    divergent:
      'ce à quoi la source engage a changé : un nombre, une négation, un verbe modal ou d’engagement (pourrait → va, étudier → décider), le temps (futur → passé), un acteur, un degré (pleinement, tous, certains) ou une liste tronquée.',
    'not-found': 'absente des sources vérifiées (ou traduite d’une autre langue).',
  },
};
