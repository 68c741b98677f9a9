package io.keyprojects.projects.person;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.keyprojects.platform.problem.ProblemException;
import io.keyprojects.platform.problem.RequestBodies;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** A parsed, checked merge patch of a person: the new values and which fields the client sent. */
record PersonPatch(PersonEdit values, Set<String> fields) {

    static PersonPatch parse(JsonNode body, ObjectMapper json, RequestBodies bodies) {
        if (!(body instanceof ObjectNode object) || object.isEmpty()) {
            throw ProblemException.badRequest("send a JSON object with the fields to change", Map.of());
        }
        Map<String, String> errors = new TreeMap<>();
        Set<String> fields = new TreeSet<>();
        object.fieldNames().forEachRemaining(name -> {
            if (!PersonEdit.FIELDS.contains(name)) {
                errors.put(name, "unknown or not editable");
            } else if (object.get(name).isNull() && PersonEdit.REQUIRED_FIELDS.contains(name)) {
                errors.put(name, "must not be null");
            } else {
                fields.add(name);
            }
        });
        if (!errors.isEmpty()) {
            throw ProblemException.badRequest("some fields cannot be changed this way", errors);
        }
        PersonEdit values;
        try {
            values = json.treeToValue(object, PersonEdit.class);
        } catch (com.fasterxml.jackson.databind.exc.MismatchedInputException e) {
            String field = e.getPath().isEmpty() ? null : e.getPath().get(0).getFieldName();
            throw ProblemException.badRequest("a field has the wrong type or format", Map.of(field == null ? "body" : field, "wrong type or format"));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw ProblemException.badRequest("the body is not a valid person edit", Map.of());
        }
        return new PersonPatch(bodies.valid(values), fields);
    }

    /** The names a body sends and the unit and kind it asks for, nothing judged yet: what authorisation looks at. */
    static String sentText(JsonNode body, String field) {
        if (body instanceof ObjectNode object && object.has(field) && object.get(field).isTextual()) {
            return object.get(field).asText();
        }
        return null;
    }

    boolean has(String field) {
        return fields.contains(field);
    }
}
