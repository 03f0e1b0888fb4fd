// PostgreSQL driver adapter for Prisma 6.19 with the fixes the stock @prisma/adapter-pg needs
// (see the README, "PostgreSQL and several instances"). Used by the app (lib/db/client.ts) and by
// the Prisma CLI (prisma.config.ts), so it must not import server-only code.
import crypto from "node:crypto";
import pg from "pg";
import { parseIntoClientConfig } from "pg-connection-string";
import { PrismaPg } from "@prisma/adapter-pg";

export type PoolSettings = {
  /** Connections per process. */
  max: number;
  /** statement_timeout of every connection; 0 = none (migrations). */
  statementTimeoutMs: number;
  /** How long to wait for a connection before failing the request. */
  connectionTimeoutMs: number;
};

const NAME_OID = 19;
const CHAR_OID = 18;
const TEXT_OID = 25;

type QueryFn = (...args: unknown[]) => unknown;
type FieldsOf = { fields?: { dataTypeID: number }[] } | null | undefined;

// The adapter refuses result columns of type `name` and `"char"` ("could not be deserialized",
// prisma/orm#27403); the schema engine's catalogue queries return them. Both read fine as text.
function namesAsText<T>(result: T): T {
  for (const r of Array.isArray(result) ? result : [result]) {
    for (const f of (r as FieldsOf)?.fields ?? []) {
      if (f.dataTypeID === NAME_OID || f.dataTypeID === CHAR_OID) f.dataTypeID = TEXT_OID;
    }
  }
  return result;
}

/** A pg.Client whose query results report `name`/`"char"` columns as text (callback and promise forms). */
export class TextNameClient extends pg.Client {
  constructor(config?: string | pg.ClientConfig) {
    super(config);
    // query() has many overloads; wrapping the instance keeps them all without retyping each.
    const self = this as unknown as { query: QueryFn };
    const original: QueryFn = self.query.bind(this);
    self.query = (...args: unknown[]) => {
      const last = args[args.length - 1];
      if (typeof last === "function") {
        args[args.length - 1] = (err: unknown, res: unknown) => last(err, err ? res : namesAsText(res));
        return original(...args);
      }
      const out = original(...args);
      return out instanceof Promise ? out.then(namesAsText) : out;
    };
  }
}

export function poolConfig(url: string, s: PoolSettings): pg.PoolConfig {
  return {
    // Parsed fields rather than connectionString: a connectionString would override `database`.
    ...parseIntoClientConfig(url),
    Client: TextNameClient,
    max: s.max,
    connectionTimeoutMillis: s.connectionTimeoutMs,
    idleTimeoutMillis: 30_000,
    // Idle connections must not keep a CLI run or script alive (Prisma's CLI never closes the pool).
    allowExitOnIdle: true,
    ...(s.statementTimeoutMs > 0 ? { statement_timeout: s.statementTimeoutMs } : {}),
    application_name: "integrity-health-check",
  };
}

type Adapter = Awaited<ReturnType<PrismaPg["connect"]>>;

// The stock executeScript splits on ";" (breaks `$$` bodies and strings, and a failure leaves a
// migration half applied). With no parameters pg sends one simple-protocol query: one implicit
// transaction, and errors still go through the adapter's own error mapping.
function scriptAsOneQuery(adapter: Adapter): Adapter {
  adapter.executeScript = async (script: string) => {
    await adapter.executeRaw({ sql: script, args: [], argTypes: [] });
  };
  return adapter;
}

/** PrismaPg over a pool of TextNameClients, with a whole-script executeScript and a working shadow database. */
export class FixedPrismaPg extends PrismaPg {
  readonly #base: pg.PoolConfig;

  constructor(base: pg.PoolConfig) {
    // The factory owns its pool: $disconnect() (and the end of a CLI run) closes it.
    super(new pg.Pool(base), { disposeExternalPool: true });
    this.#base = base;
  }

  override async connect(): Promise<Adapter> {
    return scriptAsOneQuery(await super.connect());
  }

  override async connectToShadowDb(): Promise<Adapter> {
    const admin = await new FixedPrismaPg({ ...this.#base, max: 1 }).connect();
    const database = `prisma_migrate_shadow_db_${crypto.randomUUID().replaceAll("-", "")}`;
    await admin.executeScript(`CREATE DATABASE "${database}"`);
    const shadow = await new FixedPrismaPg({ ...this.#base, database }).connect();
    const disposeShadow = shadow.dispose.bind(shadow);
    shadow.dispose = async () => {
      // The shadow pool must be closed first: PostgreSQL refuses to drop a database in use.
      await disposeShadow();
      try {
        await admin.executeScript(`DROP DATABASE IF EXISTS "${database}"`);
      } finally {
        await admin.dispose();
      }
    };
    return shadow;
  }
}

export function createPgAdapter(url: string, settings: PoolSettings): FixedPrismaPg {
  return new FixedPrismaPg(poolConfig(url, settings));
}

function intFromEnv(name: string, fallback: number, env: NodeJS.ProcessEnv): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a whole number, not "${raw}"`);
  return n;
}

/** The app's pool settings: DB_POOL_MAX, DB_STATEMENT_TIMEOUT_MS, DB_CONNECT_TIMEOUT_MS. */
export function poolSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): PoolSettings {
  return {
    max: Math.max(1, intFromEnv("DB_POOL_MAX", 10, env)),
    statementTimeoutMs: intFromEnv("DB_STATEMENT_TIMEOUT_MS", 15_000, env),
    connectionTimeoutMs: intFromEnv("DB_CONNECT_TIMEOUT_MS", 10_000, env),
  };
}
