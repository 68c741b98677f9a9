package io.keyprojects.contracts.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** RFC 8785's own examples and its Appendix B number table. */
class JsonCanonicalizationTest {

    @Test
    void the_rfc_sample_is_canonicalized_as_published() {
        String input = """
                {
                  "numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],
                  "string": "\\u20ac$\\u000F\\u000aA'\\u0042\\u0022\\u005c\\\\\\"\\/",
                  "literals": [null, true, false]
                }""";
        String canonical = JsonCanonicalization.canonicalize(input);
        assertEquals("{\"literals\":[null,true,false],\"numbers\":[333333333.3333333,1e+30,4.5,0.002,1e-27],"
                + "\"string\":\"€$\\u000f\\nA'B\\\"\\\\\\\\\\\"/\"}", canonical);
    }

    @Test
    void properties_are_sorted_by_utf16_code_units_recursively() {
        String input = """
                {"\\u20ac": "Euro Sign", "\\r": "Carriage Return", "\\ufb33": "Hebrew Letter Dalet With Dagesh", "1": "One",
                 "\\ud83d\\ude00": "Emoji: Grinning Face", "\\u0080": "Control", "\\u00f6": "Latin Small Letter O With Diaeresis",
                 "nested": {"b": 1, "a": [{"z": 0, "y": 0}]}}""";
        assertEquals("{\"\\r\":\"Carriage Return\",\"1\":\"One\",\"nested\":{\"a\":[{\"y\":0,\"z\":0}],\"b\":1},"
                + "\"\u0080\":\"Control\",\"ö\":\"Latin Small Letter O With Diaeresis\",\"€\":\"Euro Sign\","
                + "\"\uD83D\uDE00\":\"Emoji: Grinning Face\",\"\uFB33\":\"Hebrew Letter Dalet With Dagesh\"}",
                JsonCanonicalization.canonicalize(input));
    }

    @Test
    void numbers_print_as_in_appendix_b() {
        String[][] table = {
                {"0000000000000000", "0"}, {"8000000000000000", "0"}, {"0000000000000001", "5e-324"},
                {"8000000000000001", "-5e-324"}, {"7fefffffffffffff", "1.7976931348623157e+308"},
                {"ffefffffffffffff", "-1.7976931348623157e+308"}, {"4340000000000000", "9007199254740992"},
                {"c340000000000000", "-9007199254740992"}, {"4430000000000000", "295147905179352830000"},
                {"44b52d02c7e14af5", "9.999999999999997e+22"}, {"44b52d02c7e14af6", "1e+23"},
                {"44b52d02c7e14af7", "1.0000000000000001e+23"}, {"444b1ae4d6e2ef4e", "999999999999999700000"},
                {"444b1ae4d6e2ef4f", "999999999999999900000"}, {"444b1ae4d6e2ef50", "1e+21"},
                {"3eb0c6f7a0b5ed8c", "9.999999999999997e-7"}, {"3eb0c6f7a0b5ed8d", "0.000001"},
                {"41b3de4355555553", "333333333.3333332"}, {"41b3de4355555554", "333333333.33333325"},
                {"41b3de4355555555", "333333333.3333333"}, {"41b3de4355555556", "333333333.3333334"},
                {"41b3de4355555557", "333333333.33333343"}, {"becbf647612f3696", "-0.0000033333333333333333"},
                {"43143ff3c1cb0959", "1424953923781206.2"}};
        for (String[] row : table) {
            double value = Double.longBitsToDouble(Long.parseUnsignedLong(row[0], 16));
            assertEquals(row[1], JsonCanonicalization.number(value), row[0]);
        }
        assertThrows(IllegalArgumentException.class, () -> JsonCanonicalization.number(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> JsonCanonicalization.number(Double.POSITIVE_INFINITY));
    }

    @Test
    void every_printed_number_reads_back_as_the_same_double_with_no_more_digits_than_java_prints() {
        Random random = new Random(8785);
        for (int i = 0; i < 20_000; i++) {
            double value = Double.longBitsToDouble(random.nextLong());
            if (Double.isNaN(value) || Double.isInfinite(value)) {
                continue;
            }
            String printed = JsonCanonicalization.number(value);
            assertEquals(value == 0 ? 0.0 : value, Double.parseDouble(printed), printed);
            assertTrue(significantDigits(printed) <= significantDigits(Double.toString(value)), printed + " vs " + value);
        }
    }

    @Test
    void strings_get_only_the_escapes_json_requires() {
        assertEquals("\"tab\\there, line\\nbreak, bell\\u0007, quote\\\", slash/ and 中文\"",
                JsonCanonicalization.canonicalize("\"tab\\there, line\\nbreak, bell\\u0007, quote\\\", slash\\/ and 中文\""));
    }

    @Test
    void a_duplicate_property_is_refused() {
        assertThrows(UncheckedIOException.class, () -> JsonCanonicalization.canonicalize("{\"a\":1,\"a\":2}"));
    }

    private static int significantDigits(String number) {
        String mantissa = number.replaceFirst("[eE].*", "").replace("-", "").replace(".", "").replaceFirst("^0+", "");
        return Math.max(1, mantissa.replaceFirst("0+$", "").length());
    }
}
