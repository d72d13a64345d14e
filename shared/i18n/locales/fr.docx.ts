/**
 * Messages français de l’export Word, boutons et menu Fichier, réglages du modèle Word,
 * commande `export-docx`, et chaque raison de refuser un modèle ou un export. Mêmes clés que
 * en.docx.ts (le compilateur le vérifie).
 */
import type { enDocx } from './en.docx.ts';
import type { Widen } from './en.ts';

export const frDocx: Widen<typeof enDocx> = {
  docx: {
    exportWord: 'Exporter vers Word',
    menuExportWord: 'Exporter vers &Word…',
    exportWordHint: 'Une copie de travail .docx, dans le modèle de votre ministère s’il est choisi dans les Réglages',
    exporting: 'Préparation du fichier Word…',
    saved: '{{name}} enregistré.',
    downloaded: '{{name}} téléchargé.',
    cancelled: 'Le fichier Word n’a pas été enregistré.',
    downloadFailed: 'Le fichier Word n’a pas pu être téléchargé : exportez-le de nouveau.',
    nothingOpen: 'Ouvrez d’abord une note de breffage ou un dossier, puis choisissez Fichier ▸ Exporter vers Word…',
    fallbackNoteName: 'Note de breffage',
    fallbackPackName: 'Dossier d’information',
    saveDialogTitle: 'Enregistrer le fichier Word',
    saveFilter: 'Document Word',
    settings: {
      title: 'Réglages',
      templateTitle: 'Modèle Word',
      templateIntro:
        'Les exports Word peuvent utiliser le modèle de votre ministère (.dotx ou .docx) : Précis en garde une copie, remplit ses champs — {{placeholders}} — et place la note ou le dossier à l’endroit de {{body}}, dans les styles du modèle.',
      none: 'Les exports Word utilisent la mise en page de Précis.',
      current: 'Les exports Word utilisent {{name}} (choisi le {{date}})',
      mapping: 'Correspondance des styles : {{name}}.',
      noMapping:
        'Aucun fichier de correspondance des styles : chaque bloc prend le style intégré du modèle (Titre 1, Citation…).',
      found: 'Champs trouvés : {{list}}.',
      template: 'Modèle (.dotx ou .docx)',
      mappingFile: 'Fichier de correspondance des styles (.json, facultatif)',
      choose: 'Utiliser ce modèle',
      checking: 'Vérification du modèle…',
      chosen: '{{name}} sera utilisé pour les exports Word.',
      useNeutral: 'Utiliser le modèle neutre fourni avec Précis',
      useOwn: 'Utiliser la mise en page de Précis',
      cleared: 'Les exports Word utilisent de nouveau la mise en page de Précis.',
      pickFirst: 'Choisissez d’abord un fichier de modèle.',
    },
    cli: {
      summary: 'écrire une note de breffage ou un dossier en fichier Word (.docx)',
      wrote: '{{path}} écrit ({{size}} Ko){{template}}.',
      withTemplate: ', dans le modèle {{name}}',
      noFile: 'Il n’y a pas de fichier à {{path}}.',
    },
    errors: {
      tooLarge: '{{name}} dépasse {{size}} Mo : ce n’est pas un modèle Word. Choisissez le fichier du modèle lui-même.',
      password:
        '{{name}} est protégé par un mot de passe : Précis ne peut pas le lire. Enregistrez-en une copie sans mot de passe (Fichier ▸ Informations ▸ Protéger le document dans Word) et choisissez-la.',
      restricted:
        '{{name}} limite la modification par un mot de passe (Révision ▸ Restreindre la modification, ou un mot de passe pour la modification) : chaque note faite à partir de ce modèle s’ouvrirait en lecture seule dans Word. Arrêtez la protection, enregistrez une copie et choisissez-la.',
      oldFormat:
        '{{name}} est un ancien fichier Word (.doc ou .dot). Ouvrez-le dans Word et enregistrez-le comme modèle Word (.dotx) ou document (.docx).',
      notWord: '{{name}} n’est pas un fichier Word. Choisissez un modèle Word (.dotx) ou un document (.docx).',
      expandsTooMuch:
        '{{name}} occuperait plus de {{size}} Mo une fois ouvert : ce n’est pas un modèle Word utilisable par Précis.',
      damaged:
        '{{name}} est endommagé ({{detail}}). Enregistrez-le de nouveau depuis Word et choisissez le nouveau fichier.',
      macro:
        '{{name}} contient des macros (.dotm/.docm). Précis n’exécute pas de macros : enregistrez-le comme modèle Word (.dotx) sans elles.',
      unknownPlaceholder:
        '{{name}} contient des champs que Précis ne remplit pas : {{placeholders}}. Précis remplit {{known}}.',
      noBody:
        '{{name}} n’a pas de champ {{body}} : placez {{body}} seul sur une ligne, là où doit aller la note ou le dossier.',
      manyBodies: '{{name}} contient {{body}} plus d’une fois : n’en gardez qu’un, seul sur sa ligne.',
      bodyFramed:
        '{{name}} place {{body}} dans un tableau ou une zone de texte, où Word ne peut ni commencer une nouvelle page ni contenir de notes de bas de page. Placez {{body}} seul sur sa ligne, dans la page elle-même.',
      bodyNotAlone:
        'Dans {{name}}, {{body}} partage sa ligne avec du texte : placez-le seul sur une ligne (la note ou le dossier remplace la ligne entière).',
      noHeaderFooter:
        '{{name}} n’a pas d’en-tête ou pas de pied de page. La classification doit figurer sur chaque page : ajoutez un en-tête et un pied de page contenant chacun {{classification}}.',
      noMarking:
        'Dans {{name}}, {{classification}} manque dans {{parts}}. La classification doit figurer sur chaque page : placez-la dans chaque en-tête et chaque pied de page.',
      mappingNotJson: 'Le fichier de correspondance des styles {{name}} n’est pas du JSON.',
      mappingShape:
        'Le fichier de correspondance des styles {{name}} n’a pas la forme attendue ({{where}}) : {{example}}, avec des blocs parmi {{blocks}}.',
      mappingUnknownStyle: 'La correspondance donne à {{block}} le style {{style}}, que {{name}} n’a pas.',
      unfilled:
        'Un champ de {{part}} dans {{name}} n’a pas pu être rempli. Retapez-le dans Word d’un seul tenant entre accolades, p. ex. {{title}}.',
      templateMissing:
        'Le modèle Word {{name}} n’est plus dans le dossier de données de Précis (ou a été modifié). Choisissez-le de nouveau dans les Réglages, ou utilisez la mise en page de Précis.',
      exportGone:
        'Ce fichier exporté n’est plus disponible (il est remis une fois et gardé 30 minutes). Exportez-le de nouveau.',
      electronOnly:
        'Seule l’application de bureau enregistre avec une boîte de dialogue ; en mode navigateur, la page télécharge le fichier.',
    },
  },
};
