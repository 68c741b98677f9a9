import { describe, expect, it } from 'vitest'
import { browserCountyDay, countyMonth, countyToday, countyYear } from './countyToday'

describe('the county today', () => {
  it('counts the day in the county zone: 20:00 UTC on 30 June is already 1 July in the county', () => {
    expect(browserCountyDay(new Date('2026-06-30T20:00:00Z'))).toBe('2026-07-01')
  })

  it('falls back to the browser clock in the county zone until the services answer', () => {
    expect(countyToday()).toBe(browserCountyDay())
    expect(countyYear()).toBe(Number(browserCountyDay().slice(0, 4)))
    expect(countyMonth()).toBe(browserCountyDay().slice(0, 7))
  })
})
