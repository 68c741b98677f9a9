import { describe, expect, it } from 'vitest'
import { ageStackOption, countsBarOption, gaugeOption, investmentOption, lightsOption, linearPlan, progressOption, rankingOption } from './options'

const series = (o: Record<string, unknown>) => (o.series as Record<string, unknown>[])[0]

describe('chart option builders', () => {
  it('a gauge carries its label, its value and its unit', () => {
    const o = gaugeOption('时间进度（序时）', 64.3)
    expect(series(o).type).toBe('gauge')
    expect(series(o).data).toEqual([{ value: 64.3, name: '时间进度（序时）' }])
    expect((series(o).detail as { formatter: string }).formatter).toBe('{value}%')
  })

  it('a gauge without a figure shows a dash, not zero per cent', () => {
    expect((series(gaugeOption('SPI', null, { max: 1.5, unit: '' })).detail as { formatter: string }).formatter).toBe('—')
    expect(series(gaugeOption('SPI', 0.7, { max: 1.5, unit: '' })).max).toBe(1.5)
  })

  it('the traffic lights keep their colours and speak through the label function', () => {
    const o = lightsOption({ GREEN: 14, YELLOW: 0, RED: 42 }, (c) => ({ GREEN: '正常', YELLOW: '滞后', RED: '严重滞后' })[c]!)
    const data = series(o).data as { name: string; value: number; code: string; itemStyle: { color: string } }[]
    expect(data.map((d) => [d.code, d.name, d.value])).toEqual([['GREEN', '正常', 14], ['YELLOW', '滞后', 0], ['RED', '严重滞后', 42]])
    expect(data[2].itemStyle.color).toBe('#d4380d')
  })

  it('counts are bars, largest first, labelled, with their code kept for click-through', () => {
    const o = countsBarOption({ LAND: 2, DEMOLITION: 5, FUNDING: 0 }, (c) => `#${c}`)
    expect((o.yAxis as { data: string[] }).data).toEqual(['#DEMOLITION', '#LAND', '#FUNDING'])
    expect((series(o).data as { code: string }[])[0].code).toBe('DEMOLITION')
  })

  it('the ranking puts the best first and names units by their name', () => {
    const o = rankingOption([{ unit: 'A', name: '交通局', total: 70 }, { unit: 'B', name: null, total: 90 }])
    expect((o.yAxis as { data: string[] }).data).toEqual(['B', '交通局'])
  })

  it('the plan is a straight line over the planned window, measured at each month end', () => {
    expect(linearPlan('2026-01-01', '2026-12-31', ['2026-06', '2026-12', '2027-02'])).toEqual([
      { period: '2026-06', percent: 49.5 }, { period: '2026-12', percent: 100 }, { period: '2027-02', percent: 100 },
    ])
    expect(linearPlan(null, '2026-12-31', ['2026-06'])).toEqual([])
    expect(linearPlan('2026-01-01', '2026-12-31', ['2026', '2026-H1'])).toEqual([])
  })

  it('the progress chart aligns reports and plan on the same periods', () => {
    const o = progressOption([{ period: '2026-05', progressPercent: 30 }], [{ period: '2026-04', percent: 20 }, { period: '2026-05', percent: 40 }], { actual: '实际', planned: '计划' })
    expect((o.xAxis as { data: string[] }).data).toEqual(['2026-04', '2026-05'])
    const [actual, planned] = o.series as { data: (number | null)[] }[]
    expect(actual.data).toEqual([null, 30])
    expect(planned.data).toEqual([20, 40])
  })

  it('the investment by month sets the plan due against what was earned and reported, and leaves the future empty', () => {
    const o = investmentOption([
      { month: '2026-01', planned: '821.92', earned: '500.00', reported: '480.00' },
      { month: '2026-02', planned: '1643.84', earned: null, reported: null },
    ], { planned: '序时计划投资', earned: '已完成投资（挣值）', reported: '填报累计完成投资', unit: '万元' }, (m) => `${Number(m.slice(5))}月`)
    expect((o.xAxis as { data: string[] }).data).toEqual(['1月', '2月'])
    const all = o.series as { name: string; type: string; data: (number | null)[] }[]
    expect(all.map((s) => [s.name, s.type])).toEqual([['序时计划投资', 'bar'], ['已完成投资（挣值）', 'line'], ['填报累计完成投资', 'line']])
    expect(all[0].data).toEqual([821.92, 1643.84])
    expect(all[1].data).toEqual([500, null])
    expect((o.yAxis as { name: string }).name).toBe('万元')
  })

  it('the blockers by age stack the buckets per category, the most blocked category first, each segment with its code', () => {
    const o = ageStackOption({ LAND: { UNDER_7: 1, OVER_90: 0 }, DEMOLITION: { UNDER_7: 1, OVER_90: 2 } }, ['UNDER_7', 'OVER_90'],
      (c) => ({ LAND: '用地指标', DEMOLITION: '拆迁安置' })[c] ?? '—', (b) => ({ UNDER_7: '7天以内', OVER_90: '90天以上' })[b] ?? '—')
    expect((o.yAxis as { data: string[] }).data).toEqual(['拆迁安置', '用地指标'])
    const all = o.series as { name: string; stack: string; data: { value: number; code: string }[] }[]
    expect(all.map((s) => s.name)).toEqual(['7天以内', '90天以上'])
    expect(all.every((s) => s.stack === 'age')).toBe(true)
    expect(all[1].data).toEqual([{ value: 2, code: 'DEMOLITION' }, { value: 0, code: 'LAND' }])
  })
})
