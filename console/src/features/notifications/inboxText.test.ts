import { describe, expect, it } from 'vitest'
import { i18n, label } from '../../i18n'
import zh from '../../i18n/zh-CN'
import { EVENT_TYPES, eventTypeKey, inboxText } from './inboxText'

describe('the inbox in the county\'s words', () => {
  it('says the dates of a notification as 2026年7月15日', () => {
    i18n.global.locale.value = 'zh-CN'
    expect(inboxText('督办通知: 整改期限 2026-07-15')).toBe('督办通知：整改期限 2026年7月15日')
    expect(inboxText('催办: 整改已超期 (期限 2026-06-01)')).toBe('催办：整改已超期 (期限 2026年6月1日)')
    expect(inboxText(null)).toBe('')
  })

  it('labels every kind of notification in Chinese', () => {
    for (const kind of ['ORDER_ISSUED', 'ORDER_OVERDUE', 'SLA_OVERDUE', 'ESCALATED', 'DECISION_ASSIGNED', 'ENDPOINT_DISABLED']) {
      expect(label('notificationKind', kind)).toMatch(/[\u4e00-\u9fff]/)
    }
  })
})

describe('event types', () => {
  it('have a catalogue key each', () => {
    expect(eventTypeKey('county.projects.plan-changed.v1')).toBe('projectsPlanChanged')
    expect(eventTypeKey('county.issues.meeting-decision-recorded.v1')).toBe('issuesMeetingDecisionRecorded')
    expect(eventTypeKey('county.notifications.ping.v1')).toBe('notificationsPing')
  })

  it('an endpoint may ask for are all labelled in Chinese', () => {
    for (const type of [...EVENT_TYPES, 'county.notifications.ping.v1']) {
      expect((zh.eventType as Record<string, string>)[eventTypeKey(type)], type).toMatch(/[\u4e00-\u9fff]/)
    }
  })
})
