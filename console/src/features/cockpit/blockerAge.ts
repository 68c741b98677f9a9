// How long the open blockers have waited since they were reported, counted in the county's days
// (Asia/Shanghai, as CountyCalendar counts them), up to the county's today as the services tell it (on the demo
// stack, the speech's day), bucketed by category for the cockpit.
import { countyToday } from '../../calendar/countyToday'

export const AGE_BUCKETS = ['UNDER_7', 'UNDER_30', 'UNDER_90', 'OVER_90'] as const
export type AgeBucket = (typeof AGE_BUCKETS)[number]
const CLOSED = new Set(['RESOLVED', 'CLOSED'])

/** The calendar day of an instant in the county, as days since 1970-01-01. */
export function countyDay(instant: Date | string): number {
  const date = typeof instant === 'string' ? new Date(instant) : instant
  const [y, m, d] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' })
    .format(date).split('-').map(Number)
  return Math.round(Date.UTC(y, m - 1, d) / 86_400_000)
}

export function ageBucket(days: number): AgeBucket {
  return days < 7 ? 'UNDER_7' : days < 30 ? 'UNDER_30' : days < 90 ? 'UNDER_90' : 'OVER_90'
}

/** Open blockers (not resolved or closed) counted by category and age bucket, on the county day `today` ("2026-06-30"). */
export function blockersByAge(issues: { category: string; status: string; createdAt: string }[],
    today: string = countyToday()): Record<string, Record<AgeBucket, number>> {
  const todayNumber = Math.round(Date.parse(`${today}T00:00:00Z`) / 86_400_000)
  const counts: Record<string, Record<AgeBucket, number>> = {}
  for (const issue of issues) {
    if (CLOSED.has(issue.status)) continue
    const row = (counts[issue.category] ??= { UNDER_7: 0, UNDER_30: 0, UNDER_90: 0, OVER_90: 0 })
    row[ageBucket(todayNumber - countyDay(issue.createdAt))]++
  }
  return counts
}
