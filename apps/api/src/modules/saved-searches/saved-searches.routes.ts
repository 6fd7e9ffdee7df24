import { ProblemSchema } from '@registry/contracts/problem';
import {
  MySavedSearchesSchema,
  SavedSearchIdParamsSchema,
  SavedSearchSchema,
  SavedSearchTokenParamsSchema,
  StaffSubscribeBodySchema,
  SubscribeAcceptedSchema,
  SubscribeBodySchema,
  UpdateSavedSearchBodySchema,
} from '@registry/contracts/saved-searches';
import type { FastifyPluginAsyncZod, ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireUser } from '../auth';
import type { CatalogueDeps } from '../practices';
import { savedSearchLinks } from './saved-search-mail';
import {
  confirmByToken,
  deleteByToken,
  deleteMine,
  getByToken,
  listMine,
  SUBSCRIBE_ACCEPTED,
  subscribe,
  subscribeMine,
  updateByToken,
  updateMine,
} from './saved-searches.service';

const tags = ['saved-searches'];
const byToken = { 400: ProblemSchema, 404: ProblemSchema };
const staffErrors = { 400: ProblemSchema, 401: ProblemSchema, 403: ProblemSchema, 404: ProblemSchema };
/** The link's token is the credential of these writes: no session, no CSRF token. */
const TOKEN_WRITE = { access: 'public', csrf: false } as const;

