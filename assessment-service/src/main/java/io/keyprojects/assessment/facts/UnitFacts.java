package io.keyprojects.assessment.facts;

/** What the assessment knows of one responsible unit (责任单位) for a year. */
public record UnitFacts(String unit, long projectsLed, long projectsStarted, long projectsCompleted,
                        long blockersReported, long blockersOpen) {
}
