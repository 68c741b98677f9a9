package io.keyprojects.gateway.upstream;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** People are the registry's (projects-service); only a person's record (实绩档案) is the assessment's. */
class PersonalRecordRouteTest {

    @Test
    void a_persons_record_goes_to_the_assessment_and_everything_else_about_people_to_the_registry() {
        assertTrue(RouteTable.isPersonalRecord("/api/people/7d1f0a52-4a43-4c43-9a43-7f1f0e5d9a01/record"));
        assertFalse(RouteTable.isPersonalRecord("/api/people/7d1f0a52-4a43-4c43-9a43-7f1f0e5d9a01"));
        assertFalse(RouteTable.isPersonalRecord("/api/people"));
        assertFalse(RouteTable.isPersonalRecord("/api/people//record"));
        assertFalse(RouteTable.isPersonalRecord("/api/people/x/record/more"));
        assertFalse(RouteTable.isPersonalRecord("/api/projects/x/record"));
    }
}
