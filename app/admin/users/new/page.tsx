import type { Metadata } from "next";
import { BackLink } from "@/components";
import { requireActor } from "@/lib/auth/session.ts";
import { listForceOptions } from "@/lib/db/forces.ts";
import { NewUserForm } from "./new-user-form.tsx";

export const metadata: Metadata = { title: "Add a user" };

export default async function NewUserPage() {
  await requireActor(["ADMIN"]);
  const forces = await listForceOptions();
  return (
    <>
      <BackLink href="/admin">Back to users</BackLink>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <NewUserForm forces={forces} />
        </div>
      </div>
    </>
  );
}
