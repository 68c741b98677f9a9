package io.keyprojects.projects.milestone;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The kinds of time node (时间节点): the preliminary approvals of a Chinese construction project in their
 * usual order, then construction and completion nodes. {@code typicalDays} is the working time a node
 * usually needs, used by the backward schedule when a milestone names no duration of its own.
 */
public enum MilestoneKind {
    PROJECT_APPROVAL(Stage.PRELIMINARY, "立项", 30),
    FEASIBILITY_APPROVAL(Stage.PRELIMINARY, "可研批复", 45),
    PLANNING_PERMIT(Stage.PRELIMINARY, "规划许可", 30),
    LAND_APPROVAL(Stage.PRELIMINARY, "用地审批", 45),
    ENVIRONMENTAL_ASSESSMENT(Stage.PRELIMINARY, "环评", 30),
    PRELIMINARY_DESIGN(Stage.PRELIMINARY, "初步设计与概算", 30),
    DRAWING_REVIEW(Stage.PRELIMINARY, "施工图审查", 20),
    TENDERING(Stage.PRELIMINARY, "招投标", 30),
    CONSTRUCTION_PERMIT(Stage.PRELIMINARY, "施工许可", 15),
    CONSTRUCTION(Stage.CONSTRUCTION, "施工节点", 60),
    COMPLETION(Stage.COMPLETION, "竣工验收", 30);

    /** 前期 / 施工 / 竣工. */
    @Schema(name = "MilestoneStage")
    public enum Stage { PRELIMINARY, CONSTRUCTION, COMPLETION }

    private final Stage stage;
    private final String label;
    private final int typicalDays;

    MilestoneKind(Stage stage, String label, int typicalDays) {
        this.stage = stage;
        this.label = label;
        this.typicalDays = typicalDays;
    }

    public Stage stage() {
        return stage;
    }

    public String label() {
        return label;
    }

    public int typicalDays() {
        return typicalDays;
    }
}
