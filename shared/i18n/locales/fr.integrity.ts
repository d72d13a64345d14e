/**
 * Messages français des citations par identité, des versions sur preuve et de la restauration
 * (voir en.integrity.ts).
 */
import type { Widen } from './en.ts';
import type { enIntegrity } from './en.integrity.ts';

export const frIntegrity: Widen<typeof enIntegrity> = {
  citation: {
    change: {
      merged: 'paragraphe fusionné — à revoir',
      split: 'paragraphe scindé — à revoir',
      removed: 'paragraphe retiré — à revoir',
    },
    explain: {
      merged:
        'La structure de la source a été corrigée\u00a0: le paragraphe cité fait maintenant partie d’un paragraphe plus long ({{citation}}).',
      split:
        'La structure de la source a été corrigée\u00a0: le paragraphe cité est maintenant réparti sur plusieurs ({{citation}}).',
      removed: 'La structure de la source a été corrigée\u00a0: le paragraphe cité n’en est plus un paragraphe.',
    },
    versionExplain: {
      merged: 'Dans la version {{version}}, le paragraphe cité fait partie d’un paragraphe plus long ({{citation}}).',
      split: 'Dans la version {{version}}, les mots cités s’étendent sur plusieurs paragraphes ({{citation}}).',
    },
    updateToCurrent: 'Reprendre le texte actuel',
    keepOldWording: 'Garder l’ancien libellé',
    repick: 'Choisir de nouveau',
    nowReads: 'Le paragraphe se lit maintenant ainsi\u00a0:',
    findStatus: '{{paragraph}} · {{index}} sur {{count}} paragraphes',
    errors: {
      changed: '{{title}}\u00a0: {{change}}. Ouvrez la trousse et choisissez ce que l’élément cite maintenant.',
      newest: {
        changed:
          'La version {{version}} de « {{title}} » formule autrement le {{cited}} de la version {{from}} ({{now}}) : choisissez de nouveau les paragraphes dans la version {{version}}, ou gardez cet élément sur la version {{from}}.',
        merged:
          'Dans la version {{version}} de « {{title}} », le {{cited}} de la version {{from}} fait partie d’un paragraphe plus long ({{now}}) : choisissez de nouveau les paragraphes dans la version {{version}}, ou gardez cet élément sur la version {{from}}.',
        split:
          'Dans la version {{version}} de « {{title}} », le {{cited}} de la version {{from}} est réparti sur plusieurs paragraphes ({{now}}) : choisissez de nouveau les paragraphes dans la version {{version}}, ou gardez cet élément sur la version {{from}}.',
        removed:
          'La version {{version}} de « {{title}} » n’a plus le {{cited}} de la version {{from}} : gardez cet élément sur la version {{from}}, ou choisissez d’autres paragraphes.',
      },
      noSuchParagraphId:
        '«\u00a0{{title}}\u00a0» n’a pas ces paragraphes (ils ont peut-être été fusionnés ou scindés)\u00a0: choisissez-les de nouveau.',
    },
  },
  versions: {
    question:
      'Ceci semble être une nouvelle version de «\u00a0{{title}}\u00a0» (version {{version}})\u00a0: {{share}} des paragraphes sont identiques.',
    newVersion: 'Nouvelle version',
    separate: 'Document distinct',
    linked: '«\u00a0{{title}}\u00a0» est maintenant la version {{version}} de son document.',
    keptSeparate: 'Conservé comme document distinct.',
    cliEvidence: 'Version {{version}} de {{previous}}\u00a0: {{share}} des paragraphes sont identiques.',
    cliUserSaid: 'Version {{version}} de {{previous}}, comme vous l’avez indiqué (--version-of).',
    cliPossible:
      'Il pourrait s’agir d’une nouvelle version de {{previous}} «\u00a0{{title}}\u00a0» ({{share}} des paragraphes sont identiques). Pour en faire une version\u00a0: precis import {{file}} --version-of {{previous}}',
    errors: {
      sameSeries: 'Ce document est déjà une version du même document.',
      hasVersions: 'Ce document a ses propres versions\u00a0: il ne peut pas devenir la version d’un autre.',
      both: '--version-of et --new-document s’excluent mutuellement.',
    },
  },
  restore: {
    copyFailed:
      'La bibliothèque n’a pas pu être copiée avant la restauration ({{detail}})\u00a0: rien n’a été restauré ni modifié.',
    upgradeFailed:
      'La sauvegarde provient d’une version antérieure de Précis (schéma {{schema}}) et n’a pas pu être mise à jour ({{detail}})\u00a0; la bibliothèque qu’elle devait remplacer a été remise en place.',
  },
  packReview: {
    label: '{{label}} — {{change}}',
    update: 'Citer les paragraphes actuels',
    repick: 'Choisir de nouveau',
  },
};
