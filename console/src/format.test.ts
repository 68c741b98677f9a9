import { afterEach, describe, expect, it } from 'vitest'
import { daysUntil, formatDate, formatInstant, formatMoney, formatPercent } from './format'
import { i18n, label } from './i18n'

afterEach(() => {
  i18n.global.locale.value = 'zh-CN'
})

describe('the county way of writing', () => {
  it('dates read 2026年6月30日', () => {
    expect(formatDate('2026-06-30')).toBe('2026年6月30日')
    expect(formatDate('2026-01-05')).toBe('2026年1月5日')
    expect(formatDate(null)).toBe('—')
  })

  it('instants are shown in the county time zone', () => {
    expect(formatInstant('2026-06-30T17:30:00Z')).toBe('2026年7月1日 01:30')
  })

  it('money is in 万元 with two decimals', () => {
    expect(formatMoney('552100.00')).toBe('552,100.00 万元')
    expect(formatMoney(undefined)).toBe('—')
  })

  it('English is a switch away', () => {
    i18n.global.locale.value = 'en'
    expect(formatDate('2026-06-30')).toBe('30 Jun 2026')
    expect(label('phase', 'UNDER_CONSTRUCTION')).toBe('Under construction')
  })

  it('percentages and day counts', () => {
    expect(formatPercent(38.94)).toBe('38.9%')
    expect(daysUntil('2026-07-03', '2026-06-30')).toBe(3)
    expect(daysUntil('2026-06-28', '2026-06-30')).toBe(-2)
  })

  it('an enum code never reaches the page: known codes are translated, unknown ones are a dash', () => {
    expect(label('issueStatus', 'IN_COORDINATION')).toBe('协调中')
    expect(label('issueCategory', 'DEMOLITION')).toBe('拆迁安置')
    expect(label('grade', 'EXCELLENT')).toBe('优秀')
    expect(label('phase', 'SOMETHING_NEW')).toBe('—')
  })
})
