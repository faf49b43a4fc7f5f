package org.coachingconversations.domain.form;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.Test;

/** Every message a form can produce has English text that formats, shows its arguments and names the field. */
public class FormMessagesBundleTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)\\}");
    private static final Pattern LONE_QUOTE = Pattern.compile("(?<!')'(?!')");

    private final FieldErrorFormatter target = EnglishMessages.formatter();

    @Test
    public void format_shouldShowTheFieldLabelAndEveryArgument_forEveryMessage() {
        for (FormMessage message : FormMessage.values()) {
            // Given an error with as many arguments as the pattern uses
            String pattern = EnglishMessages.pattern(message.key());
            assertNotNull("no English text for " + message.key(), pattern);
            int highest = highestPlaceholder(pattern);
            List<String> arguments = IntStream.rangeClosed(1, highest).mapToObj(index -> "ARG" + index).toList();
            FieldError error = new FieldError(FormField.FOCUS, message, arguments);

            // When
            String text = target.format(error);

            // Then
            assertTrue(message + ": " + text, text.startsWith("Focus"));
            for (String argument : arguments) {
                assertTrue(message + ": " + text, text.contains(argument));
            }
            assertFalse(message + ": " + text, PLACEHOLDER.matcher(text).find());
        }
    }

    @Test
    public void label_shouldExist_forEveryField() {
        for (FormField field : FormField.values()) {
            // When
            String label = target.label(field);

            // Then
            assertFalse(field.name(), label.isBlank());
        }
    }

    @Test
    public void bundle_shouldDoubleEverySingleQuote_inConversationAndFormTexts() {
        for (String key : EnglishMessages.BUNDLE.keys()) {
            if (!key.startsWith("coaching.form.") && !key.startsWith("coaching.conversation.")) {
                continue;
            }
            // Given
            String pattern = EnglishMessages.pattern(key);

            // When
            boolean loneQuote = LONE_QUOTE.matcher(pattern).find();

            // Then
            assertFalse(key + " has a single quote MessageFormat would swallow: " + pattern, loneQuote);
        }
    }

    @Test
    public void format_shouldReadAsASentence_forAClipTheTeacherWillRecognise() {
        // Given
        FieldError error = FieldError.of(FormField.CLIP_1, FormMessage.CLIP_MISSING);

        // When
        String text = target.format(error);

        // Then
        assertEquals("Clip 1 (timestamps): give the clip's start and end, or clear the reason for selecting it.", text);
        assertEquals(text, new MessageFormat(EnglishMessages.pattern(error.messageKey()), Locale.ENGLISH)
                .format(error.messageArguments("Clip 1 (timestamps)")));
    }

    private static int highestPlaceholder(String pattern) {
        int highest = 0;
        Matcher placeholder = PLACEHOLDER.matcher(pattern);
        while (placeholder.find()) {
            highest = Math.max(highest, Integer.parseInt(placeholder.group(1)));
        }
        return highest;
    }
}
