import type { Role } from './session'

/**
 * Which pages a role may open: the console's view of the gateway's access table
 * (gateway/.../access/AccessPolicy). A page is offered only when its main read is open to the role;
 * the gateway and the services still decide every request.
 */
const STAFF: Role[] = ['commander', 'department', 'supervisor', 'auditor', 'portal']
const SCORE_READERS: Role[] = ['auditor', 'commander', 'supervisor', 'portal']

export const pageRoles = {
  cockpit: STAFF, // GET /api/dashboard, /api/programme/**
  projects: STAFF, // GET /api/projects/**
  blockers: STAFF, // GET /api/issues/**
  meetings: STAFF, // GET /api/meetings/**
  supervision: STAFF, // GET /api/supervision/**
  assessment: SCORE_READERS, // GET /api/assessments (the ranking)
  audit: ['auditor', 'commander'] as Role[], // GET /api/audit/**
  work: ['department'] as Role[], // POST /api/projects/{id}/progress, POST /api/issues for its own unit
  preliminary: STAFF, // GET /api/programme/{year}/preliminary
  people: STAFF, // GET /api/people/** (contact details: the service shows them to the own unit and the HQ only)
  inbox: ['department'] as Role[], // GET /api/notifications, POST /api/notifications/{id}/read: the unit's own
  webhooks: ['department'] as Role[], // POST, PATCH /api/webhooks/**: the unit's own endpoints
  honours: STAFF, // GET /api/assessments/{period}/honours (the commander confirms or strikes)
  publicity: STAFF, // GET /api/publicity/** (the commander and the bureau publish)
  bulletins: STAFF, // GET /api/supervision/bulletins/** and its schedule (the bureau runs it)
} satisfies Record<string, Role[]>

export type Page = keyof typeof pageRoles

export function mayOpen(role: Role | null, page: Page): boolean {
  return role !== null && pageRoles[page].includes(role)
}

// Who may move a blocker on the board (POST /api/issues/{id}/transitions).
export function mayMoveBlockers(role: Role | null): boolean {
  return role === 'commander' || role === 'department'
}

// Who may record a dispatch meeting's decisions (POST /api/meetings/...).
export function mayDecide(role: Role | null): boolean {
  return role === 'commander'
}

// Who may state a project's land, funding and demolition: the commander, or the department of its lead unit.
export function mayEditProjectSheets(role: Role | null, unit: string | null, leadUnit: string | null | undefined): boolean {
  return role === 'commander' || (role === 'department' && !!unit && unit === leadUnit)
}

// Who approves the year's programme and a late project's plan as the baseline (POST /api/programme/{year}/approval).
export function mayApproveBaseline(role: Role | null): boolean {
  return role === 'commander'
}

// Who registers and edits people: the commander anyone (county leaders included), a department its own staff.
export function mayRegisterPeople(role: Role | null): boolean {
  return role === 'commander' || role === 'department'
}

export function mayEditPerson(role: Role | null, unit: string | null, personUnit: string | null | undefined): boolean {
  return role === 'commander' || (role === 'department' && !!unit && unit === personUnit)
}

// Who confirms or strikes the period's commendation and criticism proposals (POST /api/assessments/{period}/honours).
export function mayDecideHonours(role: Role | null): boolean {
  return role === 'commander'
}

// Who publishes model cases and exposures to the public site (POST /api/publicity).
export function mayPublishPublicity(role: Role | null): boolean {
  return role === 'commander' || role === 'supervisor'
}

// Who runs the bulletin schedule now (POST /api/supervision/bulletins/schedule/run).
export function mayRunBulletins(role: Role | null): boolean {
  return role === 'supervisor'
}
