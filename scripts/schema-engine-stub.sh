#!/bin/sh
# Stand-in for Prisma's schema-engine binary, which cannot be downloaded on our machines.
# `prisma generate` does not need the engine; migrations are hand-written SQL (DESIGN §5).
echo "schema-engine stub: migrations are applied by src/db/migrate.ts (npm run db:migrate)" >&2
exit 1
