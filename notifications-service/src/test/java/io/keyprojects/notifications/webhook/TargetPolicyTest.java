package io.keyprojects.notifications.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.keyprojects.platform.problem.ProblemException;
import java.net.InetAddress;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class TargetPolicyTest {
    private final TargetPolicy none = new TargetPolicy(List.of());

    private static InetAddress ip(String text) throws Exception {
        return InetAddress.getByName(text);
    }

    @Test
    void internal_addresses_are_refused() throws Exception {
        for (String address : List.of("127.0.0.1", "::1", "10.0.0.1", "172.16.5.4", "192.168.0.1", "169.254.169.254",
                "fe80::1", "fd12:3456::1", "100.64.0.1", "224.0.0.251", "ff02::1", "0.0.0.0", "::ffff:10.0.0.1")) {
            assertTrue(none.refusal(ip(address)).isPresent(), address);
        }
    }

    @Test
    void public_addresses_pass() throws Exception {
        for (String address : List.of("8.8.8.8", "203.0.113.10", "2001:4860:4860::8888", "172.32.0.1", "100.128.0.1")) {
            assertFalse(none.refusal(ip(address)).isPresent(), address);
        }
    }

    @Test
    void an_allowed_range_lets_its_internal_addresses_through_and_no_others() throws Exception {
        TargetPolicy intranet = new TargetPolicy(List.of(AddressRange.parse("10.20.0.0/16"), AddressRange.parse("fd00::/8")));
        assertFalse(intranet.refusal(ip("10.20.3.4")).isPresent());
        assertFalse(intranet.refusal(ip("fd00::5")).isPresent());
        assertTrue(intranet.refusal(ip("10.21.0.1")).isPresent());
        assertTrue(intranet.refusal(ip("127.0.0.1")).isPresent());
        assertTrue(AddressRange.parse("10.20.0.0/12").contains(ip("10.31.255.255")));
        assertFalse(AddressRange.parse("10.20.0.0/12").contains(ip("10.32.0.0")));
        assertThrows(IllegalArgumentException.class, () -> AddressRange.parse("intranet.county/16"));
    }

    @Test
    void a_name_is_checked_on_every_address_it_resolves_to() {
        ProblemException refused = assertThrows(ProblemException.class, () -> none.resolve(URI.create("http://localhost/hook")));
        assertEquals(422, refused.problem().status());
    }

    @Test
    void only_absolute_http_urls_without_credentials() {
        assertThrows(ProblemException.class, () -> TargetPolicy.parse("file:///etc/passwd"));
        assertThrows(ProblemException.class, () -> TargetPolicy.parse("https://user:pw@example.org/"));
        assertThrows(ProblemException.class, () -> TargetPolicy.parse("/relative"));
        assertEquals("example.org", TargetPolicy.parse("https://example.org/hook?x=1").getHost());
    }
}
