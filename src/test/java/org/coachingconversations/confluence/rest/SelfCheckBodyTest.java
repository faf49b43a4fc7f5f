package org.coachingconversations.confluence.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.Test;

public class SelfCheckBodyTest {

    @Test
    public void parse_shouldReadVersionIdsAndNotes_withEveryJsonEscape() {
        // When
        SelfCheckBody target = SelfCheckBody.parse(" {\"version\": 3, \"present\": [\"substantive\"], \"notes\": "
                + "{\"substantive\": \"a\\\"b\\\\c\\/d\\n\\t\\u00e9\\ud83d\\udc4d\"}, \"other\": {\"x\": [1, true, null]}}\n");

        // Then
        assertEquals(OptionalLong.of(3), target.version());
        assertEquals(List.of("substantive"), target.present());
        assertEquals(Map.of("substantive", "a\"b\\c/d\n\t\u00e9\uD83D\uDC4D"), target.notes());
    }

    @Test
    public void parse_shouldTakeAMissingOrNullVersion_asTheFirstSave() {
        // When / Then
        assertEquals(OptionalLong.empty(), SelfCheckBody.parse("{}").version());
        assertEquals(OptionalLong.empty(), SelfCheckBody.parse("{\"version\": null}").version());
        assertEquals(OptionalLong.of(0), SelfCheckBody.parse("{\"version\": 0.0}").version());
    }

    @Test
    public void parse_shouldNameTheBody_forTextThatIsNoJsonObject() {
        // Given
        List<String> bodies = List.of("{", "{\"a\" 1}", "{\"a\": tru}", "{\"a\": \"\\x\"}", "{\"a\": \"line\nbreak\"}",
                "{\"a\": 01}", "{\"a\": \"\\u12\"}", "\"text\"", "null", "[".repeat(40) + "]".repeat(40),
                "x".repeat(SelfCheckBody.MAX_BODY_LENGTH + 1));

        // When / Then
        for (String body : bodies) {
            SelfCheckBody.Malformed refused = assertThrows(body, SelfCheckBody.Malformed.class,
                    () -> SelfCheckBody.parse(body));
            assertEquals(body, "body", refused.field());
        }
    }

    @Test
    public void parse_shouldNameTheVersion_whenItIsNoWholeNumberOfZeroOrMore() {
        // When / Then
        for (String version : List.of("-1", "1.5", "1e30", "\"2\"", "true", "[]")) {
            assertEquals(version, "version", assertThrows(SelfCheckBody.Malformed.class,
                    () -> SelfCheckBody.parse("{\"version\": " + version + "}")).field());
        }
    }
}
