import type { Browser } from "@playwright/test";

// API helpers for the two-instance tests: sessions by JSON sign-in, a draft, and a burst of saves.

export async function apiSession(url: string, email: string): Promise<string> {
  const res = await fetch(`${url}/api/v1/session`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password: "Integrity-Demo-2012" }),
  });
  if (res.status !== 200) throw new Error(`Sign-in on ${url} failed: ${res.status}`);
  return res.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
}

/** Starts the force's 2012 draft through the PSD home page's own form, then finds its id by API. */
export async function startDraftVia(browser: Browser, url: string, cookie: string): Promise<string> {
  const list = async () =>
    ((await (await fetch(`${url}/api/v1/assessments`, { headers: { cookie } })).json()) as { assessments: { id: string; status: string }[] }).assessments;
  const existing = (await list()).find((a) => a.status === "DRAFT");
  if (existing) return existing.id;
  const context = await browser.newContext({ baseURL: url });
  try {
    await context.addCookies(cookie.split("; ").map((kv) => ({ name: kv.split("=")[0]!, value: kv.slice(kv.indexOf("=") + 1), url })));
    const page = await context.newPage();
    await page.goto("/psd");
    await page.getByRole("button", { name: /Start the 2012 revisit health check/ }).click();
    await page.waitForURL(/\/assessments\/[^/]+$/);
  } finally {
    await context.close();
  }
  const started = (await list()).find((a) => a.status === "DRAFT");
  if (!started) throw new Error("The draft was not started");
  return started.id;
}

const CODES = ["C9", "D12", "H7", "I1", "I2", "I4"];

/**
 * Six writers save numbers in turn until the instance stops answering. Returns, per question,
 * the last save the server acknowledged (status 200), with its version and value.
 */
export async function saveBurst(url: string, cookie: string, assessmentId: string): Promise<Map<string, { version: number; value: unknown }>> {
  const acknowledged = new Map<string, { version: number; value: unknown }>();
  await Promise.all(
    CODES.map(async (code) => {
      let version = 0;
      for (let i = 1; i < 10_000; i++) {
        const value = { total: i };
        try {
          const res = await fetch(`${url}/api/v1/assessments/${assessmentId}/answers/${code}`, {
            method: "PUT",
            headers: { "content-type": "application/json", cookie },
            body: JSON.stringify({ value, version }),
          });
          if (res.status !== 200) return;
          version = ((await res.json()) as { version: number }).version;
          acknowledged.set(code, { version, value });
        } catch {
          return; // the instance is gone
        }
      }
    }),
  );
  return acknowledged;
}
