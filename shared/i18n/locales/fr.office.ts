/** Messages français de l’issue 18 : les versions bien visibles et le PDF prêt à classer. */
export const frOffice = {
  office: {
    sampleTrackingNumber: 'NB-{{year}}-0142',
    versions: {
      label: 'v{{version}}',
      labelDated: 'v{{version}}, {{date}}',
      newest: 'la plus récente',
      older: 'version antérieure',
      newerExists: 'Il existe une version plus récente de ce document\u00a0: version {{version}}, {{date}}.',
      newerExistsUndated: 'Il existe une version plus récente de ce document\u00a0: version {{version}}.',
      openNewest: 'Ouvrir la version la plus récente',
      itemOlder: 'Cite la version {{version}} ; la version {{newest}} est plus récente.',
      useNewest: 'Utiliser la plus récente',
      usedNewest: 'Cite maintenant la version {{version}}.',
    },
  },
  decisionBlock: {
    button: 'Décision',
    legend: 'Décision',
    insert: 'Insérer un bloc de décision',
    insertHint: 'Bloc de décision : Approuvé / Non approuvé / À discuter, avec lignes de signature et de date',
  },
};
