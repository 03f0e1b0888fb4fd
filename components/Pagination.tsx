import { cx } from "./utils";

export type PaginationQuery = Record<string, string | readonly string[] | undefined>;

export type PaginationProps = {
  /** 1-based. */
  currentPage: number;
  totalPages: number;
  /** The list's path, e.g. "/actions" (may carry its own query string). */
  baseHref: string;
  /** Current filters and sort to keep on every page link (the page parameter is replaced; undefined values are left out). */
  query?: PaginationQuery;
  /** Defaults to "page". Page 1 links leave it out. */
  pageParam?: string;
  /** Names the navigation landmark; defaults to "Pagination". Make it unique if there are two lists. */
  landmarkLabel?: string;
  className?: string;
};

/** Builds the link for page `page` from a base href and the query parameters to keep. */
export function paginationHref(baseHref: string, page: number, keep: PaginationQuery = {}, pageParam = "page"): string {
  const [path = "", existing = ""] = baseHref.split("?", 2);
  const search = new URLSearchParams(existing);
  for (const [key, value] of Object.entries(keep)) {
    if (key === pageParam || value === undefined) continue;
    search.delete(key);
    for (const v of typeof value === "string" ? [value] : value) search.append(key, v);
  }
  search.delete(pageParam);
  if (page > 1) search.set(pageParam, String(page));
  const qs = search.toString();
  return qs ? `${path}?${qs}` : path;
}

/** Page numbers to show: first, last, and the current page with one either side; `null` is a gap. */
export function paginationItems(current: number, total: number): Array<number | null> {
  const wanted = new Set([1, total, current - 1, current, current + 1].filter((n) => n >= 1 && n <= total));
  const sorted = [...wanted].sort((a, b) => a - b);
  const out: Array<number | null> = [];
  sorted.forEach((n, i) => {
    const previous = sorted[i - 1];
    if (previous !== undefined && n - previous === 2) out.push(previous + 1);
    else if (previous !== undefined && n - previous > 2) out.push(null);
    out.push(n);
  });
  return out;
}

function PrevIcon() {
  return (
    <svg
      className="govuk-pagination__icon govuk-pagination__icon--prev"
      xmlns="http://www.w3.org/2000/svg"
      height="13"
      width="15"
      aria-hidden="true"
      focusable="false"
      viewBox="0 0 15 13"
    >
      <path d="m6.5938-0.0078125-6.7266 6.7266 6.7441 6.4062 1.377-1.449-4.1856-3.9768h12.896v-2h-12.984l4.2931-4.293-1.414-1.414z" />
    </svg>
  );
}

function NextIcon() {
  return (
    <svg
      className="govuk-pagination__icon govuk-pagination__icon--next"
      xmlns="http://www.w3.org/2000/svg"
      height="13"
      width="15"
      aria-hidden="true"
      focusable="false"
      viewBox="0 0 15 13"
    >
      <path d="m8.107-0.0078125-1.4136 1.414 4.2926 4.293h-12.986v2h12.896l-4.1855 3.9766 1.377 1.4492 6.7441-6.4062-6.7246-6.7266z" />
    </svg>
  );
}

/**
 * GOV.UK pagination: previous/next and numbered links built from `baseHref` + `query`, so it
 * works without JavaScript. Renders nothing for a single page.
 */
export function Pagination({
  currentPage,
  totalPages,
  baseHref,
  query,
  pageParam = "page",
  landmarkLabel = "Pagination",
  className,
}: PaginationProps) {
  const total = Math.max(0, Math.floor(totalPages));
  if (total <= 1) return null;
  const current = Math.min(Math.max(1, Math.floor(currentPage)), total);
  const href = (page: number) => paginationHref(baseHref, page, query, pageParam);

  return (
    <nav className={cx("govuk-pagination", className)} aria-label={landmarkLabel}>
      {current > 1 ? (
        <div className="govuk-pagination__prev">
          <a className="govuk-link govuk-pagination__link" href={href(current - 1)} rel="prev">
            <PrevIcon />
            <span className="govuk-pagination__link-title">
              Previous<span className="govuk-visually-hidden"> page</span>
            </span>
          </a>
        </div>
      ) : null}
      <ul className="govuk-pagination__list">
        {paginationItems(current, total).map((page, i) =>
          page === null ? (
            <li key={`gap-${i}`} className="govuk-pagination__item govuk-pagination__item--ellipsis">
              {"\u22EF" /* ⋯ as in govuk-frontend (&ctdot;, which JSX does not know) */}
            </li>
          ) : (
            <li
              key={page}
              className={cx("govuk-pagination__item", page === current && "govuk-pagination__item--current")}
            >
              <a
                className="govuk-link govuk-pagination__link"
                href={href(page)}
                aria-label={`Page ${page}`}
                aria-current={page === current ? "page" : undefined}
              >
                {page}
              </a>
            </li>
          ),
        )}
      </ul>
      {current < total ? (
        <div className="govuk-pagination__next">
          <a className="govuk-link govuk-pagination__link" href={href(current + 1)} rel="next">
            <span className="govuk-pagination__link-title">
              Next<span className="govuk-visually-hidden"> page</span>
            </span>
            <NextIcon />
          </a>
        </div>
      ) : null}
    </nav>
  );
}
