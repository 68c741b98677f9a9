import { describe, expect, it } from 'vitest'
import { decodeClaims, session, signIn, signOut } from './session'
import { mayApproveBaseline, mayDecideHonours, mayEditPerson, mayOpen, mayPublishPublicity, mayRegisterPeople, mayRunBulletins } from './access'
import { challengeOf } from './oidc'
import { movesFrom } from '../features/blockers/transitions'

const token = (claims: object) => `x.${btoa(JSON.stringify(claims)).replace(/=+$/, '')}.y`

describe('the signed-in person', () => {
  it('is read from the token: role, unit, name', () => {
    signIn(token({ upn: 'department@ZJJ', groups: ['department'], unit: 'ZJJ' }))
    expect([session.role, session.unit, session.name]).toEqual(['department', 'ZJJ', 'department@ZJJ'])
    signOut(true)
    expect(session.token).toBeNull()
    expect(session.expired).toBe(true)
  })

  it('reads Chinese claims', () => {
    const bytes = new TextEncoder().encode(JSON.stringify({ name: '张三' }))
    const b64 = btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
    expect(decodeClaims(`a.${b64}.c`).name).toBe('张三')
  })
})

describe('the menu follows the gateway access table', () => {
  it('offers each role only what it may use', () => {
    expect(mayOpen('department', 'assessment')).toBe(false)
    expect(mayOpen('department', 'work')).toBe(true)
    expect(mayOpen('commander', 'work')).toBe(false)
    expect(mayOpen('auditor', 'audit')).toBe(true)
    expect(mayOpen('supervisor', 'audit')).toBe(false)
    expect(mayOpen('portal', 'cockpit')).toBe(true)
    expect(mayOpen(null, 'cockpit')).toBe(false)
  })

  it('offers the inbox and webhooks to a unit, the preliminary board and people to all staff', () => {
    expect(mayOpen('department', 'inbox')).toBe(true)
    expect(mayOpen('department', 'webhooks')).toBe(true)
    expect(mayOpen('supervisor', 'inbox')).toBe(false)
    expect(mayOpen('auditor', 'webhooks')).toBe(false)
    expect(mayOpen('portal', 'preliminary')).toBe(true)
    expect(mayOpen('supervisor', 'people')).toBe(true)
  })

  it('lets the commander approve baselines and edit anyone, a department only its own people', () => {
    expect(mayApproveBaseline('commander')).toBe(true)
    expect(mayApproveBaseline('department')).toBe(false)
    expect(mayRegisterPeople('department')).toBe(true)
    expect(mayRegisterPeople('auditor')).toBe(false)
    expect(mayEditPerson('commander', null, 'ZJJ')).toBe(true)
    expect(mayEditPerson('department', 'ZJJ', 'ZJJ')).toBe(true)
    expect(mayEditPerson('department', 'ZJJ', 'JTJ')).toBe(false)
    expect(mayEditPerson('department', 'ZJJ', null)).toBe(false)
  })

  it('offers the honours, publicity and bulletins to all staff, their changes to the roles the gateway lets make them', () => {
    for (const role of ['commander', 'department', 'supervisor', 'auditor', 'portal'] as const) {
      expect(mayOpen(role, 'honours') && mayOpen(role, 'publicity') && mayOpen(role, 'bulletins')).toBe(true)
    }
    expect(mayOpen(null, 'honours')).toBe(false)
    expect(['commander', 'department', 'supervisor', 'auditor', 'portal'].filter((r) => mayDecideHonours(r as never))).toEqual(['commander'])
    expect(['commander', 'department', 'supervisor', 'auditor', 'portal'].filter((r) => mayPublishPublicity(r as never))).toEqual(['commander', 'supervisor'])
    expect(['commander', 'department', 'supervisor', 'auditor', 'portal'].filter((r) => mayRunBulletins(r as never))).toEqual(['supervisor'])
  })

  it('offers a department no commander-only move of a blocker', () => {
    expect(movesFrom('OPEN', 'department')).toEqual(['ACKNOWLEDGED', 'IN_COORDINATION'])
    expect(movesFrom('OPEN', 'commander')).toContain('ESCALATED')
    expect(movesFrom('CLOSED', 'commander')).toEqual([])
  })
})

describe('PKCE', () => {
  it('derives the S256 challenge of RFC 7636 appendix B', async () => {
    expect(await challengeOf('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk')).toBe('E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM')
  })
})
