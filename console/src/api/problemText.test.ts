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
})
