import { i18n } from './i18n'
import { countyToday } from './calendar/countyToday'

const zh = () => i18n.global.locale.value === 'zh-CN'

/** "2026-06-30" (or an instant) as the county writes it: 2026年6月30日. */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '—'
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value)
  if (!m) return value
  const [, y, mo, d] = m
  if (zh()) return `${y}年${Number(mo)}月${Number(d)}日`
  return new Date(Date.UTC(+y, +mo - 1, +d)).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' })
}

/** An instant in the county's time zone (Asia/Shanghai), with the minute. */
export function formatInstant(value: string | null | undefined): string {
  if (!value) return '—'
  const date = new Date(value)
  if (Number.isNaN(date.getTime())) return value
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hour12: false,
  }).formatToParts(date)
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? ''
  return `${formatDate(`${get('year')}-${get('month')}-${get('day')}`)} ${get('hour')}:${get('minute')}`
}

/** Money arrives as a decimal string in 万元: grouped, two decimals, with the unit. */
export function formatMoney(value: string | number | null | undefined): string {
  if (value === null || value === undefined || value === '') return '—'
  const n = typeof value === 'number' ? value : Number(value)
  if (Number.isNaN(n)) return '—'
  const text = n.toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 })
  return `${text} ${i18n.global.t('common.wan')}`
}

export function formatPercent(value: number | string | null | undefined, digits = 1): string {
  if (value === null || value === undefined || value === '') return '—'
  const n = Number(value)
  return Number.isNaN(n) ? '—' : `${n.toFixed(digits)}%`
}

/** Whole days from the county's today to a date; negative when past. */
export function daysUntil(date: string, today: string = countyToday()): number {
  const day = (text: string) => {
    const [y, m, d] = text.slice(0, 10).split('-').map(Number)
    return Date.UTC(y, m - 1, d)
  }
  return Math.round((day(date) - day(today)) / 86_400_000)
}
