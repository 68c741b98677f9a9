import { createI18n } from 'vue-i18n'
import zh from './zh-CN'
import en from './en'

export type Locale = 'zh-CN' | 'en'

export const i18n = createI18n({
  legacy: false,
  locale: 'zh-CN',
  fallbackLocale: 'zh-CN',
  messages: { 'zh-CN': zh, en },
})

/** An enum code through the i18n file; an unknown code shows as "—", never as the code itself. */
export function label(group: keyof typeof zh, code: string | null | undefined): string {
  if (!code) return '—'
  const key = `${group}.${code}`
  const t = i18n.global.t
  return i18n.global.te(key) ? t(key) : '—'
}
