import type { Metadata } from "next";
import { BackLink } from "@/components";
import { listActionOwners } from "@/lib/db/actions.ts";
import { ActionForm } from "../../_forms/action-form.tsx";
import { editDefaults } from "../../_forms/defaults.ts";
import { ActionPageHeading } from "../action-page-heading.tsx";
import { loadAction, type ActionPageProps } from "../load.ts";

export async function generateMetadata({ params }: ActionPageProps): Promise<Metadata> {
  const { action } = await loadAction((await params).id, "edit");
  return { title: `Edit the action: ${action.reference}` };
}

export default async function EditActionPage({ params }: ActionPageProps) {
  const { actor, action: a } = await loadAction((await params).id, "edit");
  const owners = await listActionOwners(actor);
  return (
    <>
      <BackLink href={`/actions/${a.id}`}>Back to the action</BackLink>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ActionForm mode="edit" defaults={editDefaults(a)} hidden={{ actionId: a.id, expectedVersion: String(a.version) }} owners={owners} cancelHref={`/actions/${a.id}`}>
            <ActionPageHeading action={a}>Edit the action</ActionPageHeading>
          </ActionForm>
        </div>
      </div>
    </>
  );
}
