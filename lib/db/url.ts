import path from "node:path";

/** The embedded database lives under data/ unless DATABASE_URL says otherwise. */
export const DEFAULT_DATABASE_URL = "file:./data/app.db";

export function databaseUrl(): string {
  return process.env.DATABASE_URL?.trim() || DEFAULT_DATABASE_URL;
}

export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//i.test(url);
}

/** The provider name Prisma and better-auth use for the configured database. */
export function databaseProvider(): "postgresql" | "sqlite" {
  return isPostgresUrl(databaseUrl()) ? "postgresql" : "sqlite";
}

/** `file:./data/app.db` → absolute path, resolved against the working directory (the repo root). */
export function sqliteFilePath(url: string): string {
  if (!url.startsWith("file:")) throw new Error(`Not a SQLite URL: ${url}`);
  const file = url.slice("file:".length).split("?")[0] ?? "";
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), file);
}
