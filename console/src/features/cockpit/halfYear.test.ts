import { describe, expect, it } from 'vitest'
import { i18n } from '../../i18n'
import type { HalfYear } from '../../api/views'
import { halfYearCards } from './halfYear'

// the API's example: the three forms, given out of order
const HALF: HalfYear = {
  asOf: '2026-06-30', yearElapsedPercent: 49.6,
  forms: [
    { key: 'timeProportionalProgress', label: '形象进度对序时进度', donePercent: 47.9, duePercent: 50.3, gapPoints: 2.4, met: false, light: 'GREEN' },
    { key: 'investmentAgainstTime', label: '年度投资完成率对时间进度', donePercent: 51.2, duePercent: 49.6, gapPoints: -1.6, met: true, light: 'GREEN', completedInvestment: '102400.00', annualPlan: '200000.00' },
    { key: 'timeNodesDoneAgainstDue', label: '时间节点完成率（已完成/应完成）', donePercent: 86.4, duePercent: 100, gapPoints: 13.6, met: false, light: 'YELLOW', nodesDue: 118, nodesDone: 102, nodesDoneOnTime: 91 },
  ],
} as HalfYear

describe('时间过半，任务过半 in its three labelled forms', () => {
  it('shows the forms in their fixed order with the county\'s labels', () => {
    i18n.global.locale.value = 'zh-CN'
    const cards = halfYearCards(HALF)
    expect(cards.map((c) => c.title)).toEqual(['年度投资完成率对时间进度', '时间节点完成率（已完成/应完成）', '形象进度对序时进度'])
  })

  it('says done against due, the gap and the verdict', () => {
    const [investment, nodes, progress] = halfYearCards(HALF)
    expect(investment).toMatchObject({ done: 51.2, due: 49.6, met: true, verdict: '任务过半', gap: '超前 1.6 个百分点' })
    expect(investment.detail).toBe('已完成 102,400.00 万元，年度计划 200,000.00 万元')
    expect(nodes).toMatchObject({ verdict: '任务未过半', gap: '差 13.6 个百分点', light: 'YELLOW' })
    expect(nodes.detail).toBe('已完成 102 个，应完成 118 个（按期 91 个）')
    expect(progress.detail).toBe('')
  })

  it('says so when a form measures nothing, and leaves out a form it does not know', () => {
    const cards = halfYearCards({ forms: [{ key: 'timeProportionalProgress', donePercent: null, met: null } as never, { key: 'somethingElse' } as never] } as HalfYear)
    expect(cards).toHaveLength(1)
    expect(cards[0].verdict).toBe('暂无可评价数据')
    expect(halfYearCards(null)).toEqual([])
  })

  it('speaks English when switched', () => {
    i18n.global.locale.value = 'en'
    expect(halfYearCards(HALF)[0].title).toBe("The year's investment against the elapsed year")
    i18n.global.locale.value = 'zh-CN'
  })
})
