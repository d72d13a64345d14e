/**
 * The team library's API (issue 17): membership and status, sharing, the note editor's live
 * relay, review and approval, reviewer comments, and appending to a note. Everything goes
 * through the library session's sync engine (context.sync); without it (a read-only
 * library), every method says team sync is not available.
 */
import { ApiError, apiError, translateApiError, translation } from '../../../shared/api/index.ts';
import { collaboratorColor } from '../../../shared/team/colors.ts';
import type { SyncEngine } from '../sync/engine.ts';
import {
  addComment,
  getReview,
  listThreads,
  moveReview,
  replyToThread,
  resolveThread,
  ReviewError,
} from '../sync/review-actions.ts';
import { ServerApi, SyncProblem } from '../sync/server-api.ts';
import {
  appendToNote,
  forgetMembership,
  noteExists,
  recordMembership,
  shareWholeLibrary,
  waitingChanges,
} from '../sync/team.service.ts';
import type { ApiContext } from './context.ts';
import type { ApiHandlers } from './handler.ts';

function engineOf(context: ApiContext): SyncEngine {
  if (!context.sync || context.readOnly) throw apiError('read-only', 'teamErrors.notAvailable');
  return context.sync;
}

function member(context: ApiContext): SyncEngine {
  const engine = engineOf(context);
  if (!engine.membership()) throw apiError('conflict', 'teamErrors.notInTeam');
  return engine;
}

/** A sync problem (unreachable, refused token…) as an API error worded from the catalogue. */
export function problemError(problem: SyncProblem): ApiError {
  const worded = translation(
    'teamErrors.problem',
    {},
    { nested: { message: translation(`sync.problems.${problem.code}`, { detail: problem.detail }) } },
  );
  return new ApiError(
    problem.code === 'address' ? 'invalid-input' : 'forbidden',
    translateApiError(worded, 'en'),
    worded,
  );
}

function reviewError(error: unknown): unknown {
  if (!(error instanceof ReviewError)) return error;
  const key = {
    'not-shared': 'teamErrors.notShared',
    'not-allowed': 'teamErrors.notAllowed',
    'read-only': 'teamErrors.readOnly',
    'not-found': 'teamErrors.notShared',
  }[error.code];
  return apiError(error.code === 'not-allowed' || error.code === 'read-only' ? 'forbidden' : 'not-found', key);
}

const fromBase64 = (text: string) => new Uint8Array(Buffer.from(text, 'base64'));
const toBase64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

async function sessionOf(context: ApiContext, id: string) {
  const session = member(context).session(id);
  if (!session) throw apiError('not-found', 'teamErrors.noSession');
  return session;
}

export const teamHandlers: ApiHandlers<
  | 'team:status'
  | 'team:join'
  | 'team:leave'
  | 'team:share'
  | 'team:sync'
  | 'team:item'
  | 'sync:open'
  | 'sync:push'
  | 'sync:awareness'
  | 'sync:next'
  | 'sync:close'
  | 'review:get'
  | 'review:move'
  | 'comments:list'
  | 'comments:add'
  | 'comments:reply'
  | 'comments:resolve'
  | 'notes:append'
