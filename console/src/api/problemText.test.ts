import { describe, expect, it } from 'vitest'
import { fieldMessages, problemText } from './problemText'

describe("the API's validation messages", () => {
  it('are said in Chinese where known, and left as written otherwise', () => {
    expect(fieldMessages({ progressPercent: 'must be less than or equal to 100', title: 'must not be blank' }))
      .toEqual({ progressPercent: '不能大于 100', title: '必填' })
    expect(problemText('the percent went down: give a reason')).toBe('the percent went down: give a reason')
  })

  it("say the sheets' figure errors in Chinese", () => {
    expect(fieldMessages({
      householdsSigned: 'must not exceed households (48)', 'sources[0].planned': 'must not be negative', areaNeeded: 'at most two decimals',
      approvalStage: 'one of [NOT_STARTED, PRE_EXAMINED, SUBMITTED, APPROVED, SUPPLIED]', note: 'at most 2000 characters', household: 'is required',
      date: 'must not be before the previous step (NOTICE on 2026-04-10)',
    })).toEqual({
      householdsSigned: '不能超过 48', 'sources[0].planned': '不能为负数', areaNeeded: '最多两位小数', approvalStage: '取值不在可选范围内',
      note: '最多 2000 个字符', household: '必填', date: '不能早于上一步骤的日期',
    })
  })

  it('say the honours, self-inspection and publicity problems in Chinese', () => {
    expect(fieldMessages({
      'decisions[0].reason': 'a proposal is struck with a reason', inspectedOn: 'a self-inspection is recorded once made: not after 2026-06-30',
      'findings[1].deadline': 'must not be before 2026-06-20',
    })).toEqual({
      'decisions[0].reason': '撤销须说明原因', inspectedOn: '自查完成后才能报送：日期不能晚于2026年6月30日', 'findings[1].deadline': '不能早于2026年6月20日',
    })
    expect(problemText("a department self-inspects only its own unit's projects: this one is led by CGZ")).toBe('只能自查本单位牵头的项目：该项目由 CGZ 牵头')
    expect(problemText('the proposal UNIT:ZJJ:COMMENDATION of 2026-H1 was already confirmed or struck')).toBe('该提名已被确认或撤销，名单已刷新')
  })
})
