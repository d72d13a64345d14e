/**
 * English messages of the team library (issue 17): the team server's admin command, joining
 * and leaving a team, sync status, review and approval, reviewer comments. Spread into en.ts.
 */
export const enTeam = {
  teamServer: {
    usage:
      'usage: precis-server serve [--port N] [--host ADDRESS] [--data DIR] [--postgres URL] [--redis URL]\n' +
      '       precis-server user add NAME --role reader|editor|approver --team T [--expires YYYY-MM-DD] [--json]\n' +
      '       precis-server user list [--team T] [--json]\n' +
      '       precis-server user revoke NAME --team T\n' +
      '       precis-server team add T [--ceiling unclassified|protected-a|protected-b|confidential|secret]\n' +
      '       precis-server purge note|pack|document ITEM_ID --team T [--drop]\n' +
      '       precis-server audit [--team T] [--document NAME] [--limit N] [--json]\n' +
      'Every command takes --data DIR (default ./precis-server-data) or --postgres URL.',
    listening: 'Précis team server {{version}} on {{url}} (protocol {{protocol}}), store: {{store}}.',
    stop: 'Press Ctrl+C to stop.',
    userAdded: 'User {{name}} ({{role}}) added to team {{team}}. Give them this token; it is not shown again:',
    userRevoked_one: '{{count}} token of {{name}} revoked.',
    userRevoked_other: '{{count}} tokens of {{name}} revoked.',
    noUser: 'Team {{team}} has no active user {{name}}.',
    teamSet: 'Team {{team}}: ceiling {{ceiling}}.',
    purged: 'Purged {{revoked}}; the item continues as {{next}}.',
    dropped: 'Purged {{revoked}}; the item is removed from the team.',
    noItem: 'Team {{team}} has no {{kind}} {{id}}.',
    unknownCommand: 'Unknown command “{{command}}”.',
    needsValue: '{{option}} needs a value.',
    badValue: '{{option}}: “{{value}}” is not valid ({{detail}}).',
    newerStore: 'This store was written by a newer Précis team server (schema {{version}}); update the server.',
    failed: 'precis-server: {{message}}',
  },
};
