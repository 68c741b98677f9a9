package io.keyprojects.projects.person;

/** 县领导 / 单位主要领导 / 工作人员. */
public enum PersonKind {
    COUNTY_LEADER, UNIT_HEAD, STAFF
}
