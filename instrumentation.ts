// Runs once when the Next.js server starts (see lib/db/shutdown.ts for why).
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { disconnectDatabaseBeforeExit } = await import("./lib/db/shutdown.ts");
  disconnectDatabaseBeforeExit();
}
