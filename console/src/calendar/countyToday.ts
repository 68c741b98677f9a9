import { reactive } from 'vue'
import { api, need } from '../api/client'

// The county's today as the services count it (GET /api/programme/today). The browser's clock is not it: the
// browser may sit in another zone, and the demo stack lives on the speech's day whatever day it runs. Forms
// propose this day and pages open on its year, so nobody is offered a day the services would call the future.

const COUNTY_ZONE = 'Asia/Shanghai'
const state = reactive({ today: null as string | null })
let loading: Promise<void> | null = null

/** Today in the county's zone by the browser's clock: the answer until the services have told theirs. */
export function browserCountyDay(now: Date = new Date()): string {
  return now.toLocaleDateString('en-CA', { timeZone: COUNTY_ZONE })
}

/** Asks the services once (the day is the county's, not the person's); a failed answer is asked again next time. */
export function loadCountyToday(): Promise<void> {
  loading ??= need(api.GET('/api/programme/today', {}))
    .then((answer) => { state.today = answer.today ?? null })
    .catch(() => { loading = null })
  return loading
}

/** "2026-06-30": the county's today. */
export function countyToday(): string {
  return state.today ?? browserCountyDay()
}

/** The programme year today falls in. */
export function countyYear(): number {
  return Number(countyToday().slice(0, 4))
}

/** "2026-06": the county's month. */
export function countyMonth(): string {
  return countyToday().slice(0, 7)
}
