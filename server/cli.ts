/**
 * `precis-server` (also `npm run server -- …`): run the team server and administer it.
 *
 *   serve         start the sync server (127.0.0.1 unless --host says otherwise)
 *   user add      issue a token for a user of a team (printed once; stored hashed)
 *   user list     the users, their role and team (never tokens)
 *   user revoke   make a user's tokens invalid
 *   team add      create a team or change its ceiling (highest marking it may hold)
 *   purge         remove an item's history everywhere (a spill)
 *   audit         the audit log, newest first
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { languageFromLocale, translator } from '../shared/i18n/index.ts';
import { ClassificationSchema } from '../shared/model/classification.ts';
import {
  DEFAULT_CEILING,
  ItemIdSchema,
  ItemKindSchema,
  RoleSchema,
  TEAM_PROTOCOL,
  TeamNameSchema,
  UserNameSchema,
} from '../shared/team/protocol.ts';
import { openServerStore } from './open-store.ts';
import { purgeItem } from './purge.ts';
import { StoreVersionError } from './store/schema.ts';
import { startSyncServer } from './sync-server.ts';
import { hashToken, newToken } from './tokens.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const t = translator(languageFromLocale(process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG));

/** A usage or input error: one line, exit code 2. */
class UsageError extends Error {}

function serverVersion(): string {
  return (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
}

function parse(args: string[]) {
  try {
    return parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: {
        port: { type: 'string' },
        host: { type: 'string' },
        data: { type: 'string' },
        postgres: { type: 'string' },
        redis: { type: 'string' },
        name: { type: 'string' },
        role: { type: 'string' },
        team: { type: 'string' },
        expires: { type: 'string' },
        ceiling: { type: 'string' },
        document: { type: 'string' },
        limit: { type: 'string' },
        drop: { type: 'boolean' },
        json: { type: 'boolean' },
      },
    });
  } catch (error) {
    throw new UsageError(`${error instanceof Error ? error.message : String(error)}\n${t('teamServer.usage')}`);
  }
}

/** An expiry date: a day (the token ends at its start, UTC) or a full ISO time. */
const DateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}(T[\d:.]+Z?)?$/, 'a date as YYYY-MM-DD')
  .refine((value) => !Number.isNaN(Date.parse(value)), 'not a date');

/** A TCP port; 0 lets the system choose one. */
const PortSchema = z
  .string()
  .regex(/^\d{1,5}$/, 'a port from 0 to 65535')
  .transform(Number)
  .refine((port) => port <= 65_535, 'a port from 0 to 65535');

function valid<T>(schema: z.ZodType<T>, option: string, value: string | undefined): T {
  if (value === undefined) throw new UsageError(t('teamServer.needsValue', { option }));
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    throw new UsageError(t('teamServer.badValue', { option, value, detail: parsed.error.issues[0]?.message ?? '' }));
  }
  return parsed.data;
}

