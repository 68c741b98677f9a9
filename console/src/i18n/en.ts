import type zh from './zh-CN'

// English, switchable from the header; the keys are zh-CN's (a missing key fails the type check).
const en: typeof zh = {
  app: { title: 'Key Projects Platform', short: 'Key Projects', publicTitle: 'Key projects — public', language: '中文', signOut: 'Sign out', signedInAs: 'Signed in as' },
  menu: {
    cockpit: 'Cockpit', projects: 'Projects', blockers: 'Blockers', meetings: 'Dispatch meetings', assessment: 'Assessment', audit: 'Audit',
    supervision: 'Supervision', work: 'My unit', public: 'Public site',
  },
  role: { commander: 'Construction HQ', department: 'Responsible unit', supervisor: 'Supervision bureau', auditor: 'Auditor', portal: 'Portal' },
  signIn: {
    title: 'Sign in', devTitle: 'Development sign-in', devHint: 'Development: choose a role and unit; the gateway issues a development token.', role: 'Role', unit: 'Unit',
    submit: 'Sign in', oidc: 'Sign in with the county identity provider', expired: 'Your session expired: sign in again; what you typed is kept.', unitRequired: 'A unit must be chosen for a responsible unit',
    publicLink: 'View the public site without signing in',
  },
  phase: { PREPARATION: 'Preparation', UNDER_CONSTRUCTION: 'Under construction', COMPLETED: 'Completed', SUSPENDED: 'Suspended', CANCELLED: 'Cancelled' },
  category: { INFRASTRUCTURE: 'Infrastructure', LIVELIHOOD: 'Livelihood', INDUSTRY: 'Industry', URBAN_RENEWAL: 'Urban renewal', ECOLOGY: 'Ecology', PUBLIC_SERVICE: 'Public service' },
  light: { GREEN: 'On track', YELLOW: 'Lagging', RED: 'Seriously lagging' },
  milestoneKind: {
    PROJECT_APPROVAL: 'Project approval', PLANNING_PERMIT: 'Planning permit', LAND_APPROVAL: 'Land approval', ENVIRONMENTAL_ASSESSMENT: 'Environmental assessment',
    FEASIBILITY_APPROVAL: 'Feasibility study approval', PRELIMINARY_DESIGN: 'Preliminary design and estimate', DRAWING_REVIEW: 'Construction drawing review',
    TENDERING: 'Tendering', CONSTRUCTION_PERMIT: 'Construction permit', CONSTRUCTION: 'Construction node', COMPLETION: 'Completion acceptance',
  },
  milestoneStatus: { PLANNED: 'Planned', OVERDUE: 'Overdue', DONE_ON_TIME: 'Done on time', DONE_LATE: 'Done late' },
  issueStatus: {
    OPEN: 'Open', ACKNOWLEDGED: 'Acknowledged', IN_COORDINATION: 'In coordination', RESOLVED: 'Resolved', CLOSED: 'Closed',
    ESCALATED: 'Escalated', LEGAL_PROCEDURE: 'Legal procedure',
  },
  issueCategory: {
    DEMOLITION: 'Demolition', LAND: 'Land quota', FUNDING: 'Funding', POLICY: 'Policy handling', PERMIT: 'Approvals', UNIT_PERFORMANCE: 'Unit performance', OTHER: 'Other',
  },
  severity: { LOW: 'Low', MEDIUM: 'Medium', HIGH: 'High', CRITICAL: 'Critical' },
  historyAction: { REPORTED: 'Reported', MOVED: 'Moved', OVERDUE: 'Overdue', MEETING_DECISION: 'Meeting decision', FLAGGED_FOR_REVIEW: 'Flagged for review' },
  grade: { EXCELLENT: 'Excellent', GOOD: 'Good', PASS: 'Pass', FAIL: 'Fail' },
  outcome: { COMMENDATION: 'Commendation', NONE: '—', CRITICISM: 'Public criticism' },
  rectification: { ISSUED: 'Issued', SIGNED_FOR: 'Signed for', IN_HAND: 'In hand', REPORTED_BACK: 'Reported back', RECHECKED: 'Rechecked', CLOSED: 'Closed' },
  unitKind: { BUREAU: 'Bureau', TOWNSHIP: 'Township', SUBDISTRICT: 'Sub-district', COMPANY: 'State-owned company' },
  fact: {
    project: 'Project', weight: 'Weight', plannedPercent: 'Planned %', actualPercent: 'Actual %', annualPlannedInvestment: 'Annual planned investment',
    completedInvestment: 'Completed investment', milestone: 'Time node', plannedDate: 'Planned date', actualDate: 'Actual date', onTime: 'On time',
    plannedStart: 'Planned start', actualStart: 'Actual start', startedOnPlan: 'Started on plan', dueInvestment: 'Investment due', elapsedShare: 'Elapsed share',
    plannedValue: 'Planned value', earnedValue: 'Earned value', ratio: 'Ratio', nodesOnTime: 'Nodes on time', nodesDue: 'Nodes due', overdueOrders: 'Overdue orders',
    ordersDue: 'Orders due', blockersDue: 'Blockers due', resolvedWithinSla: 'Resolved within SLA', dueToStart: 'Due to start', pointsPerItem: 'Points per item',
  },
  publicationStatus: { PROVISIONAL: 'Provisional', PUBLISHED: 'Published' },
  auditAction: { BULLETIN_PUBLISHED: 'Bulletin published', FINDING_RECORDED: 'Finding recorded', INSPECTION_RECORDED: 'Inspection recorded', PUBLICITY_PUBLISHED: 'Publicity published (model case, exposure)', RECOMPUTE_REQUESTED: 'Recompute requested', RECTIFICATIONS_REMINDED: 'Orders reminded', RECTIFICATION_MOVED: 'Order moved', RULESET_CHANGED: 'Ruleset changed', SCORE_PUBLISHED: 'Scores published' },
  landStage: { NOT_STARTED: 'Not filed', PRE_EXAMINED: 'Pre-examined', SUBMITTED: 'Submitted for approval', APPROVED: 'Approved (conversion, acquisition)', SUPPLIED: 'Land supplied' },
  fundingSource: { SUPERIOR_GRANT: 'Higher-level grants', FISCAL_APPROPRIATION: 'County budget', FINANCING_AND_BONDS: 'Loans and special bonds', LAND_TRANSFER: 'Land sales', SOCIAL_CAPITAL: 'Private capital' },
  legalStep: {
    NOTICE: 'Notice', VALUATION: 'Valuation', COMPENSATION_DECISION: 'Compensation decision', APPEAL_WINDOW: 'Appeal window', COURT_APPLICATION: 'Court application', ENFORCEMENT: 'Enforcement',
  },
  blockerAge: { UNDER_7: 'Under 7 days', UNDER_30: '7–30 days', UNDER_90: '30–90 days', OVER_90: 'Over 90 days' },
  sheets: {
    land: 'Land', areaNeeded: 'Area needed (mu)', quotaSecured: 'Land quota secured (mu)', quotaGap: 'Quota gap (mu)', balanceSecured: 'Farmland balance secured (mu)',
    balanceGap: 'Balance gap (mu)', approvalStage: 'Approval stage', note: 'Note', edit: 'Edit', notRecorded: 'Not recorded yet',
    funding: 'Funding', source: 'Source', planned: 'Planned (10k yuan)', secured: 'Secured (10k yuan)', paidOut: 'Paid out (10k yuan)', gap: 'Gap (10k yuan)', totalRow: 'Total',
    demolition: 'Demolition and relocation', households: 'Households', floorArea: 'Floor area (m²)', householdsSigned: 'Households signed', householdsRemaining: 'Households remaining',
    cases: 'Legal procedure (holdouts)', household: 'Household', address: 'Address', currentStep: 'Current step', nextStep: 'Next step', openCase: 'Open a legal procedure', opened: 'Opened',
    recordStep: 'Record step', stepDate: 'Date', stepNote: 'Note', stepRecorded: 'Recorded "{s}"', enforced: 'Enforced', noStep: 'No step yet',
    outOfOrder: 'Steps go in order: "{s}" comes first', updatedBy: 'updated by {who} at {t}',
  },
  common: {
    loading: 'Loading…', empty: 'Nothing here', all: 'All', search: 'Search', reset: 'Reset', save: 'Save', submit: 'Submit', cancel: 'Cancel',
    back: 'Back', detail: 'Details', refresh: 'Refresh', reload: 'Reload', yes: 'Yes', no: 'No', total: '{n} in total', wan: '×10k CNY',
    percent: '{n}%', forbidden: 'Not allowed', forbiddenDetail: 'Your role may not see this page.', notFound: 'No such page', updatedAt: 'Updated {t}',
    conflictTitle: 'Changed by someone else', conflict: 'Someone else changed this record. Reload the latest version first? What you typed is kept.',
    checkFields: 'Please correct the fields marked in red.',
    error: 'It did not work', saved: 'Saved', autoRefresh: 'Refreshes every {n} s',
  },
  cockpit: {
    title: 'Key projects cockpit', year: 'Year {year}', asOf: 'As of {date}', projects: 'Projects', completed: 'Completed', underConstruction: 'Under construction',
    notStarted: 'Not started', notStartedLate: 'Not started on time', halfTitle: 'Half the year gone, half the work done',
    gaugeTime: 'Time (planned share)', gaugeWork: 'Work (actual progress)', gaugeSpi: 'Schedule performance SPI', gaugeInvestment: 'Investment (earned / planned value)',
    lights: 'Traffic lights', lagging: 'Lagging projects', blockersByCategory: 'Open blockers by category', ranking: 'Unit ranking', units: 'Lagging units',
    openBlockers: 'Open blockers', overdueBlockers: 'Overdue blockers', investment: 'Annual planned investment', earned: 'Completed (earned value)', gap: 'Some parts are unavailable: {parts}',
    month: 'M{m}',
    investmentByMonth: 'Investment plan against completion (cumulative, by month)', plannedByMonth: 'Planned to date', earnedByMonth: 'Completed (earned value)', reportedByMonth: 'Reported completed investment',
    blockersByAge: 'Open blockers by category and age', age: 'Age since reported',
    score: 'Score', lagPoints: 'Points behind', laggingCount: 'Lagging projects',
  },
  projects: {
    title: 'Projects', code: 'Code', name: 'Name', category: 'Category', phase: 'Phase', leadUnit: 'Lead unit', township: 'Township',
    year: 'Year', q: 'Text', progress: 'Progress', plannedInvestment: 'Total investment', annualPlannedInvestment: 'Annual planned investment',
    completedInvestment: 'Completed investment', plannedStart: 'Planned start', plannedEnd: 'Planned end', actualStart: 'Actual start', actualEnd: 'Actual end',
    leadOfficial: 'Lead official', cooperatingUnits: 'Cooperating units', description: 'Description', milestones: 'Time nodes', history: 'Progress reports',
    blockers: 'Blockers', plannedDate: 'Planned', baselineDate: 'Baseline', completedOn: 'Done on', status: 'Status', period: 'Period',
    narrative: 'Narrative', reportedBy: 'Reported by', reportedAt: 'Reported at', progressChart: 'Progress over time', basics: 'Basics',
  },
  blockers: {
    title: 'Blockers', board: 'Blocker board', project: 'Project', titleField: 'Blocker', category: 'Category', severity: 'Severity', unit: 'Responsible unit',
    dueDate: 'Due', overdue: 'Overdue', daysLeft: '{n} days left', daysOver: '{n} days over', dueToday: 'Due today', move: 'Move',
    moveTo: 'Move to', comment: 'Comment', resolution: 'Resolution', history: 'History', file: 'File a blocker', description: 'Description', moved: 'Moved to "{s}"',
  },
  meetings: {
    convene: 'Convene a meeting', name: 'Title', attendeesHint: 'separated by commas', title: 'Dispatch meetings', heldOn: 'Held on', convener: 'Convener', attendees: 'Attendees', agenda: 'Agenda', decisions: 'Decisions', decision: 'Decision',
    assignedUnit: 'Assigned unit', deadline: 'Deadline', record: 'Record a decision', recorded: 'Decision recorded',
  },
  assessment: {
    title: 'Assessment', period: 'Period', rank: 'Rank', unit: 'Unit', total: 'Total', grade: 'Grade', outcome: 'Outcome', breakdown: 'Breakdown',
    rule: 'Rule', points: 'Points', facts: 'Facts', csv: 'Export CSV', verify: 'Verify the audit chain', verified: 'Audit chain intact: {n} entries', broken: 'Audit chain broken',
    audit: 'Audit trail', seq: 'Seq', at: 'At', type: 'Type',
  },
  supervision: {
    title: 'Supervision', inspections: 'Inspections', rectifications: 'Rectification orders', bulletins: 'Bulletins', unit: 'Unit', subject: 'Subject',
    inspectedOn: 'Inspected on', status: 'Status', deadline: 'Deadline', findings: 'Findings', issuedOn: 'Issued on', read: 'Read', print: 'Print',
  },
  work: {
    title: 'My unit', myProjects: 'Projects my unit leads', report: 'Report progress', fileBlocker: 'File a blocker', period: 'Period',
    progressPercent: 'Progress (%)', completedInvestment: 'Completed investment (×10k CNY)', narrative: 'What happened', reason: 'Reason for a decrease',
    reported: 'Progress reported', filed: 'Blocker filed', milestones: 'Update time nodes', markDone: 'Mark done', done: 'Done',
  },
  public: {
    title: 'Key projects — public', subtitle: 'Progress of the county key projects, open to public scrutiny', projects: 'Projects', feed: 'Latest news', completed: 'Completed this year',
    started: 'Started this year', progress: 'Progress', signIn: 'Staff sign-in',
  },
}
export default en
