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
