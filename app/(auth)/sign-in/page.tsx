import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/session.ts";
import { HOME_BY_ROLE } from "@/lib/auth/roles.ts";
import { SignInForm } from "./sign-in-form.tsx";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage() {
  const actor = await getActor();
  if (actor) redirect(HOME_BY_ROLE[actor.role]);
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">Sign in</h1>
        <p className="govuk-body">
          Sign in with the account your force or the inspectorate gave you. If you do not have one, ask your administrator.
        </p>
        <SignInForm />
      </div>
    </div>
  );
}
