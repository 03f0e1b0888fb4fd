// postinstall: generates the Prisma client for each database. `prisma generate --schema …` would
// bypass prisma.config.ts (engine "js") and try to download a query engine, so the provider is
// chosen the way prisma.config.ts chooses it: by DATABASE_URL. Nothing connects to these URLs.
import { spawnSync } from "node:child_process";

const runs = [
  { provider: "SQLite", url: "file:./data/app.db" },
  { provider: "PostgreSQL", url: "postgresql://generate@localhost:5432/generate" },
];

for (const { provider, url } of runs) {
  const r = spawnSync(process.execPath, ["node_modules/prisma/build/index.js", "generate"], {
    stdio: "inherit",
    env: { ...process.env, DATABASE_URL: url, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
  });
  if (r.status !== 0) {
    console.error(`prisma generate failed for ${provider}`);
    process.exit(r.status ?? 1);
  }
}
