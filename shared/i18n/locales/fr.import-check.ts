/** Messages en français du contrôle de l’import (voir en.import-check.ts). */
import type { Widen } from './en.ts';
import type { enImportCheck } from './en.import-check.ts';

export const frImportCheck: Widen<typeof enImportCheck> = {
  importCheck: {
    label: 'Contrôle de l’import',
    intro:
      'Précis n’est pas sûr d’avoir bien lu ce document. Vérifiez le titre, la date, l’émetteur et le début du ¶ 1.',
    title: 'Titre',
    date: 'Date',
    issuer: 'Émetteur',
    none: 'non trouvé',
    startsWith: 'Le ¶ {{label}} commence ainsi : {{text}}',
    thisIsTheTitle: 'C’est le titre',
    startsHere: 'Le document commence ici',
    drop: 'Ne fait pas partie du document',
    looksRight: 'C’est correct',
    closeCheck: 'Fermer le contrôle de l’import',
    undoFix: 'Annuler la dernière correction',
    madeTitle: '« {{text}} » est maintenant le titre.',
    started: 'Le document commence maintenant à « {{text}} ».',
    dropped: 'Retiré du document et mis de côté : « {{text}} ».',
    restored: 'Remis en place.',
    confirmed: 'Import vérifié.',
    unsure: 'incertain',
    keptAside: 'Mis de côté ({{count}})',
    keptAsideHelp: 'Blocs retirés du document. Remettez-en un en place pour le numéroter de nouveau.',
    putBack: 'Remettre en place',
    reasons: {
      'not-document': 'ne fait pas partie du document',
      title: 'devenu le titre',
      start: 'avant le début',
    },
    errors: {
      nothingToDrop: 'Choisissez un paragraphe ou un intertitre à retirer du document.',
      titleNeedsOneBlock: 'Choisissez un seul paragraphe ou intertitre comme titre.',
      noSuchGroup: 'Rien n’est mis de côté sous cet identifiant pour ce document.',
      wouldBeEmpty: 'Un document doit garder au moins un paragraphe : ceci les retirerait tous.',
    },
  },
};
