import { ServiceNavList } from "./ServiceNavList";
import type { ReactNode } from "react";
import { cx } from "./utils";

export type NavItem = {
  href: string;
  label: ReactNode;
  /** This is the page being shown: `aria-current="page"`. */
  current?: boolean;
  /** The page shown is inside this section (e.g. an assessment under "Assessments"): `aria-current="true"`. */
  active?: boolean;
};

export type HeaderUser = {
  name: string;
  /** E.g. "Professional standards". */
  roleLabel: string;
  /** E.g. "Kent Police"; left out for national roles. */
  forceName?: string;
};

export type ServiceHeaderProps = {
  serviceName: string;
  /** Defaults to "/". */
  homeHref?: string;
  navItems?: readonly NavItem[];
  user?: HeaderUser;
  /** A server action; rendered as a form so signing out works without JavaScript. */
  signOutAction?: (formData: FormData) => Promise<void>;
  /** Names the navigation landmark; defaults to "Main". */
  navLabel?: string;
  className?: string;
};

/**
 * Our own header (no GOV.UK crown or logotype): a dark bar with the service name and the
 * signed-in user, and below it the main navigation, which wraps at narrow widths (no menu
 * button, so it works without JavaScript).
 */
export function ServiceHeader({
  serviceName,
  homeHref = "/",
  navItems = [],
  user,
  signOutAction,
  navLabel = "Main",
  className,
}: ServiceHeaderProps) {
  return (
    <header className={cx("app-header", className)}>
      <div className="app-header__bar">
        <div className="govuk-width-container app-header__container">
          <a href={homeHref} className="app-header__service-name">
            {serviceName}
          </a>
          {user ? (
            <div className="app-header__account">
              <p className="app-header__user">
                <span className="govuk-visually-hidden">Signed in as </span>
                <span className="app-header__user-name">{user.name}</span>
                <span className="govuk-visually-hidden">, </span>{" "}
                <span className="app-header__user-role">
                  {user.roleLabel}
                  {user.forceName ? `, ${user.forceName}` : null}
                </span>
              </p>
              {signOutAction ? (
                <form action={signOutAction} className="app-header__sign-out-form">
                  <button type="submit" className="app-header__sign-out">
                    Sign out
                  </button>
                </form>
              ) : null}
            </div>
          ) : null}
        </div>
      </div>
      {navItems.length > 0 ? (
        <div className="govuk-service-navigation app-service-navigation">
          <div className="govuk-width-container">
            <div className="govuk-service-navigation__container">
              <nav aria-label={navLabel} className="govuk-service-navigation__wrapper">
                <ServiceNavList items={navItems} />
              </nav>
            </div>
          </div>
        </div>
      ) : null}
    </header>
  );
}
