// A throwaway PostgreSQL cluster for tests: initdb into a temp dir, start on a free port, one database.
// `tsx scripts/pg-cluster.ts` starts one by hand, prints its URL and stops it on Ctrl+C.
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { spawnSync } from "node:child_process";

export type ThrowawayCluster = { url: string; stop(): Promise<void> };

const DATABASE = "ihc";

/** The bin directory of the newest installed PostgreSQL (Debian layout), or null. PG_BIN overrides. */
export function postgresBinDir(): string | null {
  const fromEnv = process.env.PG_BIN?.trim();
  if (fromEnv) return fs.existsSync(path.join(fromEnv, "initdb")) ? fromEnv : null;
  const root = "/usr/lib/postgresql";
  if (!fs.existsSync(root)) return null;
  const versions = fs
    .readdirSync(root)
    .filter((v) => fs.existsSync(path.join(root, v, "bin", "initdb")))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? path.join(root, versions[0], "bin") : null;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

type ServerUser = { command(argv: string[]): string[]; uid?: number; gid?: number };

// PostgreSQL refuses to run as root: then the server tools run as the `postgres` user.
function serverUser(): ServerUser {
  if (process.getuid?.() !== 0) return { command: (argv) => argv };
  const id = (flag: string) => Number(spawnSync("id", [flag, "postgres"], { encoding: "utf8" }).stdout.trim());
  const uid = id("-u");
  if (!Number.isInteger(uid) || uid <= 0) throw new Error("Running as root needs a `postgres` user to run the test cluster");
  const runuser = ["/usr/sbin/runuser", "/sbin/runuser"].find((p) => fs.existsSync(p));
  const quote = (a: string) => `'${a.replaceAll("'", "'\\''")}'`;
  return {
    // `su -c` takes one shell string; runuser takes argv.
    command: (argv) => (runuser ? [runuser, "-u", "postgres", "--", ...argv] : ["su", "postgres", "-s", "/bin/sh", "-c", argv.map(quote).join(" ")]),
    uid,
    gid: id("-g"),
  };
}

function run(command: string[], what: string): void {
  const [file, ...args] = command;
  const r = spawnSync(file!, args, { encoding: "utf8" });
  if (r.status !== 0) throw new Error(`${what} failed:\n${r.stdout}\n${r.stderr}`);
}

/** Starts a fresh cluster with one empty database, or returns null when PostgreSQL is not installed. */
export async function startThrowawayCluster(): Promise<ThrowawayCluster | null> {
  const bin = postgresBinDir();
  if (!bin) return null;
  const user = serverUser();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ihc-pg-"));
  const data = path.join(dir, "data");
  if (user.uid !== undefined) fs.chownSync(dir, user.uid, user.gid ?? user.uid);
  const pgCtl = (...args: string[]) => user.command([path.join(bin, "pg_ctl"), "-D", data, ...args]);

  let running = false;
  const stopNow = () => {
    const [file, ...args] = pgCtl("stop", "-m", "immediate");
    if (running) spawnSync(file!, args);
    running = false;
    fs.rmSync(dir, { recursive: true, force: true });
  };
  // A test runner that dies must not leave a server behind.
  process.once("exit", stopNow);

  try {
    // C locale: byte order and ASCII-only case folding, like SQLite.
    run(user.command([path.join(bin, "initdb"), "-D", data, "-A", "trust", "-U", "postgres", "-E", "UTF8", "--locale=C"]), "initdb");
    const port = await freePort();
    // Durability is pointless for a throwaway cluster; skipping fsync keeps tests fast.
    const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off`;
    run(pgCtl("-o", options, "-l", path.join(dir, "log"), "-w", "-t", "60", "start"), "pg_ctl start");
    running = true;
    run([path.join(bin, "createdb"), "-h", "127.0.0.1", "-p", String(port), "-U", "postgres", DATABASE], "createdb");
    return {
      url: `postgresql://postgres@127.0.0.1:${port}/${DATABASE}`,
      async stop() {
        process.removeListener("exit", stopNow);
        if (running) run(pgCtl("stop", "-m", "fast", "-w"), "pg_ctl stop");
        running = false;
        fs.rmSync(dir, { recursive: true, force: true });
      },
    };
  } catch (e) {
    process.removeListener("exit", stopNow);
    stopNow();
    throw e;
  }
}

async function main(): Promise<void> {
  const cluster = await startThrowawayCluster();
  if (!cluster) throw new Error("PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb).");
  console.log(`DATABASE_URL=${cluster.url}\nLeave this running (the port changes every run); press Ctrl+C to stop and delete the cluster.`);
  const keepAlive = setInterval(() => undefined, 1 << 30);
  // Ctrl+C reaches this process twice (from the terminal and from tsx): the handler stays installed
  // and ignores repeats, so a second signal cannot kill it before the folder is deleted.
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    void cluster.stop().finally(() => clearInterval(keepAlive));
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
}
