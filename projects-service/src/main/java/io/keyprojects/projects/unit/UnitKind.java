package io.keyprojects.projects.unit;

/** 局 / 乡镇 / 街道 / 国有平台公司. */
public enum UnitKind {
    BUREAU, TOWNSHIP, SUBDISTRICT, COMPANY
}
