import { spawnSync } from "node:child_process";

declare module "vitest" {
  // What each project's global setup hands to its test workers (see use-database.ts).
  export interface ProvidedContext {
    databaseUrl: string;
    authSecretFile: string;
  }
}

/** Migrates and seeds (demo data included) the database at url, as `npm start` would. */
export function prepareTestDatabase(url: string, authSecretFile: string): void {
  const r = spawnSync(process.execPath, ["node_modules/tsx/dist/cli.mjs", "--conditions=react-server", "scripts/prepare-db.ts"], {
    env: { ...process.env, DATABASE_URL: url, AUTH_SECRET_FILE: authSecretFile, SEED_DEMO: "true" },
    encoding: "utf8",
  });
  if (r.status !== 0) throw new Error(`Preparing the test database failed:\n${r.stdout}\n${r.stderr}`);
}
