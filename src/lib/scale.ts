/**
 * How big an overview page may grow. Up to these counts an overview lists every row itself (the
 * four seeds are far below them); beyond, it lists groups that link to pages of their own, so that
 * no page grows with the whole library and a build of a thousand plans stays linear.
 */
export const LIST_LIMITS = {
  /** Tasks on /tasks/. */
  tasks: 600,
  /**
   * Tasks on a topic page; beyond, it lists provinces, each with a page of the theme's tasks there.
   * A theme now needs its title or two mentions (src/lib/topics.ts), so a theme holds about one
   * task in five of a library: 120 rows keep a topic page near the size of a plan page.
   */
  topicTasks: 120,
  /** Units on a function page; beyond, it lists provinces, each with a page of its own. */
  functionUnits: 150,
  /** Units on /departments/. */
  departments: 600,
  /** Rows of the indicator tables on /indicators/. */
  indicators: 600,
  /** Corrections on /about/repairs/. */
  repairs: 1000,
  /**
   * Plans listed one by one on /policies/, /indicators/ and /about/repairs/, and cities on /tasks/
   * and /departments/; beyond, these overviews list provinces, each linking to its page.
   */
  plans: 40,
  /** Plans shown as cards on the home page and /policies/. */
  planCards: 24,
  /** Bars in one comparison chart. */
  chartBars: 30,
  /** Plans on a comparison page; beyond, it lists provinces, each with a comparison of its own. */
  comparisonPlans: 30,
  /** Like units of other cities listed on a department page. */
  likeUnits: 12,
} as const;
