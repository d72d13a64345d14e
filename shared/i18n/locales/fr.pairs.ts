/**
 * Messages français de l'appariement des versions linguistiques (voir en.pairs.ts).
 */
import type { Widen } from './en.ts';
import type { enPairs } from './en.pairs.ts';

export const frPairs: Widen<typeof enPairs> = {
  pairs: {
    errors: {
      sameLanguage:
        '{{title}} et {{other}} sont dans la même langue : appariez un document avec sa version dans l’autre langue.',
      nothingInCommon:
        '{{title}} et {{other}} ont trop peu en commun (chiffres, noms, dates, formulation) pour être deux versions linguistiques d’un même texte. Rien n’a été apparié.',
      empty: '{{title}} n’a aucun paragraphe à apparier.',
      sameDocument: 'Ce sont deux versions du même document, et non deux versions linguistiques.',
      alreadyPaired: '{{title}} est déjà apparié avec {{other}}. Dissociez-le d’abord.',
      notPaired: '{{title}} n’est apparié avec aucune version dans une autre langue.',
      partnerGone: 'L’autre version linguistique de {{title}} a été supprimée. Restaurez-la ou dissociez les deux.',
      unknownParagraph: 'Il n’y a pas de paragraphe {{id}} dans {{title}} (il a peut-être changé dans cette version).',
    },
    ui: {
      pairWith: 'Apparier avec sa version dans l’autre langue…',
      pairedWith: 'Version {{language}} : {{title}}',
      looksLike: 'Sa version {{language}} pourrait être « {{title}} ».',
      pairThem: 'Les apparier',
      sideBySide: 'Côte à côte',
      backToReading: 'Retour à la lecture',
      unpair: 'Dissocier',
      unpaired: 'Les deux versions ne sont plus appariées.',
      pickerTitle: 'Apparier avec sa version dans l’autre langue',
      pickerIntro:
        'Choisissez la version de « {{title}} » dans une autre langue. Ses paragraphes seront appariés avec ceux de ce document.',
      suggested: 'Suggéré',
      because: 'Mêmes {{reasons}}',
      reasons: {
        date: 'date',
        place: 'lieu',
        issuer: 'émetteur',
        numbers: 'chiffres',
        names: 'noms',
        structure: 'structure',
        text: 'formulation',
      },
      filter: 'Chercher un document',
      noCandidates:
        'La bibliothèque ne contient aucun document dans une autre langue. Importez d’abord l’autre version.',
      pair: 'Apparier',
      pairing: 'Appariement…',
      cancel: 'Annuler',
      loading: 'Appariement des paragraphes…',
      toCheck_one: '{{count}} paire à vérifier',
      toCheck_other: '{{count}} paires à vérifier',
      allChecked: 'Toutes les paires semblent justes.',
      nextToCheck: 'Paire suivante à vérifier',
      check: 'À vérifier',
      checkHint: 'Cette paire est peut-être fausse : confirmez-la ou glissez un paragraphe sur son équivalent.',
      confirm: 'Confirmer',
      confirmPair: 'Confirmer la paire ¶ {{a}} et ¶ {{b}}',
      corrected: 'Fixée par vous',
      noCounterpart: 'Aucun équivalent dans cette version',
      repair: 'Apparier avec…',
      repairTitle: 'Apparier le ¶ {{n}} avec',
      repairChoose: 'Paragraphe de l’autre version',
      repairNone: 'Aucun équivalent',
      repairApply: 'Appliquer',
      dragHint:
        'Glissez-le sur son équivalent dans l’autre version pour les apparier (un paragraphe sans équivalent rejoint la paire du paragraphe voisin)',
      dropHere: 'Déposez pour apparier avec le ¶ {{n}}',
      outline: 'Sections',
      column: 'Version {{language}}',
      pairsLabel: 'Paragraphes appariés des deux versions',
      paragraphLabel: '¶ {{n}}, {{language}}',
      fromVersion: 'De la version {{language}}',
      fromVersionTitle: 'Annotation de la version {{language}} (¶ {{where}}) : {{quote}}',
      languageAdjective: { en: 'anglaise', fr: 'française' },
      otherWording: 'Formulation {{language}}',
      otherWordingTitle: 'Citer plutôt la version {{language}} de ce passage',
      fromVersionUnchecked: 'De la version {{language}} (appariement non vérifié)',
      otherWordingUnchecked: 'Formulation {{language}} (appariement non vérifié)',
      otherWordingUncheckedTitle:
        'Citer plutôt la version {{language}} de ce passage. Précis n’était pas sûr de cet appariement et personne ne l’a confirmé : vérifiez qu’elle dit la même chose, ou confirmez la paire dans la vue côte à côte.',
      bilingualAnnex: 'Les deux versions linguistiques côte à côte (annexe bilingue)',
    },
    packs: {
      bilingualAnnex: 'Annexe bilingue : {{title}} et son autre version linguistique',
    },
    print: {
      unchecked: 'Appariement non vérifié',
      uncheckedLegend:
        'Les rangées marquées « Appariement non vérifié » ont été appariées par Précis avec une faible confiance et personne ne les a confirmées : les deux côtés peuvent ne pas dire la même chose.',
    },
    cli: {
      summary: 'Apparier deux versions linguistiques d’un texte et afficher leurs paires de paragraphes.',
      usage: 'usage : precis pair ID_EN ID_FR [--json]',
      paired: '{{a}} ({{aLanguage}}) apparié avec {{b}} ({{bLanguage}}) : {{count}} paires, dont {{low}} à vérifier.',
      row: '¶ {{a}}  ⇔  ¶ {{b}}',
      none: '—',
      check: 'à vérifier',
      suggestion:
        '  Ce document semble être l’autre version linguistique de {{title}} ({{id}}) : precis pair {{document}} {{id}}',
      pairedWith: 'Autre version linguistique : {{title}} ({{id}}, {{language}})',
    },
  },
};
