package io.keyprojects.assessment.supervision;

import static io.keyprojects.assessment.support.Feed.as;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.keyprojects.testing.KeyProjectsTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = KeyProjectsTestResource.class, initArgs = @ResourceArg(name = "database", value = "assessment"))
class IdempotentCreationTest {

    @Test
    void a_retried_create_with_the_same_idempotency_key_creates_nothing_twice() {
        String key = UUID.randomUUID().toString();
        String body = "{\"unit\":\"" + io.keyprojects.assessment.support.Feed.registeredUnit() + "\",\"inspectedOn\":\"2026-07-01\",\"title\":\"重复提交\"}";
        String first = as("supervisor").header("Idempotency-Key", key).contentType("application/json").body(body)
                .post("/api/supervision/inspections").then().statusCode(201).extract().path("id");
        String again = as("supervisor").header("Idempotency-Key", key).contentType("application/json").body(body)
                .post("/api/supervision/inspections").then().statusCode(201)
                .header("Idempotency-Replayed", equalTo("true")).extract().path("id");
        assertEquals(first, again);
        as("supervisor").header("Idempotency-Key", key).contentType("application/json").body(body.replace("重复提交", "另一次"))
                .post("/api/supervision/inspections").then().statusCode(422).contentType("application/problem+json");
    }
}
