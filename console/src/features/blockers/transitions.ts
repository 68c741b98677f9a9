// The blocker workflow as issues-service enforces it (IssueStatus.allowedMoves): the board offers
// only these moves; the service still decides (a department may not escalate, for instance).
export const BOARD_COLUMNS = ['OPEN', 'ACKNOWLEDGED', 'IN_COORDINATION', 'ESCALATED', 'LEGAL_PROCEDURE', 'RESOLVED', 'CLOSED'] as const

const MOVES: Record<string, string[]> = {
  OPEN: ['ACKNOWLEDGED', 'IN_COORDINATION', 'ESCALATED', 'LEGAL_PROCEDURE'],
  ACKNOWLEDGED: ['IN_COORDINATION', 'ESCALATED', 'LEGAL_PROCEDURE'],
  IN_COORDINATION: ['RESOLVED', 'ESCALATED', 'LEGAL_PROCEDURE'],
  ESCALATED: ['IN_COORDINATION', 'RESOLVED', 'LEGAL_PROCEDURE'],
  LEGAL_PROCEDURE: ['RESOLVED'],
  RESOLVED: ['CLOSED', 'OPEN'],
  CLOSED: [],
}
const COMMANDER_ONLY = new Set(['ESCALATED', 'LEGAL_PROCEDURE', 'CLOSED'])

export function movesFrom(status: string, role: string | null): string[] {
  return (MOVES[status] ?? []).filter((to) => role === 'commander' || !COMMANDER_ONLY.has(to))
}
