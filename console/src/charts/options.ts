// ECharts options as pure functions: data in, option out. No ECharts import here, so they are
// unit-tested without a canvas and cost nothing in the first page's bundle.

export type Option = Record<string, unknown>

const LIGHT_COLOURS: Record<string, string> = { GREEN: '#2e9d4f', YELLOW: '#faad14', RED: '#d4380d' }

/** One "时间过半，任务过半" gauge: a labelled percentage (0–100) or ratio (0–max). */
export function gaugeOption(title: string, value: number | null | undefined, options: { max?: number; unit?: string } = {}): Option {
  const max = options.max ?? 100
  const unit = options.unit ?? '%'
  return {
    series: [
      {
        type: 'gauge',
        min: 0,
        max,
        progress: { show: true, width: 14 },
        axisLine: { lineStyle: { width: 14 } },
        axisLabel: { show: false },
        splitNumber: 4,
        pointer: { show: true, length: '60%' },
        title: { show: true, offsetCenter: [0, '92%'], fontSize: 13 },
        detail: {
          valueAnimation: false,
          offsetCenter: [0, '55%'],
          fontSize: 20,
          formatter: value === null || value === undefined ? '—' : `{value}${unit}`,
        },
        data: [{ value: value ?? 0, name: title }],
      },
    ],
  }
}

/** The traffic lights as a doughnut: each light's count, in its own colour, with its label. */
export function lightsOption(byLight: Record<string, number>, label: (code: string) => string): Option {
  const codes = ['GREEN', 'YELLOW', 'RED']
  return {
    tooltip: { trigger: 'item' },
    legend: { bottom: 0 },
    series: [
      {
        type: 'pie',
        radius: ['45%', '70%'],
        label: { formatter: '{b}：{c}' },
        data: codes.map((code) => ({ name: label(code), value: byLight[code] ?? 0, code, itemStyle: { color: LIGHT_COLOURS[code] } })),
      },
    ],
  }
}

/** Counts by a code (blocker categories, statuses) as horizontal bars, largest first. */
export function countsBarOption(counts: Record<string, number>, label: (code: string) => string): Option {
  const entries = Object.entries(counts).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
  return {
    tooltip: { trigger: 'axis' },
    grid: { left: 90, right: 24, top: 10, bottom: 24 },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', inverse: true, data: entries.map(([code]) => label(code)) },
    series: [{ type: 'bar', data: entries.map(([code, n]) => ({ value: n, code })), itemStyle: { color: '#2f6fa8' } }],
  }
}

/** A unit ranking: scores as bars, best first. */
export function rankingOption(rows: { unit: string; name?: string | null; total: number }[]): Option {
  const sorted = [...rows].sort((a, b) => b.total - a.total)
  return {
    tooltip: { trigger: 'axis' },
    grid: { left: 110, right: 30, top: 10, bottom: 24 },
    xAxis: { type: 'value' },
    yAxis: { type: 'category', inverse: true, data: sorted.map((r) => r.name || r.unit) },
    series: [{ type: 'bar', barMaxWidth: 28, data: sorted.map((r) => ({ value: r.total, code: r.unit })), itemStyle: { color: '#13a8a8' }, label: { show: true, position: 'right' } }],
  }
}

/** A project's reported progress over time (by period), against the plan's straight line. */
export function progressOption(reports: { period: string; progressPercent: number }[], planned: { period: string; percent: number }[], names: { actual: string; planned: string }): Option {
  const periods = [...new Set([...reports.map((r) => r.period), ...planned.map((p) => p.period)])].sort()
  const at = (list: { period: string; value: number }[]) => periods.map((p) => list.find((x) => x.period === p)?.value ?? null)
  return {
    tooltip: { trigger: 'axis' },
    legend: { bottom: 0 },
    grid: { left: 40, right: 20, top: 20, bottom: 40 },
    xAxis: { type: 'category', data: periods },
    yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
    series: [
      { name: names.actual, type: 'line', connectNulls: true, data: at(reports.map((r) => ({ period: r.period, value: r.progressPercent }))) },
      { name: names.planned, type: 'line', connectNulls: true, lineStyle: { type: 'dashed' }, data: at(planned.map((p) => ({ period: p.period, value: p.percent }))) },
    ],
  }
}

/** The plan's straight line (序时进度) at the end of each monthly period "YYYY-MM", 0–100. */
export function linearPlan(plannedStart: string | undefined | null, plannedEnd: string | undefined | null, periods: string[]): { period: string; percent: number }[] {
  if (!plannedStart || !plannedEnd) return []
  const start = Date.parse(plannedStart)
  const end = Date.parse(plannedEnd)
  if (!(end > start)) return []
  return periods
    .filter((p) => /^\d{4}-\d{2}$/.test(p))
    .map((p) => {
      const [y, m] = p.split('-').map(Number)
      const monthEnd = Date.UTC(y, m, 0)
      const share = Math.min(1, Math.max(0, (monthEnd - start) / (end - start)))
      return { period: p, percent: Math.round(share * 1000) / 10 }
    })
}

const AGE_COLOURS = ['#91cc75', '#fac858', '#fc8452', '#d4380d']

/** Open blockers per category, stacked by how long they have waited; a segment carries its category's code. */
export function ageStackOption(counts: Record<string, Record<string, number>>, buckets: readonly string[],
                               label: (code: string) => string, bucketLabel: (bucket: string) => string): Option {
  const categories = Object.keys(counts).sort((a, b) => total(counts[b]) - total(counts[a]) || a.localeCompare(b))
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { bottom: 0 },
    grid: { left: 90, right: 24, top: 10, bottom: 40 },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', inverse: true, data: categories.map(label) },
    series: buckets.map((bucket, i) => ({
      name: bucketLabel(bucket), type: 'bar', stack: 'age', itemStyle: { color: AGE_COLOURS[i % AGE_COLOURS.length] },
      data: categories.map((code) => ({ value: counts[code][bucket] ?? 0, code })),
    })),
  }
}

function total(row: Record<string, number>): number {
  return Object.values(row).reduce((a, b) => a + b, 0)
}

/** The year's investment by month: the plan due (bars) against earned value and reported completion (lines), 万元. */
export function investmentOption(months: { month?: string; planned?: string | null; earned?: string | null; reported?: string | null }[],
                                 names: { planned: string; earned: string; reported: string; unit: string }, monthLabel: (month: string) => string): Option {
  const figure = (v: string | null | undefined) => (v === null || v === undefined ? null : Number(v))
  return {
    tooltip: { trigger: 'axis' },
    legend: { bottom: 0 },
    grid: { left: 70, right: 20, top: 20, bottom: 40 },
    xAxis: { type: 'category', data: months.map((m) => monthLabel(String(m.month))) },
    yAxis: { type: 'value', name: names.unit },
    series: [
      { name: names.planned, type: 'bar', itemStyle: { color: '#a0c4e8' }, data: months.map((m) => figure(m.planned)) },
      { name: names.earned, type: 'line', itemStyle: { color: '#2e9d4f' }, data: months.map((m) => figure(m.earned)) },
      { name: names.reported, type: 'line', lineStyle: { type: 'dashed' }, itemStyle: { color: '#d48806' }, data: months.map((m) => figure(m.reported)) },
    ],
  }
}
