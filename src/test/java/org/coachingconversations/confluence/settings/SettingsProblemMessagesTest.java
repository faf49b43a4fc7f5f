package org.coachingconversations.confluence.settings;

import static org.junit.Assert.assertEquals;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.coachingconversations.domain.settings.InvalidSpaceSettingsException;
import org.coachingconversations.domain.settings.SettingsProblem;
import org.coachingconversations.domain.settings.SettingsProblem.Rule;
import org.coachingconversations.domain.settings.SpaceSetting;
import org.coachingconversations.domain.settings.SpaceSettings;
import org.coachingconversations.testing.i18n.BundleI18nResolver;
import org.junit.Test;

/** The settings page's problems in the reader's language, from the rule and facts the domain reports. */
public class SettingsProblemMessagesTest {

    private static final Locale SPANISH = Locale.forLanguageTag("es");

    private SettingsProblemMessages target;

    @Test
    public void text_shouldBeSpanish_forASpanishReader() {
        // Given
        target = new SettingsProblemMessages(BundleI18nResolver.fromDescriptor(SPANISH));
        SettingsProblem problem = SettingsProblem.of(SpaceSetting.COVERAGE_WEEKS, Rule.COVERAGE_OUT_OF_RANGE, 60, 52);

        // When
        String text = target.text(problem);

        // Then
        assertEquals("Falta de cobertura (semanas sin conversaci\u00f3n): 60 semanas est\u00e1 fuera del rango;"
                + " use de 1 a 52 semanas.", text);
    }

    @Test
    public void summary_shouldSayNothingWasSavedAndListEveryProblem_inSpanish() {
        // Given
        target = new SettingsProblemMessages(BundleI18nResolver.fromDescriptor(SPANISH));
        InvalidSpaceSettingsException invalid = assertInvalid(SpaceSettings.builder(ZoneId.of("UTC"))
                .rubricName(" ").dueSoonDays(-1));

        // When
        String summary = target.summary(invalid);

        // Then
        assertEquals("No se guard\u00f3 nada. Horizonte de vencimiento pr\u00f3ximo (d\u00edas): -1 d\u00edas est\u00e1"
                + " fuera del rango; use de 0 a 365 d\u00edas (0 significa solo los pasos que vencen hoy). Nombre de la"
                + " r\u00fabrica: el nombre es obligatorio; los pasos del protocolo nombran la r\u00fabrica.", summary);
    }

    @Test
    public void message_shouldExistInEnglishAndSpanish_forEveryRule() {
        // Given
        BundleI18nResolver english = BundleI18nResolver.fromDescriptor();
        BundleI18nResolver spanish = BundleI18nResolver.fromDescriptor(SPANISH);
        List<String> missing = new ArrayList<>();

        // When
        for (Rule rule : Rule.values()) {
            String key = SettingsProblemMessages.key(rule);
            if (!english.hasKey(key) || !spanish.hasKey(key)) {
                missing.add(key);
            }
        }

        // Then
        assertEquals(List.of(), missing);
    }

    private static InvalidSpaceSettingsException assertInvalid(SpaceSettings.Builder builder) {
        try {
            builder.build();
        } catch (InvalidSpaceSettingsException expected) {
            return expected;
        }
        throw new AssertionError("The settings were accepted");
    }
}
