/**
 * Messages français de la bibliothèque d’équipe (billet 17) : commande d’administration du
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
    unknownCommand: 'Commande inconnue « {{command}} ».',
    needsValue: '{{option}} demande une valeur.',
    badValue: '{{option}} : « {{value}} » n’est pas valide ({{detail}}).',
    newerStore:
      'Ce stockage a été écrit par un serveur d’équipe Précis plus récent (schéma {{version}}); mettez le serveur à jour.',
    failed: 'precis-server : {{message}}',
  },
};
