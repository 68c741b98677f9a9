import { describe, expect, it } from 'vitest'
import type { PreliminaryLine } from '../../api/views'
import { lateness, withOpenBlockers } from './board'

describe('the preliminary-work board', () => {
  it('joins each project with its open blockers, zero where issues-service counts none', () => {
    const lines = [{ projectId: 'p1', daysLate: 12 }, { projectId: 'p2', daysLate: 0 }] as PreliminaryLine[]
    expect(withOpenBlockers(lines, { p1: 3 }).map((l) => l.openBlockers)).toEqual([3, 0])
    expect(withOpenBlockers(lines, undefined).map((l) => l.openBlockers)).toEqual([0, 0])
  })

  it('reads a line as late, with late steps, or on time', () => {
    expect(lateness({ daysLate: 5, lateSteps: 1 })).toBe('late')
    expect(lateness({ daysLate: 0, lateSteps: 2 })).toBe('lateSteps')
    expect(lateness({ daysLate: 0, lateSteps: 0 })).toBe('onTime')
  })
})
