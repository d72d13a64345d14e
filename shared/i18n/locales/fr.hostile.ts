/**
 * Messages français pour les états hostiles et les pannes : commentaires refusés par l’API, vues
 * en échec, archives et fichiers de bibliothèque que Précis n’adopte pas, bibliothèques en
 * lecture seule, disques pleins et mode navigateur redémarré. Intégré à fr.ts.
 */
import type { Widen } from './en.ts';
import type { enHostile } from './en.hostile.ts';

export const frHostile: Widen<typeof enHostile> = {
  hostile: {
    viewFailed: 'Impossible d’afficher {{view}}.',
    viewFailedHelp:
      'Le reste de Précis fonctionne toujours : choisissez un autre document ou une autre vue dans la barre latérale, ou réessayez celle-ci.',
    viewFailedDetail: 'Ce qui s’est produit : {{detail}}',
    viewRetry: 'Réessayer',
    views: {
      library: 'la bibliothèque',
      reader: 'le document',
      annotations: 'le panneau des annotations',
      notes: 'la vue des notes de breffage',
      packs: 'la vue des dossiers d’information',
      search: 'la recherche',
      quotes: 'la vérification des citations',
      sidebar: 'la barre latérale',
    },
    commentTooDeep:
      'Ce commentaire est trop imbriqué (plus de {{max}} niveaux de listes et de liens). Aplatissez ses listes et enregistrez-le de nouveau.',
    commentNotLexical:
      'Ce commentaire n’est pas dans le format de l’éditeur de commentaires; il ne peut pas être enregistré.',
  },
};
