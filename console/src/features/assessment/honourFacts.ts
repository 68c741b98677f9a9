import { i18n, label } from '../../i18n'

// The facts behind a commendation or criticism proposal, in words: a unit's score card summary (rank, total, grade, each
// rule's points) or a person's record for the period (time nodes, blockers, orders: due, on time, late). The grade
// arrives as its code and goes through the catalogue like every enum.
export interface FactLine {
  label: string
  value: string
}

interface Counts { due?: number; onTime?: number; late?: number }
interface RulePoints { code?: string; name?: string; points?: number | string; maxPoints?: number | string }

export function honourFacts(subject: string | undefined, facts: unknown): FactLine[] {
  if (!facts || typeof facts !== 'object') return []
  const t = i18n.global.t
  const f = facts as Record<string, unknown>
  if (subject === 'UNIT') {
    const lines: FactLine[] = []
    if (f.rank !== undefined) lines.push({ label: t('honours.rank'), value: String(f.rank) })
    if (f.total !== undefined) lines.push({ label: t('honours.total'), value: String(f.total) })
    if (typeof f.grade === 'string') lines.push({ label: t('honours.grade'), value: label('grade', f.grade) })
    for (const rule of (Array.isArray(f.rules) ? f.rules : []) as RulePoints[]) {
      lines.push({ label: rule.name ?? '—', value: `${rule.points ?? '—'} / ${rule.maxPoints ?? '—'}` })
    }
    return lines
  }
  const counts = (key: 'nodes' | 'blockers' | 'orders'): FactLine | null => {
    const c = f[key] as Counts | undefined
    return c ? { label: t(`honours.${key}`), value: t('honours.counts', { due: c.due ?? 0, onTime: c.onTime ?? 0, late: c.late ?? 0 }) } : null
  }
  return [counts('nodes'), counts('blockers'), counts('orders')].filter((l): l is FactLine => l !== null)
}
