import type { Metadata } from "next";
import Link from "next/link";
import { Button, Pagination, Table, Tag, TextInput } from "@/components";
import { requireActor } from "@/lib/auth/session.ts";
import { ROLE_LABELS } from "@/lib/auth/roles.ts";
import { listUsers } from "@/lib/db/users.ts";
import { setActiveAction } from "./actions.ts";

export const metadata: Metadata = { title: "Users" };

type Props = { searchParams: Promise<{ q?: string; page?: string }> };

export default async function AdminUsers({ searchParams }: Props) {
  const actor = await requireActor(["ADMIN"]);
  const sp = await searchParams;
  const q = (sp.q ?? "").slice(0, 100);
  const page = Math.max(1, Number.parseInt(sp.page ?? "1", 10) || 1);
  const { users, total, pageSize } = await listUsers(actor, { q, page, pageSize: 50 });
  const pages = Math.max(1, Math.ceil(total / pageSize));
  return (
    <>
      <h1 className="govuk-heading-l">Users</h1>
      <Button href="/admin/users/new">Add a user</Button>
      <form method="get" action="/admin" role="search" className="govuk-!-margin-bottom-6">
        <TextInput id="q" label="Search by name or email address" defaultValue={q} type="search" width="one-half" />
        <Button type="submit" variant="secondary">Search</Button>
      </form>
      <Table
        scrollable
        caption={`${total} ${total === 1 ? "user" : "users"}${q ? ` matching “${q}”` : ""}`}
        head={["Name", "Email address", "Role", "Force", "Status", "Action"]}
        firstCellIsHeader
        rows={users.map((u) => [
          { content: u.name },
          { content: u.email },
          { content: ROLE_LABELS[u.role] },
          { content: u.forceName ?? "None" },
          { content: u.active ? <Tag colour="green">Active</Tag> : <Tag colour="grey">Deactivated</Tag> },
          {
            content:
              u.id === actor.userId ? (
                "You"
              ) : (
                <form action={setActiveAction}>
                  <input type="hidden" name="userId" value={u.id} />
                  <input type="hidden" name="active" value={u.active ? "false" : "true"} />
                  <Button type="submit" variant={u.active ? "warning" : "secondary"} className="govuk-!-margin-bottom-0">
                    {u.active ? "Deactivate" : "Reactivate"}
                    <span className="govuk-visually-hidden"> {u.email}</span>
                  </Button>
                </form>
              ),
          },
        ])}
      />
      {pages > 1 ? <Pagination baseHref="/admin" query={{ q: q || undefined }} currentPage={page} totalPages={pages} /> : null}
      <p className="govuk-body">
        <Link className="govuk-link" href="/admin/forces">Forces and alliances</Link>
      </p>
    </>
  );
}
