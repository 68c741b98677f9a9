import type { MilestoneView, PlanChange } from '../../api/views'
import { i18n, label } from '../../i18n'
import { formatDate, formatMoney, formatPercent } from '../../format'

/** A time node on the timeline: its current planned date and, when it was re-planned, the baseline's. */
export interface TimelineNode {
  node: MilestoneView
  current: string | null
  baseline: string | null // null: no baseline value differs from the current plan
}

/**
 * The baseline date of every re-planned time node. The changes list carries, with each re-plan of a
 * node's plannedDate, the value the approved plan had; a node never re-planned is as in its baseline.
 */
export function baselineDates(changes: PlanChange[]): Map<string, string> {
  const dates = new Map<string, string>()
  for (const c of changes) {
    if (c.milestoneId && c.field === 'plannedDate' && c.baselineValue) dates.set(c.milestoneId, c.baselineValue)
  }
  return dates
}

export function timeline(milestones: MilestoneView[], changes: PlanChange[]): TimelineNode[] {
  const baseline = baselineDates(changes)
  return [...milestones]
    .sort((a, b) => String(a.plannedDate).localeCompare(String(b.plannedDate)))
    .map((node) => {
      const current = node.plannedDate ?? null
      const was = node.id ? baseline.get(node.id) ?? null : null
      return { node, current, baseline: was && was !== current ? was : null }
    })
}

const DATE_FIELDS = new Set(['plannedStart', 'plannedEnd', 'plannedDate'])
const MONEY_FIELDS = new Set(['plannedInvestment', 'annualPlannedInvestment'])

/** A planned value of a change as the county writes it: dates 2026年6月30日, money in 万元, shares in %. */
export function planValue(field: string | undefined, value: string | null | undefined): string {
  if (value === null || value === undefined || value === '') return '—'
  if (field && DATE_FIELDS.has(field)) return formatDate(value)
  if (field && MONEY_FIELDS.has(field)) return formatMoney(value)
  if (field === 'plannedPercent') return formatPercent(value, 0)
  return value
}

/** The field a change touched, in words; a time node's change names the node. */
export function planField(change: Pick<PlanChange, 'field' | 'milestoneName'>): string {
  const what = label('planField', change.field)
  return change.milestoneName ? `${change.milestoneName} · ${what}` : what
}

/**
 * Who acted, from the account the services record ("commander", "department@ZJJ", "supervisor"):
 * the role in words, with the unit where there is one. Anything else (a person's name) is shown as it is.
 */
export function actorLabel(actor: string | null | undefined): string {
  if (!actor) return '—'
  const [role, unit] = actor.split('@')
  const key = `role.${role}`
  if (!i18n.global.te(key)) return actor
  const name = i18n.global.t(key)
  return unit ? `${name}（${unit}）` : name
}
