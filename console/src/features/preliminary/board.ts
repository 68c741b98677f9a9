import type { PreliminaryLine } from '../../api/views'

/** A line of the preliminary-work board with the open blockers issues-service counts for its project. */
export type BoardLine = PreliminaryLine & { openBlockers: number }

/** Joins the board (projects-service) with the open blockers per project (issues-service); latest first as the API sorts. */
export function withOpenBlockers(lines: PreliminaryLine[], openByProject: Record<string, number> | undefined): BoardLine[] {
  return lines.map((line) => ({ ...line, openBlockers: (line.projectId && openByProject?.[line.projectId]) || 0 }))
}

/** How a line reads at a glance: late, at risk of being so (a step late but the line is not), or on time. */
export function lateness(line: Pick<PreliminaryLine, 'daysLate' | 'lateSteps'>): 'late' | 'lateSteps' | 'onTime' {
  if ((line.daysLate ?? 0) > 0) return 'late'
  if ((line.lateSteps ?? 0) > 0) return 'lateSteps'
  return 'onTime'
}
