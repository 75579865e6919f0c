import { defineConfig } from 'prisma/config'

// Prisma 7 reads the schema location here. There is no datasource URL: the app builds its own
// driver adapter (PGlite or PostgreSQL, src/db/client.ts) and applies hand-written migrations.
export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
})
