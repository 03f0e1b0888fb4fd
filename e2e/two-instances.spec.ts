import crypto from "node:crypto";
import net from "node:net";
import { spawn, type ChildProcess } from "node:child_process";
import { expect, test } from "@playwright/test";
import { signIn } from "./helpers.ts";
import { apiSession, saveBurst, startDraftVia } from "./two-instances-helpers.ts";

// Two `next start` processes on one PostgreSQL database (the one the PostgreSQL pass migrated and
// seeded; playwright.config.ts runs this file only in that pass), sharing what the README says
// instances must share: the database, BETTER_AUTH_SECRET and UPLOAD_DIR.
// Also: conflicting saves through different instances, and SIGKILL of an instance mid-burst.

type Instance = { url: string; proc: ChildProcess; output: string[] };

const SECRET = crypto.randomBytes(32).toString("base64url");
const started: Instance[] = [];

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer().on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

async function startInstance(port: number): Promise<Instance> {
  const url = `http://127.0.0.1:${port}`;
  const proc = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", String(port), "-H", "127.0.0.1"], {
    env: {
      ...process.env,
      DATABASE_URL: process.env.E2E_DATABASE_URL,
      BETTER_AUTH_SECRET: SECRET,
      BETTER_AUTH_URL: url,
      UPLOAD_DIR: `${process.env.IHC_E2E_DIR}/uploads`,
      NEXT_TELEMETRY_DISABLED: "1",
    },
    // Its own process group, so stopping it cannot miss a child process.
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const instance: Instance = { url, proc, output: [] };
  started.push(instance);
  proc.stdout?.on("data", (c: Buffer) => instance.output.push(c.toString()));
  proc.stderr?.on("data", (c: Buffer) => instance.output.push(c.toString()));
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (proc.exitCode !== null) throw new Error(`Instance on ${url} exited:\n${instance.output.join("")}`);
    const ok = await fetch(`${url}/api/health`).then((r) => r.ok, () => false);
    if (ok) return instance;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`Instance on ${url} did not become healthy:\n${instance.output.join("")}`);
}

async function stopInstance({ proc }: Instance): Promise<void> {
  if (proc.exitCode !== null || proc.signalCode !== null || !proc.pid) return;
  const exited = new Promise<void>((resolve) => proc.once("exit", () => resolve()));
  const kill = (signal: NodeJS.Signals) => {
    try {
      process.kill(-proc.pid!, signal);
    } catch {
      // already gone
    }
  };
  kill("SIGTERM");
  const timer = setTimeout(() => kill("SIGKILL"), 10_000);
  await exited;
  clearTimeout(timer);
}

// A worker that dies still takes its servers with it.
process.once("exit", () => {
  for (const { proc } of started) {
    if (!proc.pid || proc.exitCode !== null) continue;
    try {
      process.kill(-proc.pid, "SIGKILL");
    } catch {
      // already gone
    }
  }
});

