/**
 * Messages français pour les états hostiles et les pannes : commentaires refusés par l’API, vues
 * en échec, archives et fichiers de bibliothèque que Précis n’adopte pas, bibliothèques en
 * lecture seule, disques pleins et mode navigateur redémarré. Intégré à fr.ts.
 */
import type { Widen } from './en.ts';
import type { enHostile } from './en.hostile.ts';

export const frHostile: Widen<typeof enHostile> = {
  hostile: {
    export: {
      pdfSaveDialogTitle: 'Enregistrer le PDF',
      pdfFilter: 'Document PDF',
      pdfDownloadFailed: 'Le PDF n’a pas pu être téléchargé : exportez-le de nouveau.',
    },
    restarted: 'Précis a été redémarré : ouvrez la nouvelle adresse qu’il a affichée.',
    recovery: {
      title: 'Précis ne peut pas ouvrir votre bibliothèque',
      headline: {
        'newer-version': 'Votre bibliothèque a été enregistrée par une version plus récente de Précis',
        corrupt: 'Le fichier de votre bibliothèque est endommagé',
        foreign: 'Ce dossier contient un fichier qui n’est pas une bibliothèque Précis',
        unwritable: 'Précis ne peut pas écrire dans votre bibliothèque',
        unreadable: 'Précis ne peut pas lire votre bibliothèque',
      },
      unchanged: 'Précis n’a pas modifié le fichier. Vous pouvez :',
      restoreLead: 'Restaurer une sauvegarde.',
      restoreHow: 'Arrêtez le mode navigateur (Ctrl+C), puis lancez :',
      restoreNewest:
        'C’est la sauvegarde la plus récente ({{when}}). Le fichier actuel est conservé dans le dossier des sauvegardes. Autres sauvegardes :',
      noBackup: 'Il n’existe aucune sauvegarde de cette bibliothèque à restaurer.',
      readOnlyLead: 'L’ouvrir en lecture seule',
      readOnlyHow: 'pour la lire, y chercher et en exporter le contenu. Arrêtez le mode navigateur, puis lancez :',
      otherLead: 'Utiliser un autre dossier.',
      otherHow: 'Arrêtez le mode navigateur, puis lancez (avec le dossier de votre choix) :',
      otherFolder: 'AUTRE-DOSSIER',
    },
    diskFull:
      'Le disque est plein; Précis n’a donc pas pu enregistrer. Rien n’a été modifié. Libérez de l’espace sur le disque qui contient la bibliothèque, puis réessayez.',
    internalNoLog:
      'Précis a rencontré une erreur inattendue. Rien n’a été modifié. Les détails n’ont pas pu être écrits dans le journal non plus : le disque est-il plein, ou le dossier de données en lecture seule?',
    store: {
      alteredBackup:
        '{{name}} a été modifié par un autre programme ({{objects}} : du code que Précis n’écrit pas, qui pourrait changer ce qui est enregistré ou affiché); ce n’est donc pas une sauvegarde que Précis peut restaurer.',
      altered:
        'La bibliothèque située à {{path}} a été modifiée par un autre programme ({{objects}} : du code que Précis n’écrit pas, qui pourrait changer ce qui est enregistré ou affiché).',
      newer:
        'La bibliothèque située à {{path}} a été écrite par une version plus récente de Précis (schéma {{schema}}; cette version connaît le {{latest}}). Mettez Précis à jour pour l’ouvrir; elle n’a pas été modifiée.',
      unreadable:
        'La bibliothèque située à {{path}} ne peut pas être lue ({{detail}}). Elle n’a pas été modifiée; restaurez une sauvegarde ou déplacez-la.',
      damaged: 'La bibliothèque située à {{path}} est endommagée ({{detail}}). Elle n’a pas été modifiée.',
      tooDamaged:
        'La bibliothèque située à {{path}} est trop endommagée pour être ouverte, même en lecture seule ({{detail}}). Restaurez une sauvegarde.',
      missing: 'Il n’y a aucune bibliothèque à {{path}}.',
      foreign:
        '{{path}} n’est pas une bibliothèque Précis (c’est la base de données SQLite d’un autre programme). Précis ne l’a pas modifiée : choisissez un autre dossier avec --store ou déplacez le fichier.',
      unwritable:
        'La bibliothèque située à {{path}} ne peut pas être modifiée ({{reason}}) : elle se trouve sur un support en lecture seule ou appartient à un autre utilisateur. Ouvrez-la en lecture seule (--read-only) pour la lire et en exporter le contenu.',
      cannotCreate:
        'Précis ne peut pas créer de bibliothèque dans {{folder}} ({{reason}}). Choisissez avec --store un dossier où vous pouvez écrire.',
      cannotReadHere:
        'La bibliothèque située à {{path}} ne peut pas être lue ici ({{detail}}). Vérifiez que cet utilisateur peut lire son dossier et ses fichiers.',
      adviceRestore:
        'Lancez `precis backups` pour lister les sauvegardes et `precis restore NOM` pour en restaurer une (le fichier actuel est conservé), ou ouvrez-la en lecture seule avec --read-only.',
    },
    archive: {
      noFile: 'Il n’y a aucun fichier à {{path}}.',
      notAnArchive: '{{path}} n’est pas une archive de bibliothèque Précis ({{detail}}).',
      noManifest: 'Ce fichier n’est pas une archive de bibliothèque Précis (il n’a pas de manifeste lisible).',
      damagedManifest: 'Le manifeste de l’archive est endommagé (table {{table}}).',
      newer:
        'Cette archive a été créée par une version plus récente de Précis (format {{format}}, schéma {{schema}}). Mettez Précis à jour pour l’importer.',
      notEmpty:
        'Cette bibliothèque n’est pas vide; y importer une archive mélangerait deux bibliothèques. Importez plutôt dans une nouvelle bibliothèque : `precis import-library FICHIER --store NOUVEAU-DOSSIER`.',
      incomplete: 'L’archive est incomplète : elle annonce {{listed}} lignes de {{table}}, mais en contient {{held}}.',
      unknownTables: 'L’archive contient des données que cette version de Précis ne connaît pas ({{tables}}).',
      brokenReferences: 'L’archive est incohérente (références rompues).',
      unknownField: 'L’archive contient un champ ({{table}}.{{column}}) que cette version de Précis ne connaît pas.',
      damaged: 'L’archive est endommagée : {{detail}}.',
      damagedRow: 'La ligne {{row}} de {{table}} dans l’archive est endommagée.',
      damagedValue: 'Une valeur de la ligne {{row}} de {{table}} dans l’archive est endommagée.',
      badRow: 'La ligne {{row}} de {{table}} dans l’archive n’est pas une ligne que Précis écrit ({{detail}}).',
      constraint: 'L’archive enfreint une règle de la bibliothèque ({{detail}}).',
      hashMismatch:
        'Le fichier original {{name}} dans l’archive ne correspond pas à son empreinte SHA-256 enregistrée : son contenu a été modifié; on ne peut donc pas se fier à l’archive.',
      fileReused:
        'La ligne {{row}} de {{table}} désigne le fichier {{name}}, qui appartient à une autre ligne ou est mal nommé.',
      unexpectedEntry: 'L’archive contient un fichier que Précis n’écrit pas ({{name}}).',
      bomb: '{{name}} dans l’archive prendrait {{ratio}} fois sa taille une fois décompressé : on dirait une bombe de décompression.',
      tooLarge:
        'L’archive prendrait {{expanded}} Mo une fois décompressée, plus que ce que permet une archive de cette taille ({{max}} Mo).',
      approvalsWithheld_one:
        '{{count}} approbation de l’archive n’a pas été conservée (une approbation relève du serveur de l’équipe, et n’importe qui peut écrire une archive) : l’élément est une ébauche ici. Rejoignez l’équipe pour la récupérer.',
      approvalsWithheld_other:
        '{{count}} approbations de l’archive n’ont pas été conservées (une approbation relève du serveur de l’équipe, et n’importe qui peut écrire une archive) : les éléments sont des ébauches ici. Rejoignez l’équipe pour les récupérer.',
    },
    zip: {
      tooLargeToWrite: 'la bibliothèque est trop volumineuse pour une seule archive (plus de 4 Go)',
      tooManyToWrite: 'la bibliothèque a trop de fichiers pour une seule archive',
      truncated: 'le fichier est tronqué',
      noDirectory: 'il n’a pas de répertoire zip',
      directoryDamaged: 'son répertoire zip est endommagé',
      duplicateName: 'il contient deux entrées nommées {{name}}',
      unsafeName: 'il contient une entrée au nom dangereux, {{name}}',
      missing: 'il ne contient pas {{name}}',
      entryTooLarge: '{{name}} dépasse la taille permise',
      entryDamaged: '{{name}} est endommagé',
      cannotInflate: '{{name}} ne peut pas être décompressé',
      unknownCompression: '{{name}} utilise une compression que Précis ne lit pas',
      checksum: '{{name}} est endommagé (sa somme de contrôle ne correspond pas)',
    },
    viewFailed: 'Impossible d’afficher {{view}}.',
    viewFailedHelp:
      'Le reste de Précis fonctionne toujours : choisissez un autre document ou une autre vue dans la barre latérale, ou réessayez celle-ci.',
    viewFailedDetail: 'Ce qui s’est produit : {{detail}}',
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
      settings: 'les paramètres',
    },
    commentTooDeep:
      'Ce commentaire est trop imbriqué (plus de {{max}} niveaux de listes et de liens). Aplatissez ses listes et enregistrez-le de nouveau.',
  },
};
