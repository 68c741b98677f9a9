package io.keyprojects.issues.issue;

/** 拆迁安置, 土地, 资金, 政策处理, 审批手续, 工作不力, 其他. */
public enum IssueCategory {
    DEMOLITION, LAND, FUNDING, POLICY, PERMIT, UNIT_PERFORMANCE, OTHER
}
