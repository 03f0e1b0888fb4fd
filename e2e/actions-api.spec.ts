import { expect, test, type Browser, type APIRequestContext } from "@playwright/test";
import { signIn } from "./helpers.ts";

// The actions API: /api/v1/actions and /api/v1/actions/{id}, the same rules as the pages.
// Forces changed here: derbyshire, nottinghamshire (other specs only read the demo forces).

async function as(browser: Browser, email: string): Promise<{ request: APIRequestContext; close: () => Promise<void> }> {
  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  await signIn(page, email);
  return { request: page.request, close: () => ctx.close() };
}

const action = (over: Record<string, unknown> = {}) => ({
  title: `Cross-check the registers ${Date.now()}`,
  description: "Compare the procurement register with the gifts and hospitality register",
  questionCodes: ["F1", "E4"],
  owner: "role:HEAD_OF_PROCUREMENT",
  dueDate: "2031-03-31",
  priority: "HIGH",
  ...over,
});

test("raise, change with versions, complete and close an action through the API", async ({ browser }) => {
  const psd = await as(browser, "psd@derbyshire.example.org");
  const chief = await as(browser, "chief@derbyshire.example.org");

  let res = await psd.request.post("/api/v1/actions", { data: action({ title: "API raised action: cross-check registers" }) });
  expect(res.status()).toBe(201);
  const created = await res.json();
  expect(created).toMatchObject({ reference: expect.stringMatching(/^DER-A-\d{4}$/), version: 1, status: "NOT_STARTED", questionCodes: ["E4", "F1"], dueDate: "2031-03-31", rag: "green" });
  expect(res.headers().location).toBe(`/api/v1/actions/${created.id}`);
  const url = `/api/v1/actions/${created.id}`;

  res = await psd.request.get(url);
  expect(res.status()).toBe(200);
  expect((await res.json()).ownerLabel).toBe("Head of procurement");

  // Partial edit with If-Match; then the same stale version is a conflict carrying the current action.
  res = await psd.request.patch(url, { data: { title: "API raised action: cross-check all registers" }, headers: { "If-Match": '"1"' } });
  expect(res.status()).toBe(200);
  expect(await res.json()).toMatchObject({ version: 2, title: "API raised action: cross-check all registers", priority: "HIGH", questionCodes: ["E4", "F1"] });
  res = await chief.request.patch(url, { data: { title: "Overwritten", version: 1 } });
  expect(res.status()).toBe(409);
  expect(await res.json()).toMatchObject({ current: { version: 2, title: "API raised action: cross-check all registers" } });

  // The tracker's filters.
  res = await psd.request.get("/api/v1/actions?q=cross-check+all+registers&rag=green&section=F&priority=HIGH");
  const list = await res.json();
  expect(list).toMatchObject({ total: 1, page: 1, counts: { total: 1, byRag: { green: 1 } } });
  expect(list.rows[0].id).toBe(created.id);
  expect((await (await psd.request.get("/api/v1/actions?q=cross-check+all+registers&rag=red")).json()).total).toBe(0);

  // Through its life: progress, complete, close (chief officer only).
  res = await psd.request.patch(url, { data: { version: 2, note: "Registers exported", status: "IN_PROGRESS" } });
  expect(await res.json()).toMatchObject({ version: 3, status: "IN_PROGRESS" });
  res = await psd.request.patch(url, { data: { version: 3, status: "COMPLETED", completionNote: "Checked; no matches found" } });
  expect(await res.json()).toMatchObject({ version: 4, status: "COMPLETED", rag: "done" });
  expect((await psd.request.patch(url, { data: { version: 4, status: "CLOSED" } })).status()).toBe(403);
  res = await chief.request.patch(url, { data: { version: 4, status: "CLOSED", note: "Seen the comparison" } });
  expect(await res.json()).toMatchObject({ version: 5, status: "CLOSED", closedBy: expect.any(String) });
  res = await chief.request.patch(url, { data: { version: 5, status: "IN_PROGRESS", reason: "Low-value purchases were left out" } });
  expect(await res.json()).toMatchObject({ version: 6, status: "IN_PROGRESS", completionNote: null });
  const history = (await (await psd.request.get(url)).json()).history.map((h: { action: string }) => h.action);
  expect(history).toEqual(["action.create", "action.update", "action.progress", "action.complete", "action.close", "action.reopen"]);

  await psd.close();
  await chief.close();
});

