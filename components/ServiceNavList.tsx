"use client";
import { usePathname } from "next/navigation";
import { cx } from "./utils";
import type { NavItem } from "./ServiceHeader";

/**
 * The header's links. A client island only so that the current page is marked after client-side
 * navigation too (the root layout does not re-render then); it renders on the server as well.
 */
export function ServiceNavList({ items }: { items: readonly NavItem[] }) {
  const pathname = usePathname() ?? "";
  // The longest matching link owns the page, so "/admin" is not active on "/admin/forces".
  const owner = items
    .filter((i) => pathname === i.href || pathname.startsWith(`${i.href}/`))
    .sort((a, b) => b.href.length - a.href.length)[0]?.href;
  return (
    <ul className="govuk-service-navigation__list">
      {items.map((item) => {
        const current = item.current ?? (item.href === owner && pathname === item.href);
        const active = item.active ?? (item.href === owner && !current);
        const highlighted = current || active;
        return (
          <li key={item.href} className={cx("govuk-service-navigation__item", highlighted && "govuk-service-navigation__item--active")}>
            <a className="govuk-service-navigation__link" href={item.href} aria-current={current ? "page" : active ? "true" : undefined}>
              {highlighted ? (
                // Bold as well as underlined, so the current item shows in forced colours too.
                <strong className="govuk-service-navigation__active-fallback">{item.label}</strong>
              ) : (
                item.label
              )}
            </a>
          </li>
        );
      })}
    </ul>
  );
}
