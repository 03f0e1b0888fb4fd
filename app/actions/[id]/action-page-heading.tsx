import type { ActionDetail } from "@/lib/actions/types.ts";

/** The heading of a page about one action: which action (caption) and what the page does. */
export function ActionPageHeading({ action, children }: { action: ActionDetail; children: React.ReactNode }) {
  return (
    <>
      <span className="govuk-caption-l">
        {action.reference}: {action.title}
      </span>
      <h1 className="govuk-heading-l">{children}</h1>
    </>
  );
}
