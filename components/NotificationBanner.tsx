import { useId, type ReactNode } from "react";
import { FocusOnMount } from "./FocusOnMount";
import { cx, type HeadingLevel } from "./utils";

export type NotificationBannerProps = {
  /** "success" after the user did something (role="alert", takes focus); "important" otherwise. */
  type?: "important" | "success";
  /** Defaults to "Important" or "Success". */
  title?: ReactNode;
  titleId?: string;
  titleHeadingLevel?: Exclude<HeadingLevel, 1>;
  /** A single line of content, styled as the banner's heading. */
  heading?: ReactNode;
  /** Richer content (paragraphs, links with class "govuk-notification-banner__link"). */
  children?: ReactNode;
  /** Overrides the role ("alert" for success, "region" otherwise). */
  role?: "alert" | "region";
  /** Don't move focus to a success banner when it renders. */
  disableAutoFocus?: boolean;
  id?: string;
  className?: string;
};

/** GOV.UK notification banner. Use at most one per page, above the `<h1>`. */
export function NotificationBanner({
  type = "important",
  title,
  titleId,
  titleHeadingLevel = 2,
  heading,
  children,
  role,
  disableAutoFocus,
  id,
  className,
}: NotificationBannerProps) {
  const generatedId = useId();
  const success = type === "success";
  const effectiveRole = role ?? (success ? "alert" : "region");
  const headingId = titleId ?? `notification-banner-title${generatedId.replace(/[^a-zA-Z0-9_-]/g, "")}`;
  const bannerId = id ?? `${headingId}-banner`;
  const Heading = `h${titleHeadingLevel}` as const;
  return (
    <>
      <div
        id={bannerId}
        className={cx("govuk-notification-banner", success && "govuk-notification-banner--success", className)}
        role={effectiveRole}
        aria-labelledby={headingId}
        data-module="govuk-notification-banner"
        data-disable-auto-focus={disableAutoFocus ? "true" : undefined}
      >
        <div className="govuk-notification-banner__header">
          <Heading className="govuk-notification-banner__title" id={headingId}>
            {title ?? (success ? "Success" : "Important")}
          </Heading>
        </div>
        <div className="govuk-notification-banner__content">
          {heading ? <p className="govuk-notification-banner__heading">{heading}</p> : null}
          {children}
        </div>
      </div>
      {effectiveRole === "alert" && !disableAutoFocus ? <FocusOnMount targetId={bannerId} /> : null}
    </>
  );
}