export const savedSearchesRoutes: FastifyPluginAsyncZod = async (app) => {
  const prisma = () => app.db.prisma;
  const catalogue = (): CatalogueDeps => ({
    pool: app.db.pool,
    cache: app.catalogueCache,
    index: app.catalogueIndex,
    cursorSecret: app.cursorSecret,
  });

  app.post(
    '/saved-searches',
    {
      config: TOKEN_WRITE,
      schema: {
        tags,
        operationId: 'subscribeToSearch',
        summary: 'Subscribe an e-mail to new practices of a catalogue selection (double opt-in)',
        description:
          'Anyone, no account. `search` is the query of GET /api/practices without sort and paging. Always 202 with the same text, whether the address is new, pending or already subscribed: a confirmation link (or, when already subscribed, the management link) goes by mail. At most 20 requests per source address and 5 per e-mail an hour, then 429 with Retry-After. Unknown codes are 400s naming `body.search.<filter>`.',
        body: SubscribeBodySchema,
        response: { 202: SubscribeAcceptedSchema, 400: ProblemSchema, 429: ProblemSchema },
      },
    },
    async (request, reply) => {
      await subscribe(prisma(), catalogue(), request.ip, request.body);
      return reply.code(202).send({ detail: SUBSCRIBE_ACCEPTED });
    },
  );

  app.get(
    '/saved-searches/by-token/:token',
    {
      schema: {
        tags,
        operationId: 'getSavedSearchByToken',
        summary: "The subscription a message's link opens: its e-mail, selection, frequency and dates",
        description:
          'The only way a visitor reads subscriber data: with a token from a message sent to that address. Unknown, expired or unsubscribed: 404.',
        params: SavedSearchTokenParamsSchema,
        response: { 200: SavedSearchSchema, ...byToken },
      },
    },
    (request) => getByToken(prisma(), request.params.token),
  );

  app.post(
    '/saved-searches/by-token/:token/confirm',
    {
      config: TOKEN_WRITE,
      schema: {
        tags,
        operationId: 'confirmSavedSearch',
        summary: 'Confirm a subscription with the link from the confirmation message',
        description:
          'A POST, not the link itself, so that a mail scanner opening links confirms nothing. Confirming again is harmless. The same link then manages the subscription.',
        params: SavedSearchTokenParamsSchema,
        response: { 200: SavedSearchSchema, ...byToken },
      },
    },
    (request) => confirmByToken(prisma(), request.params.token),
  );

  app.patch(
    '/saved-searches/by-token/:token',
    {
      config: TOKEN_WRITE,
      schema: {
        tags,
        operationId: 'updateSavedSearchByToken',
        summary: 'Change how often the digest may come (daily or weekly)',
        description:
          'Anyone holding the link may change it; the token is the only key (no session). An unknown or expired link answers 404.',
        params: SavedSearchTokenParamsSchema,
        body: UpdateSavedSearchBodySchema,
        response: { 200: SavedSearchSchema, ...byToken },
      },
    },
    (request) => updateByToken(prisma(), request.params.token, request.body.frequency),
  );

  app.delete(
    '/saved-searches/by-token/:token',
    {
      config: TOKEN_WRITE,
      schema: {
        tags,
        operationId: 'unsubscribeByToken',
        summary: 'Unsubscribe: the subscription, its e-mail and all its links are deleted',
        description:
          "Deletes the row outright (nothing is kept but the outbox's record of messages already sent). An unknown or expired link answers 404.",
        params: SavedSearchTokenParamsSchema,
        response: { 204: z.null().describe('Unsubscribed'), ...byToken },
      },
    },
    async (request, reply) => {
      await deleteByToken(prisma(), request.params.token);
      return reply.code(204).send(null);
    },
  );

  // RFC 8058 one-click: the List-Unsubscribe address of every message. Mail clients POST
  // `List-Unsubscribe=One-Click` form-encoded (or as multipart), so this route alone takes those
  // bodies, as text that is not looked at: the token in the address is the credential.
  await app.register(async (scope) => {
    const oneClick = scope.withTypeProvider<ZodTypeProvider>();
    oneClick.addContentTypeParser(
      ['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain'],
      { parseAs: 'string', bodyLimit: 4096 },
      (_request, _body, done) => done(null, undefined),
    );
    oneClick.post(
      '/saved-searches/unsubscribe/:token',
      {
        config: TOKEN_WRITE,
        schema: {
          tags,
          operationId: 'unsubscribeOneClick',
          summary: 'One-click unsubscription (RFC 8058), the List-Unsubscribe address of every message',
          description:
            'Takes the body `List-Unsubscribe=One-Click` (form-encoded, multipart or none) and unsubscribes without further questions: 204, or 404 when the link is unknown or already used to unsubscribe.',
          params: SavedSearchTokenParamsSchema,
          response: { 204: z.null().describe('Unsubscribed'), ...byToken },
        },
      },
      async (request, reply) => {
        await deleteByToken(prisma(), request.params.token);
        return reply.code(204).send(null);
      },
    );
  });

  app.get(
    '/saved-searches/unsubscribe/:token',
    {
      schema: {
        tags,
        operationId: 'unsubscribePageRedirect',
        summary: 'The List-Unsubscribe address opened in a browser: 303 to the unsubscribe page',
        description: 'A GET never unsubscribes (link scanners open links); the page asks first.',
        params: SavedSearchTokenParamsSchema,
        response: { 303: z.null().describe('See `Location`'), 400: ProblemSchema },
      },
    },
    async (request, reply) =>
      reply.code(303).header('location', savedSearchLinks.unsubscribePage(request.params.token)).send(null),
  );

  app.get(
    '/saved-searches/mine',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        operationId: 'listMySavedSearches',
        summary: "A staff member's subscriptions: those of their account's e-mail",
        description:
          "Signed-in staff only; the list holds the subscriptions whose e-mail is the caller's own.",
        response: { 200: MySavedSearchesSchema, 401: ProblemSchema },
      },
    },
    async (request) => listMine(prisma(), await requireUser(request)),
  );

  app.post(
    '/saved-searches/mine',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        operationId: 'subscribeMe',
        summary: "Subscribe one's account e-mail to a catalogue selection (confirmed at once)",
        description: '409 when already subscribed to the same selection.',
        body: StaffSubscribeBodySchema,
        response: { 201: SavedSearchSchema, 409: ProblemSchema, ...staffErrors },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await subscribeMine(prisma(), catalogue(), await requireUser(request), request.body)),
  );

  app.patch(
    '/saved-searches/mine/:id',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        operationId: 'updateMySavedSearch',
        summary: "Change the frequency of one's own subscription; another's answers 404",
        description:
          'Signed-in staff only, and only a subscription of their own e-mail; any other id answers 404 so nobody learns it exists.',
        params: SavedSearchIdParamsSchema,
        body: UpdateSavedSearchBodySchema,
        response: { 200: SavedSearchSchema, ...staffErrors },
      },
    },
    async (request) =>
      updateMine(prisma(), await requireUser(request), request.params.id, request.body.frequency),
  );

  app.delete(
    '/saved-searches/mine/:id',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        operationId: 'deleteMySavedSearch',
        summary: "Unsubscribe one's own subscription; another's answers 404",
        description:
          'Signed-in staff only, and only a subscription of their own e-mail; any other id answers 404.',
        params: SavedSearchIdParamsSchema,
        response: { 204: z.null().describe('Unsubscribed'), ...staffErrors },
      },
    },
    async (request, reply) => {
      await deleteMine(prisma(), await requireUser(request), request.params.id);
      return reply.code(204).send(null);
    },
  );
};
