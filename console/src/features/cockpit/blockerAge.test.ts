import { describe, expect, it } from 'vitest'
import { ageBucket, blockersByAge, countyDay } from './blockerAge'

describe("the open blockers' ages", () => {
  it("counts days on the county's calendar, not the browser's or UTC's", () => {
    // 23:30 UTC on 1 June is 07:30 on 2 June in the county
    expect(countyDay('2026-06-01T23:30:00Z') - countyDay('2026-06-01T15:00:00Z')).toBe(1)
    expect(countyDay('2026-06-01T15:59:00Z')).toBe(countyDay('2026-06-01T01:00:00Z'))
  })

  it('puts each age in its bucket, the boundary day in the older one', () => {
    expect([0, 6, 7, 29, 30, 89, 90, 400].map(ageBucket))
      .toEqual(['UNDER_7', 'UNDER_7', 'UNDER_30', 'UNDER_30', 'UNDER_90', 'UNDER_90', 'OVER_90', 'OVER_90'])
  })

  it("counts only blockers not resolved or closed, by category and bucket, up to the county's today", () => {
    const counts = blockersByAge([
      { category: 'DEMOLITION', status: 'OPEN', createdAt: '2026-06-28T02:00:00Z' },
      { category: 'DEMOLITION', status: 'IN_COORDINATION', createdAt: '2026-03-01T02:00:00Z' },
      { category: 'DEMOLITION', status: 'CLOSED', createdAt: '2026-06-29T02:00:00Z' },
      { category: 'FUNDING', status: 'ESCALATED', createdAt: '2026-06-10T02:00:00Z' },
      { category: 'LAND', status: 'RESOLVED', createdAt: '2026-06-10T02:00:00Z' },
    ], '2026-06-30')
    expect(counts).toEqual({
      DEMOLITION: { UNDER_7: 1, UNDER_30: 0, UNDER_90: 0, OVER_90: 1 },
      FUNDING: { UNDER_7: 0, UNDER_30: 1, UNDER_90: 0, OVER_90: 0 },
    })
  })
})
