import type { HalfYear, HalfYearForm } from '../../api/views'
import { i18n } from '../../i18n'
import { formatMoney } from '../../format'

/** One "时间过半，任务过半" form as the cockpit shows it: its label, done against due, and what it counts. */
export interface HalfYearCard {
  key: string
  title: string
  done: number | null
  due: number | null
  verdict: string
  met: boolean | null
  light: string | null
  gap: string
  detail: string
}

const ORDER = ['investmentAgainstTime', 'timeNodesDoneAgainstDue', 'timeProportionalProgress']

const num = (v: number | null | undefined) => (v === null || v === undefined || Number.isNaN(Number(v)) ? null : Number(v))

/** The three labelled forms in their fixed order, each said in the page's language (never the API's key). */
export function halfYearCards(halfYear: HalfYear | null | undefined): HalfYearCard[] {
  const t = i18n.global.t
  const forms = [...(halfYear?.forms ?? [])].sort((a, b) => ORDER.indexOf(a.key ?? '') - ORDER.indexOf(b.key ?? ''))
  return forms.filter((f) => f.key && ORDER.includes(f.key)).map((f: HalfYearForm) => {
    const done = num(f.donePercent)
    const due = num(f.duePercent)
    const gapPoints = num(f.gapPoints)
    const met = f.met === null || f.met === undefined ? null : f.met
    return {
      key: f.key!,
      title: t(`halfYear.${f.key}`),
      done,
      due,
      met,
      light: f.light ?? null,
      verdict: met === null || done === null ? t('halfYear.unmeasured') : met ? t('halfYear.met') : t('halfYear.notMet'),
      gap: gapPoints === null ? '' : gapPoints > 0 ? t('halfYear.gap', { n: gapPoints.toFixed(1) }) : t('halfYear.ahead', { n: (-gapPoints).toFixed(1) }),
      detail: detailOf(f),
    }
  })
}

function detailOf(f: HalfYearForm): string {
  const t = i18n.global.t
  if (f.key === 'investmentAgainstTime') return t('halfYear.investmentDetail', { done: formatMoney(f.completedInvestment), plan: formatMoney(f.annualPlan) })
  if (f.key === 'timeNodesDoneAgainstDue') return t('halfYear.nodesDetail', { done: f.nodesDone ?? 0, due: f.nodesDue ?? 0, onTime: f.nodesDoneOnTime ?? 0 })
  return ''
}
