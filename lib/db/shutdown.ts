// On SIGTERM/SIGINT `next start` stops accepting connections, waits for the requests in flight,
// then calls process.exit(). That exit would cut the database pool off mid-conversation, so the
// exit is deferred until the Prisma client has disconnected (at most a few seconds).

type Disconnectable = { $disconnect(): Promise<void> };
const g = globalThis as unknown as { __ihcPrisma?: Disconnectable; __ihcShutdownHooked?: boolean };

const DISCONNECT_LIMIT_MS = 5_000;

export function disconnectDatabaseBeforeExit(): void {
  if (g.__ihcShutdownHooked) return;
  g.__ihcShutdownHooked = true;
  const onSignal = () => {
    const exit = process.exit.bind(process);
    let exiting = false;
    const deferredExit = (code?: number | string | null) => {
      if (exiting) return;
      exiting = true;
      const limit = setTimeout(() => exit(code), DISCONNECT_LIMIT_MS);
      // lib/db/client.ts keeps the process's one client here; none means no request used the database.
      const client = g.__ihcPrisma;
      void (client ? client.$disconnect() : Promise.resolve())
        .then(() => console.log("Database connections closed."))
        .catch((e: unknown) => console.error("Closing database connections failed:", e))
        .finally(() => {
          clearTimeout(limit);
          exit(code);
        });
    };
    process.exit = deferredExit as typeof process.exit;
  };
  process.once("SIGTERM", onSignal);
  process.once("SIGINT", onSignal);
}
