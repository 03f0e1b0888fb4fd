// Figures HMIC published for the whole of England and Wales after the 2012 revisit, by cycle slug
// and figure id. Shown beside the totals of the same cycle so an inspector can set what forces
// told us against the published national picture.

export const PUBLISHED_FIGURES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  "2012-revisit": {
    "media-investigations": "98 across the 44 forces",
    "social-media-monitoring": "9 forces could check staff accounts",
    "suppliers-not-checked": "23 forces did not check",
  },
};
