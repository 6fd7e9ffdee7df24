// Prisma CLI config. The app never reads it: at run time the client gets its connection
// from packages/db (embedded PGlite or DATABASE_URL). Migrations are applied by our own
// migrator (packages/db/src/migrator.ts), in Prisma Migrate's format, see docs/decisions/002.
import { defineConfig } from 'prisma/config';

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: process.env.DATABASE_URL ?? 'postgresql://localhost/unused' },
});
