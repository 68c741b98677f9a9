import { describe, expect, it } from 'vitest'
import zh from './zh-CN'
import en from './en'

// every enum the services define has its Chinese label (the lists are the services' enums)
const ENUMS: Record<string, string[]> = {
  phase: ['PREPARATION', 'UNDER_CONSTRUCTION', 'COMPLETED', 'SUSPENDED', 'CANCELLED'],
  category: ['INFRASTRUCTURE', 'LIVELIHOOD', 'INDUSTRY', 'URBAN_RENEWAL', 'ECOLOGY', 'PUBLIC_SERVICE'],
  light: ['GREEN', 'YELLOW', 'RED'],
  issueStatus: ['OPEN', 'ACKNOWLEDGED', 'IN_COORDINATION', 'RESOLVED', 'CLOSED', 'ESCALATED', 'LEGAL_PROCEDURE'],
  issueCategory: ['DEMOLITION', 'LAND', 'FUNDING', 'POLICY', 'PERMIT', 'UNIT_PERFORMANCE', 'OTHER'],
  severity: ['LOW', 'MEDIUM', 'HIGH', 'CRITICAL'],
  grade: ['EXCELLENT', 'GOOD', 'PASS', 'FAIL'],
  outcome: ['COMMENDATION', 'NONE', 'CRITICISM'],
  rectification: ['ISSUED', 'SIGNED_FOR', 'IN_HAND', 'REPORTED_BACK', 'RECHECKED', 'CLOSED'],
  milestoneStatus: ['PLANNED', 'OVERDUE', 'DONE_ON_TIME', 'DONE_LATE'],
  landStage: ['NOT_STARTED', 'PRE_EXAMINED', 'SUBMITTED', 'APPROVED', 'SUPPLIED'],
  fundingSource: ['SUPERIOR_GRANT', 'FISCAL_APPROPRIATION', 'FINANCING_AND_BONDS', 'LAND_TRANSFER', 'SOCIAL_CAPITAL'],
  legalStep: ['NOTICE', 'VALUATION', 'COMPENSATION_DECISION', 'APPEAL_WINDOW', 'COURT_APPLICATION', 'ENFORCEMENT'],
  blockerAge: ['UNDER_7', 'UNDER_30', 'UNDER_90', 'OVER_90'],
  personKind: ['COUNTY_LEADER', 'UNIT_HEAD', 'STAFF'],
  notificationKind: ['ORDER_ISSUED', 'ORDER_OVERDUE', 'SLA_OVERDUE', 'ESCALATED', 'DECISION_ASSIGNED', 'ENDPOINT_DISABLED'],
  deliveryStatus: ['PENDING', 'DELIVERED', 'FAILED'],
  endpointScope: ['UNIT', 'PUBLIC'],
  planField: ['plannedStart', 'plannedEnd', 'plannedInvestment', 'annualPlannedInvestment', 'plannedDate', 'plannedPercent'],
  halfYear: ['investmentAgainstTime', 'timeNodesDoneAgainstDue', 'timeProportionalProgress'],
  honour: ['COMMENDATION', 'CRITICISM'],
  honourSubject: ['UNIT', 'PERSON'],
  honourStatus: ['PROPOSED', 'CONFIRMED', 'STRUCK'],
  inspectionKind: ['SUPERVISION', 'SELF'],
  publicityKind: ['MODEL_CASE', 'EXPOSURE'],
  bulletinCycle: ['MONTH', 'QUARTER', 'HALF_YEAR', 'YEAR'],
  auditAction: ['BULLETIN_PUBLISHED', 'FINDING_RECORDED', 'HONOURS_DECIDED', 'INSPECTION_RECORDED', 'PUBLICITY_PUBLISHED', 'RECOMPUTE_REQUESTED',
    'RECTIFICATIONS_REMINDED', 'RECTIFICATION_MOVED', 'RULESET_CHANGED', 'SCORE_PUBLISHED', 'SELF_INSPECTION_RECORDED'],
}

describe('the i18n catalogue', () => {
  it('labels every enum code in Chinese', () => {
    for (const [group, codes] of Object.entries(ENUMS)) {
      const labels = (zh as unknown as Record<string, Record<string, string>>)[group]
      for (const code of codes) {
        expect(labels[code], `${group}.${code}`).toMatch(/[\u4e00-\u9fff—]/)
      }
    }
  })

  it('has the same keys in English', () => {
    const keys = (o: object, prefix = ''): string[] =>
      Object.entries(o).flatMap(([k, v]) => (typeof v === 'object' ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]))
    expect(keys(en).sort()).toEqual(keys(zh).sort())
  })
})