test.describe("two app instances on one database", () => {
  test.describe.configure({ mode: "serial", timeout: 120_000 });
  let a: Instance;
  let b: Instance;

  test.beforeAll(async () => {
    test.setTimeout(120_000);
    const [portA, portB] = [await freePort(), await freePort()];
    [a, b] = await Promise.all([startInstance(portA), startInstance(portB)]);
  });

  test.afterAll(async () => {
    await Promise.all(started.map(stopInstance));
  });

  test("a session started on one instance is valid on the other", async ({ browser }) => {
    const onA = await browser.newContext({ baseURL: a.url });
    const pageA = await onA.newPage();
    await signIn(pageA, "chief@cumbria.example.org");
    await expect(pageA).toHaveURL(`${a.url}/chief`);

    // Instance B has never seen this browser. Only the session token goes with it (not better-auth's
    // cached session cookie), so B has to find the session in the shared database.
    const token = (await onA.cookies(a.url)).find((c) => c.name.endsWith("session_token"));
    expect(token, "session cookie from instance A").toBeDefined();
    const withToken = async (url: string) => {
      const context = await browser.newContext({ baseURL: url });
      await context.addCookies([{ name: token!.name, value: token!.value, url }]);
      return context;
    };
    const onB = await withToken(b.url);
    const pageB = await onB.newPage();
    await pageB.goto("/chief");
    await expect(pageB).toHaveURL(`${b.url}/chief`);
    await expect(pageB.locator(".app-header__user")).toContainText("Cumbria deputy chief constable");

    // Without the cookie B asks for a sign-in, so the check above is not vacuous.
    const stranger = await browser.newPage({ baseURL: b.url });
    await stranger.goto("/chief");
    await expect(stranger).toHaveURL(`${b.url}/sign-in`);

    // Signing out on B deletes the session from the shared database: A no longer accepts the token.
    await pageB.getByRole("button", { name: "Sign out" }).click();
    await expect(pageB).toHaveURL(`${b.url}/sign-in`);
    const againOnA = await withToken(a.url);
    const pageA2 = await againOnA.newPage();
    await pageA2.goto("/chief");
    await expect(pageA2).toHaveURL(`${a.url}/sign-in`);
    await Promise.all([onA.close(), onB.close(), againOnA.close(), stranger.close()]);
  });

  test("two people saving the same answer through different instances: one wins, the other gets a conflict", async ({ browser }) => {
    const onA = await apiSession(a.url, "psd@surrey.example.org");
    const onB = await apiSession(b.url, "psd@surrey.example.org");
    const id = await startDraftVia(browser, a.url, onA);
    const put = (url: string, cookie: string, total: number) =>
      fetch(`${url}/api/v1/assessments/${id}/answers/C9`, {
        method: "PUT",
        headers: { "content-type": "application/json", cookie },
        body: JSON.stringify({ value: { total }, version: 0 }),
      });
    const [ra, rb] = await Promise.all([put(a.url, onA, 11), put(b.url, onB, 22)]);
    expect([ra.status, rb.status].sort()).toEqual([200, 409]);
    const winner = ra.status === 200 ? 11 : 22;
    const loser = (await (ra.status === 409 ? ra : rb).json()) as { current: { value: { total: number }; version: number } };
    expect(loser.current).toMatchObject({ value: { total: winner }, version: 1 });
    // The loser saves again from the version it was shown: accepted, nothing was overwritten blindly.
    const retry = await fetch(`${(ra.status === 409 ? a : b).url}/api/v1/assessments/${id}/answers/C9`, {
      method: "PUT",
      headers: { "content-type": "application/json", cookie: ra.status === 409 ? onA : onB },
      body: JSON.stringify({ value: { total: 33 }, version: 1 }),
    });
    expect(retry.status).toBe(200);
    const stored = (await (await fetch(`${b.url}/api/v1/assessments/${id}`, { headers: { cookie: onB } })).json()) as { answers: Record<string, { value: unknown; version: number }> };
    expect(stored.answers.C9).toMatchObject({ value: { total: 33 }, version: 2 });
  });

  test("an instance killed with SIGKILL during a burst of saves loses no acknowledged save", async ({ browser }) => {
    const onA = await apiSession(a.url, "psd@sussex.example.org");
    const onB = await apiSession(b.url, "psd@sussex.example.org");
    const id = await startDraftVia(browser, a.url, onA);
    const burst = saveBurst(b.url, onB, id);
    await new Promise((r) => setTimeout(r, 1500));
    process.kill(-b.proc.pid!, "SIGKILL");
    const acknowledged = await burst;
    expect(acknowledged.size, "saves acknowledged before the kill").toBeGreaterThan(5);
    // The survivor serves, and holds every acknowledged save (or a later one of the same writer).
    expect((await fetch(`${a.url}/api/health`)).status).toBe(200);
    const stored = (await (await fetch(`${a.url}/api/v1/assessments/${id}`, { headers: { cookie: onA } })).json()) as { answers: Record<string, { value: unknown; version: number }> };
    for (const [code, ack] of acknowledged) {
      const s = stored.answers[code];
      expect(s, code).toBeDefined();
      expect(s!.version, code).toBeGreaterThanOrEqual(ack.version);
      if (s!.version === ack.version) expect(s!.value, code).toEqual(ack.value);
    }
  });
});
