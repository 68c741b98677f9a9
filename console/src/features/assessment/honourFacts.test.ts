import { describe, expect, it } from 'vitest'
import { honourFacts } from './honourFacts'

describe('the facts behind an honour', () => {
  it('says a unit\'s score card in Chinese, the grade through the catalogue', () => {
    const lines = honourFacts('UNIT', { rank: 1, total: 93.4, grade: 'EXCELLENT', rulesetVersion: 1,
      rules: [{ code: 'SCHEDULE', name: '项目进度（SPI）', points: 28.5, maxPoints: 30 }] })
    expect(lines).toEqual([
      { label: '名次', value: '1' }, { label: '总分', value: '93.4' }, { label: '等次', value: '优秀' },
      { label: '项目进度（SPI）', value: '28.5 / 30' },
    ])
    expect(JSON.stringify(lines)).not.toMatch(/EXCELLENT|SCHEDULE/)
  })

  it('says a person\'s record as counts', () => {
    const lines = honourFacts('PERSON', { person: 'x', nodes: { due: 2, onTime: 0, late: 2 }, blockers: { due: 0, onTime: 0, late: 0 }, orders: { due: 1, onTime: 1, late: 0 } })
    expect(lines.map((l) => `${l.label}：${l.value}`)).toEqual([
      '时间节点：应完成 2，按期 0，逾期 2', '问题化解：应完成 0，按期 0，逾期 0', '督办整改：应完成 1，按期 1，逾期 0',
    ])
  })

  it('has nothing to say without facts', () => {
    expect(honourFacts('UNIT', null)).toEqual([])
  })
})
