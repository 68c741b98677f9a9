import type { components } from './schema'

// What the pages read. Types come from the gateway's merged OpenAPI (schema.d.ts, generated from
// openapi.json); the few answers the document does not describe yet are written here from the
// services' records, and give way to the document's schema once it names them.
type S = components['schemas']

export type Summary = S['ProgrammeSummary']
export type ProjectLine = S['ProgrammeProjectLine']
export type ProjectView = S['ProjectView']
export type UnitView = S['UnitView']
export type MilestoneView = S['MilestoneView']
export type ProgressReportView = S['ProgressReportView']
export type UnitFigures = S['ProgrammeUnitFigures']
export type LandView = S['LandView']
export type FundingView = S['FundingView']
export type DemolitionView = S['DemolitionView']
export type CaseView = S['CaseView']
export type InvestmentByMonth = S['InvestmentByMonth']

export interface IssueView {
  id: string
  projectId: string
  category: string
  severity: string
  title: string
  description?: string | null
  reportedBy: string
  responsibleUnit: string
  dueDate?: string | null
  status: string
  resolution?: string | null
  overdue: boolean
  flaggedForReview: boolean
  version: number
  createdAt: string
  updatedAt: string
}

export interface HistoryEntry {
  at: string
  actor: string
  action: string
  from?: string | null
  to?: string | null
  comment?: string | null
  resolution?: string | null
  dueDate?: string | null
}

export interface IssueCounts {
  year: number
  total: number
  open: number
  overdue: number
  byCategory: Record<string, number>
  openByCategory: Record<string, number>
  byStatus: Record<string, number>
  openByProject?: Record<string, number>
}

export interface Page<T> {
  items: T[]
  page: number
  size: number
  total: number
}

export interface MeetingView {
  id: string
  heldOn: string
  title: string
  convener: string
  attendees: string[]
  agenda: string[]
  decisions: { id: string; issueId: string; assignedUnit: string; deadline: string; decision: string; decidedBy: string; decidedAt: string }[]
}

export interface RankingEntry {
  rank: number
  unit: string
  unitName?: string | null
  total: number
  grade: string
  outcome: string
}

export interface Ranking {
  period: string
  status: string
  asOf: string
  rulesetVersion: number
  entries: RankingEntry[]
}

export interface Dashboard {
  year: number
  programme: Summary | null
  blockers: IssueCounts | null
  ranking: Ranking | null
  gaps: { part: string; service: string; reason: string }[]
  complete: boolean
}

export interface PublicProject {
  id: string
  code: string
  name: string
  description?: string | null
  category: string
  year: number
  township?: string | null
  leadUnit: string
  plannedInvestment?: string | null
  plannedStart?: string | null
  plannedEnd?: string | null
  actualStart?: string | null
  phase: string
  progressPercent: number
}

export interface FeedItem {
  id: string
  title: string
  content_text: string
  date_published: string
  tags: string[]
}

// Baselines, targets, the preliminary-work board, people, inboxes and webhooks
export type PlanChange = S['PlanChange']
export type ProgrammeApproval = S['ProgrammeApproval']
export type BaselineApproval = S['BaselineApproval']
export type AnnualTargetView = S['AnnualTargetView']
export type HalfYear = S['HalfYear']
export type HalfYearForm = S['HalfYearForm']
export type PlanBasis = S['PlanBasis']
export type PreliminaryBoard = S['PreliminaryBoard']
export type PreliminaryLine = S['PreliminaryBoardLine']
export type PreliminaryTimetable = S['PreliminaryTimetable']
export type PersonView = S['PersonView']
export type PersonKind = S['PersonKind']
export type PersonalRecord = S['PersonalRecord']
export type Notification = S['Notification']
export type Endpoint = S['Endpoint']
export type Delivery = S['Delivery']
export type DeliveryAttempt = S['DeliveryAttempt']

// Honours, inspections (督查、自查), publicity and the bulletins with their schedule
export type HonoursView = S['HonoursView']
export type HonourLine = S['HonourLine']
export type InspectionView = S['InspectionView']
export type FindingView = S['FindingView']
export type PublicityView = S['PublicityView']
export type BulletinSchedule = S['BulletinSchedule']
export type BulletinView = S['BulletinView']
export type ScheduledBulletinRun = S['ScheduledBulletinRun']
