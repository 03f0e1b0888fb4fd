import type { ReactNode } from "react";
import { cx } from "./utils";

export type FooterLink = { href: string; text: ReactNode };

export type ServiceFooterProps = {
  /** E.g. Accessibility statement, Privacy notice, Cookies, Contact, Help. */
  links?: readonly FooterLink[];
  /** Visually hidden heading for the links; defaults to "Support links". */
  linksHeading?: string;
  /** Free text under the links, e.g. who runs the service. */
  meta?: ReactNode;
  /** Right-hand text, e.g. "© Integrity Health Check 2025". No crown copyright. */
  secondary?: ReactNode;
  className?: string;
};

/** Our footer in GOV.UK footer styles, without the crown, crest or Open Government Licence. */
export function ServiceFooter({ links = [], linksHeading = "Support links", meta, secondary, className }: ServiceFooterProps) {
  return (
    <footer className={cx("govuk-footer app-footer", className)}>
      <div className="govuk-width-container">
        <div className="govuk-footer__meta">
          <div className="govuk-footer__meta-item govuk-footer__meta-item--grow">
            {links.length > 0 ? (
              <>
                <h2 className="govuk-visually-hidden">{linksHeading}</h2>
                <ul className="govuk-footer__inline-list">
                  {links.map((link) => (
                    <li key={link.href} className="govuk-footer__inline-list-item">
                      <a className="govuk-footer__link" href={link.href}>
                        {link.text}
                      </a>
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
            {meta ? <div className="govuk-footer__meta-custom">{meta}</div> : null}
          </div>
          {secondary ? <div className="govuk-footer__meta-item">{secondary}</div> : null}
        </div>
      </div>
    </footer>
  );
}
