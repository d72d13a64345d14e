/**
 * Messages français de l’hôte de services, des tâches longues et de l’entretien en arrière-plan
 * (voir en.scale.ts).
 */
import type { Widen } from './en.ts';
import type { enScale } from './en.scale.ts';

export const frScale: Widen<typeof enScale> = {
  maintenance: {
    damaged:
      'Précis a trouvé des dommages dans votre bibliothèque en la vérifiant en arrière-plan. Vos documents y sont toujours\u00a0: sauvegardez ce dont vous avez besoin, puis restaurez la dernière sauvegarde (precis backups, precis restore). Les détails sont dans {{path}}.',
  },
  serviceHost: {
    restarted:
      'Précis a dû redémarrer son service de bibliothèque; cette action n’a donc pas abouti. Réessayez; si cela se reproduit, les détails sont dans le journal (precis.log).',
    unavailable:
      'Le service de bibliothèque de Précis s’est arrêté plusieurs fois de suite et n’a pas été redémarré. Quittez Précis et rouvrez-le; les détails sont dans le journal (precis.log).',
  },
  tasks: {
    cancelled: 'Annulé.',
  },
  documentChoices: {
    find: 'Affiner la liste',
    placeholder: 'Tapez des mots d’un titre…',
    some_one:
      'Les {{shown}} plus récents de {{count}} document\u00a0: tapez des mots de son titre pour trouver les autres.',
    some_other:
      'Les {{shown}} plus récents de {{count}} documents\u00a0: tapez des mots d’un titre pour trouver les autres.',
    none: 'Aucun titre de document ne contient ces mots.',
  },
};
