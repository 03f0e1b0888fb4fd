import type { Metadata } from "next";
import Link from "next/link";
import { NotificationBanner } from "@/components";
import { requireActor } from "@/lib/auth/session.ts";
import { listAssessments } from "@/lib/db/assessments.ts";
import { getActionDashboard } from "@/lib/db/actions.ts";
import { ForceCycles } from "../_components/force-home.tsx";
import { ActionDashboardView } from "./_components/action-dashboard.tsx";

export const metadata: Metadata = { title: "Overview" };

/** The chief officer's home: what waits for their sign-off, the health check, then the action plan. */
export default async function ChiefHome() {
  const actor = await requireActor(["CHIEF_OFFICER"]);
  const [waiting, dashboard] = await Promise.all([listAssessments(actor, { status: ["READY_FOR_SIGN_OFF"] }), getActionDashboard(actor)]);
  return (
    <>
      <span className="govuk-caption-l">{actor.forceName}</span>
      <h1 className="govuk-heading-l">Overview</h1>
      {waiting.length > 0 ? (
        <NotificationBanner title="Waiting for your sign-off">
          {waiting.map((a) => (
            <p key={a.id} className="govuk-notification-banner__heading">
              The {a.cycle.name} health check is ready for you to sign off.{" "}
              <Link className="govuk-notification-banner__link" href={`/assessments/${a.id}/sign-off`}>
                Review it
              </Link>
            </p>
          ))}
        </NotificationBanner>
      ) : (
        <p className="govuk-body">Nothing is waiting for your sign-off.</p>
      )}
      <ForceCycles actor={actor} />
      <ActionDashboardView d={dashboard} />
    </>
  );
}