test("bad input is 422 with field messages, never a 500", async ({ browser }) => {
  const psd = await as(browser, "psd@nottinghamshire.example.org");
  const post = (data: unknown) => psd.request.post("/api/v1/actions", { data });

  let res = await post(action({ title: "" }));
  expect(res.status()).toBe(422);
  expect((await res.json()).fieldErrors).toMatchObject({ title: "Enter a title for the action" });
  res = await post(action({ dueDate: "2031-02-30", priority: "URGENT", questionCodes: ["Z99"] }));
  expect(res.status()).toBe(422);
  expect((await res.json()).fieldErrors).toMatchObject({ dueDate: "Due date must be a real date", priority: "Select the priority of the action" });
  res = await post(action({ questionCodes: ["Z99"] }));
  expect((await res.json()).fieldErrors).toEqual({ questionCodes: "Question Z99 is not in the checklist. Enter question codes like E4 or F1" });
  expect((await psd.request.post("/api/v1/actions", { data: "not json", headers: { "content-type": "application/json" } })).status()).toBe(422);
  expect((await post([1, 2])).status()).toBe(422);

  const created = await (await post(action())).json();
  const url = `/api/v1/actions/${created.id}`;
  for (const bad of [{ title: "No version" }, { title: "x", version: "two" }, { version: 1 }, { version: 1, title: "x", status: "COMPLETED" }, { version: 1, dueDate: "31 March" }, { version: 1, status: "COMPLETED" }]) {
    res = await psd.request.patch(url, { data: bad });
    expect(res.status(), JSON.stringify(bad)).toBe(422);
    expect((await res.json()).fieldErrors, JSON.stringify(bad)).toBeTruthy();
  }
  expect((await (await psd.request.get(url)).json()).version).toBe(1);
  await psd.close();
});

test("outside scope: 401 signed out, 404 for another force or an unknown id, 403 for the inspector", async ({ browser }) => {
  const psd = await as(browser, "psd@nottinghamshire.example.org");
  const created = await (await psd.request.post("/api/v1/actions", { data: action({ title: "Nottinghamshire only" }) })).json();
  const url = `/api/v1/actions/${created.id}`;

  const anonymous = await browser.newContext();
  expect((await anonymous.request.get("/api/v1/actions")).status()).toBe(401);
  expect((await anonymous.request.get(url)).status()).toBe(401);
  expect((await anonymous.request.post("/api/v1/actions", { data: action() })).status()).toBe(401);
  expect((await anonymous.request.patch(url, { data: { version: 1, title: "x" } })).status()).toBe(401);
  await anonymous.close();

  expect((await psd.request.get("/api/v1/actions/no-such-action")).status()).toBe(404);
  expect((await psd.request.patch("/api/v1/actions/no-such-action", { data: { version: 1, title: "x" } })).status()).toBe(404);

  for (const email of ["psd@derbyshire.example.org", "chief@derbyshire.example.org", "inspector@inspectorate.example.org"]) {
    const other = await as(browser, email);
    // Nottinghamshire has no submitted assessment, so even the inspectorate does not see its actions.
    expect((await other.request.get(url)).status(), email).toBe(404);
    expect((await other.request.patch(url, { data: { version: 1, title: "Taken over" } })).status(), email).toBe(404);
    const rows = (await (await other.request.get("/api/v1/actions?force=nottinghamshire&perPage=100")).json()).rows ?? [];
    expect(rows.map((r: { id: string }) => r.id), email).not.toContain(created.id);
    await other.close();
  }

  // The inspectorate reads a submitted force's actions but never changes them.
  const inspector = await as(browser, "inspector@inspectorate.example.org");
  const staffs = await (await inspector.request.get("/api/v1/actions?force=staffordshire&status=IN_PROGRESS")).json();
  expect(staffs.total).toBeGreaterThan(0);
  const target = staffs.rows[0];
  expect((await inspector.request.get(`/api/v1/actions/${target.id}`)).status()).toBe(200);
  expect((await inspector.request.patch(`/api/v1/actions/${target.id}`, { data: { version: target.version, note: "Inspector's note" } })).status()).toBe(403);
  expect((await inspector.request.post("/api/v1/actions", { data: action() })).status()).toBe(403);
  await inspector.close();

  expect((await (await psd.request.get(url)).json()).title).toBe("Nottinghamshire only");
  await psd.close();
});
