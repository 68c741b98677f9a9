// Every label, enum code and message the console shows, in the county's own words (zh-CN is the default).
export default {
  app: { title: '重点工程管理平台', short: '重点工程', publicTitle: '重点工程公示', language: 'English', signOut: '退出', signedInAs: '当前身份' },
  menu: {
    cockpit: '驾驶舱', projects: '项目库', blockers: '问题清单', meetings: '调度会', assessment: '考核', audit: '审计',
    supervision: '督查', work: '本单位工作', public: '公示网站',
  },
  role: { commander: '城建指挥部', department: '责任单位', supervisor: '督查局', auditor: '审计', portal: '门户' },
  signIn: {
    title: '登录', devTitle: '开发环境登录', devHint: '开发环境：选择角色与单位，由网关签发开发令牌。', role: '角色', unit: '单位',
    submit: '登录', oidc: '使用统一身份认证登录', expired: '登录已过期，请重新登录，已填写的内容会保留。', unitRequired: '责任单位须选择单位',
    publicLink: '不登录，查看公示网站',
  },
  phase: { PREPARATION: '前期准备', UNDER_CONSTRUCTION: '在建', COMPLETED: '已竣工', SUSPENDED: '暂停', CANCELLED: '已取消' },
  category: { INFRASTRUCTURE: '基础设施', LIVELIHOOD: '民生工程', INDUSTRY: '产业项目', URBAN_RENEWAL: '城市更新', ECOLOGY: '生态环保', PUBLIC_SERVICE: '公共服务' },
  light: { GREEN: '正常', YELLOW: '滞后', RED: '严重滞后' },
  milestoneKind: {
    PROJECT_APPROVAL: '立项', PLANNING_PERMIT: '规划许可', LAND_APPROVAL: '用地审批', ENVIRONMENTAL_ASSESSMENT: '环评',
    TENDERING: '招投标', CONSTRUCTION_PERMIT: '施工许可', CONSTRUCTION: '施工节点', COMPLETION: '竣工验收',
  },
  milestoneStatus: { PLANNED: '未到期', OVERDUE: '已逾期', DONE_ON_TIME: '按期完成', DONE_LATE: '逾期完成' },
  issueStatus: {
    OPEN: '待受理', ACKNOWLEDGED: '已受理', IN_COORDINATION: '协调中', RESOLVED: '已解决', CLOSED: '已销号',
    ESCALATED: '已提级', LEGAL_PROCEDURE: '依法处理',
  },
  issueCategory: {
    DEMOLITION: '拆迁安置', LAND: '用地指标', FUNDING: '资金', POLICY: '政策处理', PERMIT: '审批手续', UNIT_PERFORMANCE: '工作不力', OTHER: '其他',
  },
  severity: { LOW: '一般', MEDIUM: '较重', HIGH: '严重', CRITICAL: '特别严重' },
  historyAction: { REPORTED: '上报', MOVED: '状态变更', OVERDUE: '超期', MEETING_DECISION: '调度会决定', FLAGGED_FOR_REVIEW: '标记复核' },
  grade: { EXCELLENT: '优秀', GOOD: '良好', PASS: '合格', FAIL: '不合格' },
  outcome: { COMMENDATION: '表彰', NONE: '—', CRITICISM: '通报批评' },
  rectification: { ISSUED: '已下发', SIGNED_FOR: '已签收', IN_HAND: '整改中', REPORTED_BACK: '已反馈', RECHECKED: '已复查', CLOSED: '已办结' },
  unitKind: { BUREAU: '局', TOWNSHIP: '乡镇', SUBDISTRICT: '街道', COMPANY: '国有企业' },
  fact: {
    project: '项目', weight: '权重', plannedPercent: '序时进度', actualPercent: '实际进度', annualPlannedInvestment: '年度计划投资',
    completedInvestment: '已完成投资', milestone: '时间节点', plannedDate: '计划日期', actualDate: '完成日期', onTime: '按期',
    plannedStart: '计划开工', actualStart: '实际开工', startedOnPlan: '按计划开工数', dueInvestment: '序时应完成投资', elapsedShare: '时间进度',
    plannedValue: '计划值', earnedValue: '挣值', ratio: '比率', nodesOnTime: '按期节点数', nodesDue: '到期节点数', overdueOrders: '逾期整改数',
    ordersDue: '到期整改数', blockersDue: '到期问题数', resolvedWithinSla: '按时化解数', dueToStart: '应开工数', pointsPerItem: '每项分值',
  },
  publicationStatus: { PROVISIONAL: '暂定（未发布）', PUBLISHED: '已发布' },
  auditAction: { BULLETIN_PUBLISHED: '发布通报', FINDING_RECORDED: '记录督查发现', INSPECTION_RECORDED: '记录督查检查', RECOMPUTE_REQUESTED: '申请重算', RECTIFICATIONS_REMINDED: '整改催办', RECTIFICATION_MOVED: '整改状态变更', RULESET_CHANGED: '考核办法变更', SCORE_PUBLISHED: '发布考核结果' },
  common: {
    loading: '加载中…', empty: '暂无数据', all: '全部', search: '查询', reset: '重置', save: '保存', submit: '提交', cancel: '取消',
    back: '返回', detail: '详情', refresh: '刷新', reload: '重新加载', yes: '是', no: '否', total: '共 {n} 条', wan: '万元',
    percent: '{n}%', forbidden: '无权访问', forbiddenDetail: '当前身份无权查看此页面。', notFound: '页面不存在', updatedAt: '更新于 {t}',
    conflictTitle: '数据已被他人修改', conflict: '此记录已被他人修改。重新加载最新数据后再操作？您填写的内容会保留。',
    error: '操作失败', saved: '已保存', autoRefresh: '每 {n} 秒自动刷新',
  },
  cockpit: {
    title: '重点工程驾驶舱', year: '{year}年度', asOf: '截至 {date}', projects: '项目总数', completed: '已竣工', underConstruction: '在建',
    notStarted: '未开工', notStartedLate: '逾期未开工', halfTitle: '时间过半，任务过半',
    gaugeTime: '时间进度（序时）', gaugeWork: '形象进度（实际）', gaugeSpi: '投资完成指数 SPI', gaugeInvestment: '投资完成（挣值/计划值）',
    lights: '红黄绿灯分布', lagging: '滞后项目', blockersByCategory: '问题分类（未解决）', ranking: '单位排名', units: '滞后单位',
    openBlockers: '未解决问题', overdueBlockers: '超期问题', investment: '年度计划投资', earned: '已完成投资（挣值）', gap: '部分数据暂不可用：{parts}',
    score: '得分', lagPoints: '滞后百分点', laggingCount: '滞后项目数',
  },
  projects: {
    title: '项目库', code: '项目编号', name: '项目名称', category: '类别', phase: '阶段', leadUnit: '责任单位', township: '乡镇（街道）',
    year: '年度', q: '关键词', progress: '形象进度', plannedInvestment: '总投资', annualPlannedInvestment: '年度计划投资',
    completedInvestment: '已完成投资', plannedStart: '计划开工', plannedEnd: '计划竣工', actualStart: '实际开工', actualEnd: '实际竣工',
    leadOfficial: '牵头领导', cooperatingUnits: '配合单位', description: '项目概况', milestones: '时间节点', history: '进度填报记录',
    blockers: '问题', plannedDate: '计划日期', baselineDate: '基线日期', completedOn: '完成日期', status: '状态', period: '期间',
    narrative: '进展情况', reportedBy: '填报人', reportedAt: '填报时间', progressChart: '形象进度走势', basics: '基本情况',
  },
  blockers: {
    title: '问题清单', board: '问题看板', project: '所属项目', titleField: '问题', category: '类别', severity: '严重程度', unit: '责任单位',
    dueDate: '办结时限', overdue: '已超期', daysLeft: '剩余 {n} 天', daysOver: '超期 {n} 天', dueToday: '今天到期', move: '变更状态',
    moveTo: '转为', comment: '说明', resolution: '处理结果', history: '处理经过', file: '上报问题', description: '问题描述', moved: '已变更为「{s}」',
  },
  meetings: {
    title: '调度会', heldOn: '召开日期', convener: '召集人', attendees: '参会人员', agenda: '议题', decisions: '会议决定', decision: '决定事项',
    assignedUnit: '落实单位', deadline: '完成时限', record: '记录决定', recorded: '决定已记录',
  },
  assessment: {
    title: '责任考核', period: '考核期', rank: '名次', unit: '单位', total: '总分', grade: '等次', outcome: '奖惩', breakdown: '得分明细',
    rule: '考核项目', points: '得分', facts: '依据', csv: '导出 CSV', verify: '校验审计链', verified: '审计链完整：{n} 条记录', broken: '审计链异常',
    audit: '审计记录', seq: '序号', at: '时间', type: '类型',
  },
  supervision: {
    title: '督查', inspections: '督查检查', rectifications: '整改通知', bulletins: '督查通报', unit: '被督查单位', subject: '事项',
    inspectedOn: '检查日期', status: '状态', deadline: '整改时限', findings: '发现问题', issuedOn: '发布日期', read: '阅读通报', print: '打印',
  },
  work: {
    title: '本单位工作', myProjects: '本单位牵头项目', report: '填报进度', fileBlocker: '上报问题', period: '填报期间',
    progressPercent: '形象进度（%）', completedInvestment: '累计完成投资（万元）', narrative: '本期进展', reason: '下调原因',
    reported: '进度已填报', filed: '问题已上报', milestones: '更新时间节点', markDone: '标记完成', done: '已完成',
  },
  public: {
    title: '重点工程公示', subtitle: '县重点工程建设进展，接受社会监督', projects: '项目进展', feed: '最新动态', completed: '本年竣工',
    started: '本年开工', progress: '进度', signIn: '工作人员登录',
  },
}
