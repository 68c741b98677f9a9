package io.keyprojects.projects.land;

/** How far a project's land approval (用地报批) has gone, in the order the steps are taken. */
public enum LandApprovalStage {
    /** nothing filed yet. */
    NOT_STARTED,
    /** 用地预审与选址意见书. */
    PRE_EXAMINED,
    /** 组卷报批: the conversion and acquisition file is with the approving government. */
    SUBMITTED,
    /** 农转用、征收批复 received. */
    APPROVED,
    /** 供地: allocated or sold to the project; the land can be built on. */
    SUPPLIED
}
