// Makes the opened database available to routes as `app.db`. The database is opened (and
// migrated) by the caller, so tests can hand the app a database of their own.
import type { Database } from '@registry/db/database';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

declare module 'fastify' {
  interface FastifyInstance {
    db: Database;
  }
}

async function dbPlugin(app: FastifyInstance, options: { db: Database; closeOnShutdown: boolean }) {
  app.decorate('db', options.db);
  if (options.closeOnShutdown) app.addHook('onClose', () => options.db.close());
}

export default fp(dbPlugin, { name: 'db' });
