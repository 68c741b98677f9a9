package io.keyprojects.platform.security;

/** The role claims of DESIGN.md; a token's {@code groups} hold exactly one of them. */
public final class Roles {
    /** county construction HQ (城市建设指挥部). */
    public static final String COMMANDER = "commander";
    /** a responsible unit (责任单位); its token carries the {@code unit} claim. */
    public static final String DEPARTMENT = "department";
    /** supervision bureau (督查局). */
    public static final String SUPERVISOR = "supervisor";
    public static final String AUDITOR = "auditor";
    public static final String PORTAL = "portal";

    private Roles() {
    }
}
