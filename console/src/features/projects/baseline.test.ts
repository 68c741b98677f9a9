import { describe, expect, it } from 'vitest'
import { i18n } from '../../i18n'
import type { MilestoneView, PlanChange } from '../../api/views'
import { actorLabel, baselineDates, planField, planValue, timeline } from './baseline'

const node = (id: string, plannedDate: string, extra: Partial<MilestoneView> = {}): MilestoneView => ({ id, plannedDate, kind: 'TENDERING', status: 'PLANNED', ...extra }) as MilestoneView
const change = (c: Partial<PlanChange>): PlanChange => ({ field: 'plannedDate', changedAt: '2026-06-12T02:00:00Z', changedBy: 'commander', reason: '拆迁延后', ...c }) as PlanChange

describe('baseline against current', () => {
  it('takes a re-planned node\'s baseline date from its changes', () => {
    const dates = baselineDates([
      change({ milestoneId: 'a', oldValue: '2026-05-10', newValue: '2026-06-10', baselineValue: '2026-04-30' }),
      change({ milestoneId: 'a', oldValue: '2026-04-30', newValue: '2026-05-10', baselineValue: '2026-04-30' }),
      change({ milestoneId: null as never, field: 'plannedEnd', baselineValue: '2026-12-31' }),
      change({ milestoneId: 'b', field: 'plannedPercent', baselineValue: '30' }),
    ])
    expect([...dates]).toEqual([['a', '2026-04-30']])
  })

  it('puts the nodes in date order and marks only those whose plan moved off the baseline', () => {
    const nodes = timeline([node('late', '2026-09-01'), node('moved', '2026-06-10'), node('back', '2026-03-01')], [
      change({ milestoneId: 'moved', baselineValue: '2026-04-30', newValue: '2026-06-10' }),
      change({ milestoneId: 'back', baselineValue: '2026-03-01', newValue: '2026-03-01' }), // moved and moved back
    ])
    expect(nodes.map((n) => [n.node.id, n.current, n.baseline])).toEqual([
      ['back', '2026-03-01', null], ['moved', '2026-06-10', '2026-04-30'], ['late', '2026-09-01', null],
    ])
  })
})

describe('a change in words', () => {
  it('says each planned value as the county writes it', () => {
    i18n.global.locale.value = 'zh-CN'
    expect(planValue('plannedEnd', '2027-09-30')).toBe('2027年9月30日')
    expect(planValue('plannedDate', '2026-06-30')).toBe('2026年6月30日')
    expect(planValue('annualPlannedInvestment', '6000.00')).toBe('6,000.00 万元')
    expect(planValue('plannedPercent', '45')).toBe('45%')
    expect(planValue('plannedStart', null)).toBe('—')
  })

  it('names the field in Chinese, a node\'s change with the node, and never an English code', () => {
    expect(planField({ field: 'plannedEnd' })).toBe('计划竣工')
    expect(planField({ field: 'plannedDate', milestoneName: '施工许可' })).toBe('施工许可 · 节点计划日期')
    expect(planField({ field: 'somethingNew' })).toBe('—')
  })

  it('says who acted by role and unit', () => {
    expect(actorLabel('commander')).toBe('城建指挥部')
    expect(actorLabel('department@ZJJ')).toBe('责任单位（ZJJ）')
    expect(actorLabel('张三')).toBe('张三')
    expect(actorLabel(null)).toBe('—')
  })
})