> = {
  'team:status': async (_input, context) => engineOf(context).status(),

  'team:join': async ({ server, token, shareLibrary }, context) => {
    const engine = engineOf(context);
    const current = engine.membership();
    let api: ServerApi;
    let who;
    try {
      api = new ServerApi(server, token);
      await api.info();
      who = await api.whoami();
    } catch (error) {
      if (error instanceof SyncProblem) throw problemError(error);
      throw error;
    }
    if (current && current.team !== who.team)
      throw apiError('conflict', 'teamErrors.alreadyInTeam', { team: current.team });
    recordMembership(context.db, {
      serverUrl: api.http,
      token,
      userName: who.name,
      role: who.role,
      team: who.team,
      ceiling: who.ceiling,
      shareNew: true,
      joinedAt: current?.joinedAt ?? new Date().toISOString(),
    });
    engine.joined();
    if (shareLibrary) shareWholeLibrary(context.db, engine);
    return engine.status();
  },

  'team:leave': async ({ discardWaiting }, context) => {
    const engine = member(context);
    const waiting = waitingChanges(context.db);
    if (waiting > 0 && !discardWaiting) throw apiError('conflict', 'teamErrors.waiting', { count: waiting });
    engine.forget();
    forgetMembership(context.db);
    return engine.status();
  },

  'team:share': async ({ items }, context) => {
    const engine = member(context);
    if (engine.membership()?.role === 'reader') throw apiError('forbidden', 'teamErrors.readOnly');
    for (const item of items) engine.share(item.kind, item.id);
    return engine.status();
  },

  'team:sync': async (_input, context) => {
    const engine = member(context);
    try {
      return await engine.roundTrip();
    } catch (error) {
      if (error instanceof SyncProblem) throw problemError(error);
      throw error;
    }
  },

  'team:item': async ({ kind, id }, context) => {
    const engine = context.sync;
    const membership = engine?.membership();
    if (!engine || !membership || !engine.isShared(kind, id)) {
      return { shared: false, readOnly: false, refused: null, user: membership?.userName ?? null };
    }
    const refused = engine.status().refused.find((r) => r.kind === kind && r.id === id);
    return {
      shared: true,
      readOnly: membership.role === 'reader',
      refused: refused ? refused.code : null,
      user: membership.userName,
    };
  },

  'sync:open': async ({ kind, id }, context) => {
    const engine = member(context);
    const opened = engine.openSession(kind, id);
    if (!opened) throw apiError('not-found', 'teamErrors.notShared');
    const name = engine.membership()?.userName ?? '';
    return {
      session: opened.session.id,
      state: toBase64(opened.state),
      readOnly: opened.session.readOnly,
      user: { name, color: collaboratorColor(name) },
    };
  },

  'sync:push': async ({ session: id, update }, context) => {
    const session = await sessionOf(context, id);
    if (session.readOnly) throw apiError('forbidden', 'teamErrors.readOnly');
    try {
      member(context).push(session, fromBase64(update));
    } catch (error) {
      if (error instanceof SyncProblem) throw apiError('not-found', 'teamErrors.noSession');
      throw apiError('invalid-input', 'teamErrors.badUpdate');
    }
    return {};
  },

  'sync:awareness': async ({ session: id, update }, context) => {
    const session = await sessionOf(context, id);
    try {
      member(context).pushAwareness(session, fromBase64(update));
    } catch {
      throw apiError('invalid-input', 'teamErrors.badUpdate');
    }
    return {};
  },

  'sync:next': async ({ session: id, timeoutMs }, context) => {
    const engine = context.sync;
    const session = engine?.session(id);
    if (!engine || !session) return { updates: [], awareness: [], closed: true };
    const batch = await engine.next(session, timeoutMs);
    return {
      updates: batch.updates.map(toBase64),
      awareness: batch.awareness.map(toBase64),
      closed: engine.session(id) === undefined,
    };
  },

  'sync:close': async ({ session: id }, context) => {
    const session = context.sync?.session(id);
    if (session) context.sync?.closeSession(session);
    return {};
  },

  'review:get': async ({ kind, id }, context) => {
    try {
      return getReview(member(context), kind, id);
    } catch (error) {
      throw reviewError(error);
    }
  },

  'review:move': async ({ kind, id, to }, context) => {
    try {
      return moveReview(member(context), context.db, kind, id, to);
    } catch (error) {
      throw reviewError(error);
    }
  },

  'comments:list': async ({ noteId }, context) => {
    try {
      return listThreads(member(context), context.db, noteId).map(view);
    } catch (error) {
      throw reviewError(error);
    }
  },

  'comments:add': async ({ noteId, quote, occurrence, body }, context) => {
    const engine = member(context);
    try {
      addComment(engine, context.db, noteId, { quote, occurrence: occurrence ?? 0, body });
      return listThreads(engine, context.db, noteId).map(view);
    } catch (error) {
      if (error instanceof ReviewError && error.code === 'not-allowed')
        throw apiError('invalid-input', 'teamErrors.passage');
      throw reviewError(error);
    }
  },

  'comments:reply': async ({ noteId, threadId, body }, context) => {
    const engine = member(context);
    try {
      replyToThread(engine, noteId, threadId, body);
      return listThreads(engine, context.db, noteId).map(view);
    } catch (error) {
      throw reviewError(error);
    }
  },

  'comments:resolve': async ({ noteId, threadId, resolved }, context) => {
    const engine = member(context);
    try {
      resolveThread(engine, noteId, threadId, resolved);
      return listThreads(engine, context.db, noteId).map(view);
    } catch (error) {
      throw reviewError(error);
    }
  },

  'notes:append': async ({ id, text }, context) => {
    if (!noteExists(context.db, id)) throw apiError('not-found', 'errors.noteNotFound', { id });
    const engine = context.sync;
    if (engine?.isShared('note', id) && engine.membership()?.role === 'reader') {
      throw apiError('forbidden', 'teamErrors.readOnly');
    }
    const summary = appendToNote(context.db, engine, id, text);
    if (!summary) throw apiError('not-found', 'errors.noteNotFound', { id });
    return summary;
  },
};

function view(thread: ReturnType<typeof listThreads>[number]) {
  return {
    id: thread.id,
    quote: thread.quote,
    anchor: thread.anchor,
    resolved: thread.resolved,
    comments: thread.comments.map((c) => ({ id: c.id, author: c.author, at: c.at, body: c.body })),
  };
}
