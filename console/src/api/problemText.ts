import { i18n } from '../i18n'
import { formatDate } from '../format'

// The services validate with Bean Validation and answer its English default messages in a
// problem's `errors`. In Chinese the common ones are said in Chinese; any other message is shown as
// the API wrote it (better the API's words than none).
const CHINESE: [RegExp, (m: RegExpMatchArray) => string][] = [
  [/^must be less than or equal to (\S+)$/, (m) => `不能大于 ${m[1]}`],
  [/^must be greater than or equal to (\S+)$/, (m) => `不能小于 ${m[1]}`],
  [/^must be less than (\S+)$/, (m) => `须小于 ${m[1]}`],
  [/^must be greater than (\S+)$/, (m) => `须大于 ${m[1]}`],
  [/^must not be (null|blank|empty)$/, () => '必填'],
  [/^size must be between (\d+) and (\d+)$/, (m) => `长度须在 ${m[1]} 到 ${m[2]} 之间`],
  [/^a period like .*$/, () => '期间的写法如 2026、2026-H1、2026-Q3 或 2026-07'],
  [/^numeric value out of bounds.*$/, () => '数值超出范围'],
  [/^must be a well-formed .*$/, () => '格式不正确'],
  [/^is required.*$/, () => '必填'],
  [/^must not be negative$/, () => '不能为负数'],
  [/^at most two decimals$/, () => '最多两位小数'],
  [/^at most (\d+) characters$/, (m) => `最多 ${m[1]} 个字符`],
  [/^must not exceed \S+ \((\S+)\)$/, (m) => `不能超过 ${m[1]}`],
  [/^must not be before the previous step.*$/, () => '不能早于上一步骤的日期'],
  [/^a step is recorded once taken: not after today.*$/, () => '步骤办理后才能登记：日期不能晚于今天'],
  [/^one of \[.*\]$/, () => '取值不在可选范围内'],
  [/^state the physical target .*$/, () => '须填写形象进度目标（文字、年末累计进度或两者）'],
  [/^required .*when a planned date or amount changes after approval$/, () => '计划已批准为基线，调整计划须说明原因'],
  [/^a proposal is struck with a reason$/, () => '撤销须说明原因'],
  [/^the proposal .* was already confirmed or struck$/, () => '该提名已被确认或撤销，名单已刷新'],
  [/^the rules do not propose .* as of now$/, () => '按当前数据考核办法已不再提名此项，名单已刷新'],
  [/^no ruleset is effective on (\S+) as of .*$/, (m) => `${formatDate(m[1])}没有生效的考核办法`],
  [/^a self-inspection is recorded once made: not after (\S+)$/, (m) => `自查完成后才能报送：日期不能晚于${formatDate(m[1])}`],
  [/^must not be before (\d{4}-\d{2}-\d{2})$/, (m) => `不能早于${formatDate(m[1])}`],
  [/^a department self-inspects only its own unit's projects: this one is led by (\S+)$/, (m) => `只能自查本单位牵头的项目：该项目由 ${m[1]} 牵头`],
  [/^(project|projectId) \S+ is not (in the programme|a project the registry has announced).*$/, () => '项目不在重点工程项目库中'],
]

export function problemText(message: string | undefined): string | undefined {
  if (!message || i18n.global.locale.value !== 'zh-CN') return message
  for (const [pattern, say] of CHINESE) {
    const m = message.match(pattern)
    if (m) return say(m)
  }
  return message
}

/** A problem's field errors, each in the page's language where known. */
export function fieldMessages(errors: Record<string, string> | undefined): Record<string, string> {
  return Object.fromEntries(Object.entries(errors ?? {}).map(([field, message]) => [field, problemText(message) ?? message]))
}

/** What to say above a form: the fields speak for themselves when there are field errors. */
export function problemSummary(problem: { detail?: string; title?: string; errors?: Record<string, string> }): string {
  if (problem.errors && Object.keys(problem.errors).length) return i18n.global.t('common.checkFields')
  return problemText(problem.detail) ?? problem.title ?? i18n.global.t('common.error')
}
