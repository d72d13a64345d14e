/**
 * Messages français de la bibliothèque d’équipe (billet 17) : commande d’administration du
 * serveur, adhésion à une équipe, état de la synchronisation, révision et approbation,
 * commentaires des réviseurs. Intégrés dans fr.ts.
 */
import type { Widen } from './en.ts';
import type { enTeam } from './en.team.ts';

export const frTeam: Widen<typeof enTeam> = {
  teamServer: {
    usage:
      'usage : precis-server serve [--port N] [--host ADRESSE] [--data DOSSIER] [--postgres URL] [--redis URL]\n' +
      '        precis-server user add NOM --role reader|editor|approver --team É [--expires AAAA-MM-JJ] [--json]\n' +
      '        precis-server user list [--team É] [--json]\n' +
      '        precis-server user revoke NOM --team É\n' +
      '        precis-server team add É [--ceiling unclassified|protected-a|protected-b|confidential|secret]\n' +
      '        precis-server purge note|pack|document ID --team É [--drop]\n' +
      '        precis-server audit [--team É] [--document NOM] [--limit N] [--json]\n' +
      'Chaque commande accepte --data DOSSIER (par défaut ./precis-server-data) ou --postgres URL.',
    listening: 'Serveur d’équipe Précis {{version}} sur {{url}} (protocole {{protocol}}), stockage : {{store}}.',
    stop: 'Appuyez sur Ctrl+C pour arrêter.',
    userAdded:
      'Utilisateur {{name}} ({{role}}) ajouté à l’équipe {{team}}. Remettez-lui ce jeton; il ne sera plus affiché :',
    userRevoked_one: '{{count}} jeton de {{name}} révoqué.',
    userRevoked_other: '{{count}} jetons de {{name}} révoqués.',
    noUser: 'L’équipe {{team}} n’a pas d’utilisateur actif {{name}}.',
    teamSet: 'Équipe {{team}} : plafond {{ceiling}}.',
    purged: '{{revoked}} purgé; l’élément continue sous {{next}}.',
    dropped: '{{revoked}} purgé; l’élément est retiré de l’équipe.',
    noItem: 'L’équipe {{team}} n’a pas de {{kind}} {{id}}.',
    serveExtra:
      '«\u00a0serve\u00a0» démarre le serveur et ne prend pas de commande («\u00a0{{extra}}\u00a0»); lancez plutôt\u00a0: npx precis-server {{extra}} …',
    unknownCommand: 'Commande inconnue « {{command}} ».',
    needsValue: '{{option}} demande une valeur.',
    badValue: '{{option}} : « {{value}} » n’est pas valide ({{detail}}).',
    newerStore:
      'Ce stockage a été écrit par un serveur d’équipe Précis plus récent (schéma {{version}}); mettez le serveur à jour.',
    failed: 'precis-server : {{message}}',
  },
  team: {
    settings: 'Paramètres',
    title: 'Bibliothèque d’équipe',
    intro:
      'Partagez notes, dossiers et documents avec votre équipe par le serveur Précis de votre ministère. Tout continue de fonctionner hors ligne; les modifications partent quand le serveur répond.',
    notInTeam: 'Cette bibliothèque ne fait partie d’aucune équipe.',
    server: 'Adresse du serveur',
    token: 'Votre jeton',
    shareLibrary:
      'Partager toute ma bibliothèque maintenant (les éléments au-dessus du plafond de l’équipe restent ici)',
    join: 'Rejoindre l’équipe',
    joining: 'Connexion…',
    joined: 'Vous avez rejoint l’équipe {{team}} en tant que {{user}} ({{role}}).',
    leave: 'Quitter l’équipe',
    leaveDiscard: 'Quitter quand même (les modifications non envoyées restent dans cette bibliothèque seulement)',
    left: 'Vous avez quitté l’équipe. Votre bibliothèque garde tout ce qu’elle contenait.',
    member: 'Équipe {{team}} sur {{server}} — vous êtes {{user}}, {{role}}.',
    ceiling: 'Cote la plus élevée que l’équipe conserve : {{ceiling}}.',
    shared_one: '{{count}} élément partagé.',
    shared_other: '{{count}} éléments partagés.',
    share: 'Partager avec l’équipe',
    shareAll: 'Partager toute la bibliothèque',
    sharedItem: 'Partagé avec l’équipe',
    syncNow: 'Synchroniser',
    refusedTitle: 'Conservés sur cet ordinateur',
    roles: { reader: 'lecteur', editor: 'rédacteur', approver: 'approbateur' },
    close: 'Fermer',
  },
  sync: {
    label: 'Synchronisation d’équipe',
    off: 'Aucune équipe',
    connecting: 'Connexion au serveur d’équipe…',
    saved: 'Enregistré sur le serveur',
    waiting_one: '{{count}} modification en attente',
    waiting_other: '{{count}} modifications en attente',
    offline: 'Hors ligne',
    offlineWaiting_one: 'Hors ligne — {{count}} modification en attente',
    offlineWaiting_other: 'Hors ligne — {{count}} modifications en attente',
    error: 'Erreur : {{message}}',
    problems: {
      address: '« {{detail}} » n’est pas une adresse de serveur.',
      unreachable:
        'le serveur d’équipe est injoignable ({{detail}}). Votre travail est conservé ici et partira quand le serveur répondra.',
      'not-precis': 'cette adresse répond, mais ce n’est pas un serveur d’équipe Précis.',
      version:
        'le serveur d’équipe utilise une autre version de Précis ({{detail}}). Mettez à jour Précis ou le serveur.',
      token: 'le serveur n’accepte pas votre jeton. Demandez-en un nouveau à votre administrateur.',
      expired: 'votre jeton a expiré ({{detail}}). Demandez-en un nouveau à votre administrateur.',
      server: 'le serveur d’équipe a échoué ({{detail}}). Votre travail est conservé ici.',
    },
    refused: {
      ceiling: 'Coté au-dessus du plafond de l’équipe : il reste sur cet ordinateur.',
      revoked: 'Purgé de l’équipe par un administrateur.',
      approval: 'Le serveur a refusé une approbation que ce compte ne peut pas faire.',
      malformed: 'Le serveur n’a pas pu lire une modification; elle n’a pas été envoyée.',
      other: 'Le serveur a refusé cet élément ({{detail}}).',
    },
    readOnly: 'Lecture seule : vous êtes lecteur dans cette équipe.',
    kinds: { note: 'Note', pack: 'Dossier', document: 'Document' },
  },
  review: {
    label: 'Révision',
    states: { draft: 'Ébauche', 'in-review': 'En révision', approved: 'Approuvé', sent: 'Envoyé' },
    moves: {
      draft: 'Remettre en ébauche',
      'in-review': 'Demander une révision',
      approved: 'Approuver',
      sent: 'Marquer comme envoyé',
    },
    approvedBy: 'Approuvé par {{name}}, {{date}}',
    changedBy: '{{state}} — {{name}}, {{date}}',
    returnedToDraft:
      'Cet élément avait été approuvé; une modification l’a remis en ébauche. Il doit être approuvé de nouveau.',
  },
  comments: {
    title: 'Commentaires',
    add: 'Commenter le passage choisi',
    selectFirst: 'Choisissez d’abord un passage de la note, puis commentez-le.',
    placeholder: 'Votre commentaire',
    post: 'Commenter',
    reply: 'Répondre',
    replyPlaceholder: 'Votre réponse',
    resolve: 'Résoudre',
    reopen: 'Rouvrir',
    resolvedBy: 'Résolu par {{name}}',
    none: 'Aucun commentaire pour l’instant.',
    passageGone: 'Le passage n’est plus dans la note.',
    show: 'Afficher le passage',
    cancel: 'Annuler',
  },
  teamCli: {
    summaries: {
      team: 'rejoindre ou quitter une équipe : team join URL --token J [--share-library], team leave [--discard-waiting], team status',
      sync: 'envoyer ce qui attend et recevoir les nouveautés du serveur d’équipe ({pushed, pulled, conflicts, refused})',
      noteAppend: 'ajouter un paragraphe à une note',
    },
    usageTeam: 'team join URL --token J [--share-library] | team leave [--discard-waiting] | team status',
    usageNoteAppend: 'note-append ID_NOTE --text "…"',
    joined: 'Équipe {{team}} rejointe sur {{server}} en tant que {{user}} ({{role}}).',
    left: 'Équipe quittée. La bibliothèque garde tout ce qu’elle contenait.',
    status: '{{state}}',
    synced: '{{pushed}} envoyé(s), {{pulled}} reçu(s), {{conflicts}} fusionné(s), {{refused}} refusé(s).',
    appended: 'Ajouté à {{id}}.',
  },
  teamErrors: {
    notAvailable: 'La synchronisation d’équipe n’est pas offerte pour une bibliothèque ouverte en lecture seule.',
    notInTeam:
      'Cette bibliothèque ne fait partie d’aucune équipe. Rejoignez-en une d’abord (Paramètres, ou `precis team join`).',
    alreadyInTeam: 'Cette bibliothèque fait déjà partie de l’équipe {{team}}. Quittez-la d’abord.',
    waiting_one:
      '{{count}} modification n’a pas encore atteint le serveur. Synchronisez d’abord, ou quittez quand même et gardez-la ici seulement.',
    waiting_other:
      '{{count}} modifications n’ont pas encore atteint le serveur. Synchronisez d’abord, ou quittez quand même et gardez-les ici seulement.',
    notShared: 'Cet élément n’est pas partagé avec l’équipe.',
    notAllowed: 'Votre rôle dans l’équipe ne le permet pas.',
    readOnly: 'Vous êtes lecteur dans cette équipe : vous ne pouvez pas modifier les éléments partagés.',
    noSession: 'La session de modification en direct est terminée; rouvrez la note.',
    badUpdate: 'Une modification n’a pas pu être lue; elle n’a pas été enregistrée.',
    problem: 'Synchronisation d’équipe : {{message}}',
    passage: 'Choisissez un passage de la note à commenter.',
  },
};
