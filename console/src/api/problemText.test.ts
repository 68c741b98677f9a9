import { describe, expect, it } from 'vitest'
import { fieldMessages, problemText } from './problemText'

describe("the API's validation messages", () => {
  it('are said in Chinese where known, and left as written otherwise', () => {
    expect(fieldMessages({ progressPercent: 'must be less than or equal to 100', title: 'must not be blank' }))
      .toEqual({ progressPercent: '不能大于 100', title: '必填' })
    expect(problemText('the percent went down: give a reason')).toBe('the percent went down: give a reason')
  })
})
