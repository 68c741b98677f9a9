import { formatDate } from '../../format'

/**
 * The services write dates into a notification's title as ISO days ("整改期限 2026-07-15"); the page says
 * them as the county does (2026年7月15日), and the ASCII colon after a Chinese word as a Chinese one.
 */
export function inboxText(text: string | null | undefined): string {
  if (!text) return ''
  return text
    .replace(/\b(\d{4}-\d{2}-\d{2})\b/g, (day) => formatDate(day))
    .replace(/([\u4e00-\u9fff]): ?/g, '$1：')
}

/** An event type's key in the catalogue: county.projects.plan-changed.v1 → projectsPlanChanged. */
export function eventTypeKey(type: string): string {
  const name = type.replace(/^county\./, '').replace(/\.v\d+$/, '')
  return name.split(/[.-]/).map((part, i) => (i === 0 ? part : part.charAt(0).toUpperCase() + part.slice(1))).join('')
}

/** The event types an endpoint may ask for (contracts' EventType), in the order a unit thinks of them. */
export const EVENT_TYPES = [
  'county.issues.issue-reported.v1', 'county.issues.issue-status-changed.v1', 'county.issues.issue-escalated.v1', 'county.issues.issue-overdue.v1',
  'county.issues.issue-resolved.v1', 'county.issues.meeting-decision-recorded.v1',
  'county.assessment.rectification-issued.v1', 'county.assessment.rectification-status-changed.v1', 'county.assessment.rectification-overdue.v1',
  'county.assessment.bulletin-published.v1', 'county.assessment.score-published.v1',
  'county.projects.project-registered.v1', 'county.projects.project-updated.v1', 'county.projects.project-phase-changed.v1', 'county.projects.progress-reported.v1',
  'county.projects.milestone-planned.v1', 'county.projects.milestone-completed.v1', 'county.projects.milestone-overdue.v1',
  'county.projects.baseline-approved.v1', 'county.projects.plan-changed.v1', 'county.projects.annual-target-set.v1',
  'county.projects.land-updated.v1', 'county.projects.funding-updated.v1', 'county.projects.demolition-updated.v1',
]
