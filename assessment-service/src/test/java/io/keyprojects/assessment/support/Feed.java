package io.keyprojects.assessment.support;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.keyprojects.contracts.CloudEvent;
import io.keyprojects.contracts.EventJson;
import io.keyprojects.contracts.EventType;
import io.keyprojects.contracts.data.IssueReported;
import io.keyprojects.contracts.data.ProjectPhaseChanged;
import io.keyprojects.contracts.data.ProjectRegistered;
import io.keyprojects.contracts.data.UnitRegistered;
import io.keyprojects.testing.EventProbe;
import io.keyprojects.testing.TestInfrastructure;
import io.keyprojects.testing.TestTokens;
import io.restassured.specification.RequestSpecification;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Writes project and issue events to Kafka as the other services would, and reads the service's database. */
public final class Feed {
    private Feed() {
    }

    public static String unit() {
        return "U" + UUID.randomUUID().toString().replace("-", "").substring(0, 7).toUpperCase();
    }

    /** A unit announced by the registry (unit-registered), once this service knows it: inspections and orders may name it. */
    public static String registeredUnit() {
        String code = unit();
        registered(code);
        return code;
    }

    public static void registered(String code) {
        EventProbe.send(EventType.UNIT_REGISTERED.topic(), code, EventJson.write(CloudEvent.of(EventType.UNIT_REGISTERED, code,
                EventJson.MAPPER.valueToTree(new UnitRegistered(code, code + "（测试单位）", "BUREAU")), Instant.now())));
        await().atMost(Duration.ofSeconds(40)).until(() -> {
            try (Connection c = db(); var st = c.prepareStatement("SELECT count(*) FROM known_unit WHERE code = ?")) {
                st.setString(1, code);
                var rs = st.executeQuery();
                rs.next();
                return rs.getInt(1) == 1;
            }
        });
    }

    /** A person of {@code unit} announced by the registry (person-registered), once this service knows them. */
    public static UUID registeredPerson(String unit) {
        UUID id = UUID.randomUUID();
        send(EventType.PERSON_REGISTERED, id, new io.keyprojects.contracts.data.PersonRegistered(id, "李明", "科长", unit, "STAFF", 0,
                "department@" + unit));
        await().atMost(Duration.ofSeconds(40)).until(() -> {
            try (Connection c = db(); var st = c.prepareStatement("SELECT count(*) FROM known_person WHERE id = ?")) {
                st.setObject(1, id);
                var rs = st.executeQuery();
                rs.next();
                return rs.getInt(1) == 1;
            }
        });
        return id;
    }

    public static RequestSpecification as(String role) {
        return given().header("Authorization", TestTokens.bearer(TestTokens.of(role, null)));
    }

    /** Sends a new event and returns the record value, so a test can deliver it again. */
    public static String send(EventType type, UUID subject, Object data) {
        String value = EventJson.write(CloudEvent.of(type, subject.toString(), EventJson.MAPPER.valueToTree(data), Instant.now()));
        EventProbe.send(type.topic(), subject.toString(), value);
        return value;
    }

    /** A project of {@code year} led by {@code unit}, planned over the whole year; returns its id. */
    public static UUID project(String unit, int year, String plannedStart) {
        UUID id = UUID.randomUUID();
        send(EventType.PROJECT_REGISTERED, id, new ProjectRegistered(id, year + "-T-" + id.toString().substring(0, 6), "测试项目",
                "INFRASTRUCTURE", year, unit, null, List.of(), null, new BigDecimal("1000"), new BigDecimal("500"),
                LocalDate.parse(plannedStart), LocalDate.of(year, 12, 31), "PREPARATION", BigDecimal.ZERO, 0, "commander"));
        return id;
    }

    public static String started(UUID project, String unit, String on, String percent) {
        return send(EventType.PROJECT_PHASE_CHANGED, project, new ProjectPhaseChanged(project, "X", unit, "PREPARATION", "UNDER_CONSTRUCTION",
                LocalDate.parse(on), null, new BigDecimal(percent), 1, "commander", null));
    }

    public static UUID blocker(UUID project, String unit, String due) {
        UUID id = UUID.randomUUID();
        send(EventType.ISSUE_REPORTED, id, new IssueReported(id, project, "LAND", "HIGH", "用地指标未落实", unit,
                LocalDate.parse(due), "OPEN", "commander"));
        return id;
    }

    /** Waits until the service has stored {@code count} events about these subjects. */
    public static void awaitStored(int count, UUID... subjects) {
        awaitStored(count, java.util.Arrays.stream(subjects).map(UUID::toString).toArray(String[]::new));
    }

    public static void awaitStored(int count, String... subjects) {
        List<String> ids = List.of(subjects);
        await().atMost(Duration.ofSeconds(40)).until(() -> {
            try (Connection c = db(); var st = c.prepareStatement("SELECT count(*) FROM consumed_event WHERE subject = ANY (?)")) {
                st.setArray(1, c.createArrayOf("text", ids.toArray()));
                var rs = st.executeQuery();
                rs.next();
                return rs.getInt(1) >= count;
            }
        });
    }

    public static Connection db() throws SQLException {
        TestInfrastructure infra = TestInfrastructure.shared();
        return DriverManager.getConnection(infra.jdbcUrl("assessment"), infra.dbUser(), infra.dbPassword());
    }
}
