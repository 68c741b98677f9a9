package io.keyprojects.assessment.honours;

import java.util.UUID;

/**
 * A unit or a person the rules propose for commendation (奖励) or public criticism (通报批评), with why ({@code basis},
 * one line) and the facts behind it. {@code key} names the proposal stably across recomputations, so the commander's
 * decision attaches to it: {@code UNIT:ZJJ:COMMENDATION}, {@code PERSON:<id>:CRITICISM}.
 */
public record HonourProposal(String key, String honour, String subject, String unit, UUID person, String name, String basis,
                             Object facts) {
    public static final String COMMENDATION = "COMMENDATION";
    public static final String CRITICISM = "CRITICISM";
    public static final String UNIT = "UNIT";
    public static final String PERSON = "PERSON";

    static String keyOf(String subject, String who, String honour) {
        return subject + ":" + who + ":" + honour;
    }
}