export async function runServerCli(argv: string[], out: (line: string) => void = console.log): Promise<void> {
  const { values, positionals } = parse(argv);
  const [command, sub, ...rest] = positionals;
  if (!command || command === 'help') return out(t('teamServer.usage'));
  // `npm run server -- user add …` reaches here as `serve user add …`: say so, and create nothing.
  if (command === 'serve' && sub !== undefined) {
    throw new UsageError(t('teamServer.serveExtra', { extra: positionals.slice(1).join(' ') }));
  }
  // Checked before the store is opened: a bad port leaves nothing behind.
  const port = values.port === undefined ? undefined : valid(PortSchema, '--port', values.port);
  const opened = await openServerStore({ data: values.data, postgres: values.postgres });
  const { store } = opened;
  let keepOpen = false;
  try {
    if (command === 'serve') {
      const version = serverVersion();
      const server = await startSyncServer({
        store,
        version,
        ...(port !== undefined ? { port } : {}),
        ...(values.host ? { host: values.host } : {}),
        ...(values.redis ? { redisUrl: values.redis } : {}),
        ...(values.name ? { name: values.name } : {}),
      });
      keepOpen = true;
      out(t('teamServer.listening', { version, url: server.url, protocol: TEAM_PROTOCOL, store: opened.description }));
      out(t('teamServer.stop'));
      const stop = () =>
        void server
          .close()
          .then(() => store.close())
          .then(() => process.exit(0));
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
      return;
    }

    if (command === 'user' && sub === 'add') {
      const name = valid(UserNameSchema, 'NAME', rest[0]);
      const role = valid(RoleSchema, '--role', values.role);
      const team = valid(TeamNameSchema, '--team', values.team);
      const expiresAt = values.expires ? new Date(valid(DateSchema, '--expires', values.expires)).toISOString() : null;
      if (!(await store.getTeam(team))) await store.putTeam({ name: team, ceiling: DEFAULT_CEILING });
      const token = newToken();
      await store.addUser({
        name,
        role,
        team,
        tokenHash: hashToken(token),
        createdAt: new Date().toISOString(),
        expiresAt,
      });
      if (values.json) return out(JSON.stringify({ name, role, team, token, expiresAt }));
      out(t('teamServer.userAdded', { name, role, team }));
      return out(token);
    }

    if (command === 'user' && sub === 'list') {
      const users = await store.listUsers(values.team);
      if (values.json) return out(JSON.stringify(users, null, 2));
      for (const user of users) {
        out([user.team, user.name, user.role, user.expiresAt ?? '-', user.revokedAt ? 'revoked' : 'active'].join('\t'));
      }
      return;
    }

    if (command === 'user' && sub === 'revoke') {
      const name = valid(UserNameSchema, 'NAME', rest[0]);
      const team = valid(TeamNameSchema, '--team', values.team);
      const count = await store.revokeUser(name, team, new Date().toISOString());
      if (count === 0) throw new UsageError(t('teamServer.noUser', { name, team }));
      return out(t('teamServer.userRevoked', { count, name }));
    }

    if (command === 'team' && sub === 'add') {
      const team = valid(TeamNameSchema, 'TEAM', rest[0]);
      const ceiling = values.ceiling ? valid(ClassificationSchema, '--ceiling', values.ceiling) : DEFAULT_CEILING;
      await store.putTeam({ name: team, ceiling });
      return out(t('teamServer.teamSet', { team, ceiling }));
    }

    if (command === 'purge') {
      const kind = valid(ItemKindSchema, 'KIND', sub);
      const itemId = valid(ItemIdSchema, 'ITEM_ID', rest[0]);
      const team = valid(TeamNameSchema, '--team', values.team);
      const outcome = await purgeItem(store, { team, kind, itemId, drop: values.drop === true, by: 'admin' });
      if (!outcome) throw new UsageError(t('teamServer.noItem', { team, kind, id: itemId }));
      if (values.json) return out(JSON.stringify(outcome));
      return out(
        outcome.next
          ? t('teamServer.purged', { revoked: outcome.revoked, next: outcome.next })
          : t('teamServer.dropped', { revoked: outcome.revoked }),
      );
    }

    if (command === 'audit') {
      const limit = values.limit ? Math.max(1, Math.min(100_000, Number(values.limit) || 100)) : 100;
      const entries = await store.listAudit({
        limit,
        ...(values.team ? { team: values.team } : {}),
        ...(values.document ? { document: values.document } : {}),
      });
      if (values.json) return out(JSON.stringify(entries, null, 2));
      for (const e of entries) out([e.at, e.team, e.user, e.action, e.document, e.detail].join('\t'));
      return;
    }

    throw new UsageError(
      `${t('teamServer.unknownCommand', { command: [command, sub].filter(Boolean).join(' ') })}\n${t('teamServer.usage')}`,
    );
  } finally {
    if (!keepOpen) await store.close();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  runServerCli(process.argv.slice(2)).catch((error: unknown) => {
    const message =
      error instanceof StoreVersionError
        ? t('teamServer.newerStore', { version: error.message.split(':')[1] })
        : error instanceof Error
          ? error.message
          : String(error);
    console.error(t('teamServer.failed', { message }));
    process.exit(error instanceof UsageError ? 2 : 1);
  });
}
