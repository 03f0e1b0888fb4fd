import type { Metadata } from "next";
import { requireActor } from "@/lib/auth/session.ts";
import { ForceCycles } from "../_components/force-home.tsx";

export const metadata: Metadata = { title: "Your force's health checks" };

export default async function PsdHome() {
  const actor = await requireActor(["PSD"]);
  return (
    <>
      <span className="govuk-caption-l">{actor.forceName}</span>
      <h1 className="govuk-heading-l">Your force&rsquo;s health checks</h1>
      <p className="govuk-body">Fill in your force&rsquo;s integrity health check for each cycle and send it to your chief officer for sign-off.</p>
      <ForceCycles actor={actor} />
    </>
  );
}
