package org.coachingconversations.confluence.blueprint;

import static org.coachingconversations.testing.blueprint.ContextProviderFixture.I18N;
import static org.coachingconversations.testing.blueprint.ContextProviderFixture.TEMPLATE_RENDERER_HELPER;
import static org.coachingconversations.testing.blueprint.ContextProviderFixture.TERESA;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.fail;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import org.coachingconversations.domain.people.KnownUser;
import org.coachingconversations.domain.settings.InMemorySpaceSettingsStore;
import org.coachingconversations.testing.blueprint.ContextProviderFixture;
import org.coachingconversations.testing.blueprint.RecordingBlueprintContext;
import org.coachingconversations.testing.blueprint.WizardFields;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameters;

/**
 * What the context provider of every conversation type does with the title and the teacher; each type's page and
 * its own fields are tested in its {@code *ContextProviderTest}.
 */
@RunWith(Parameterized.class)
public class ConversationContextProviderTest {

    private static final Map<String, KnownUser> USERS = Map.of(
            "tmorales", TERESA,
            "slee", new KnownUser("8a7f808a6a0f1c3e", "Sam Lee"),
            "ohaddad", new KnownUser("8a7f808a6a0f9e1b", "Omar Haddad"),
            "jkeller", new KnownUser("8a7f808a6a0f9e01", "Jordan Keller"));

    private final Supplier<WizardFields<?>> wizard;
    private final String expectedTitle;
    private final ContextProviderFixture fixture = new ContextProviderFixture(USERS);
    private final CoachingBlueprintContextProvider target;

    /** @param expectedTitle what the valid wizard input titles the page */
    public ConversationContextProviderTest(String type,
            Function<ContextProviderFixture, CoachingBlueprintContextProvider> provider,
            Supplier<WizardFields<?>> wizard, String expectedTitle) {
        this.wizard = wizard;
        this.expectedTitle = expectedTitle;
        this.target = provider.apply(fixture);
    }

    @Parameters(name = "{0}")
    public static List<Object[]> types() {
        return List.of(
                type("coaching conversation",
                        fixture -> new CoachingConversationContextProvider(I18N, fixture.pageTitles(),
                                fixture.directory(), TEMPLATE_RENDERER_HELPER),
                        CoachingConversationContextProviderTest.CoachingWizard::new,
                        "Coaching conversation \u2014 Teresa Morales \u2014 2026-03-16"),
                type("video coaching cycle",
                        fixture -> new VideoCoachingCycleContextProvider(I18N, fixture.pageTitles(),
                                fixture.directory(), TEMPLATE_RENDERER_HELPER),
                        VideoCoachingCycleContextProviderTest.VideoWizard::new,
                        "Video coaching cycle \u2014 Teresa Morales \u2014 2026-10-06"),
                type("SPS reflection",
                        fixture -> new SpsReflectionContextProvider(I18N, fixture.pageTitles(), fixture.directory(),
                                TEMPLATE_RENDERER_HELPER),
                        SpsReflectionContextProviderTest.SpsWizard::new,
                        "SPS reflection \u2014 Teresa Morales \u2014 Spring 2026"),
                type("Cycle Record",
                        fixture -> new CycleRecordContextProvider(I18N, fixture.pageTitles(), fixture.directory(),
                                new InMemorySpaceSettingsStore(ZoneId.of("America/Denver")), TEMPLATE_RENDERER_HELPER),
                        CycleRecordContextProviderTest.CycleWizard::new,
                        "Cycle Record \u2014 Teresa Morales \u2014 2026-03-02"));
    }

    private static Object[] type(String name, Function<ContextProviderFixture, CoachingBlueprintContextProvider> provider,
            Supplier<WizardFields<?>> wizard, String expectedTitle) {
        return new Object[] {name, provider, wizard, expectedTitle};
    }

    @Test
    public void updateBlueprintContext_shouldTitleThePageByTypeTeacherAndDate() {
        // Given
        RecordingBlueprintContext context = wizard.get().context();

        // When
        target.updateBlueprintContext(context);

        // Then
        assertEquals(expectedTitle, context.title());
    }

    @Test
    public void updateBlueprintContext_shouldNumberTheTitle_whenTheSpaceHasItAlready() {
        // Given
        fixture.spaceTitles().add(expectedTitle);
        RecordingBlueprintContext context = wizard.get().context();

        // When
        target.updateBlueprintContext(context);

        // Then
        assertEquals(expectedTitle + " (2)", context.title());
    }

    @Test
    public void updateBlueprintContext_shouldNumberTheTitleOnward_whenTheSpaceHasTheNumberedTitleToo() {
        // Given
        fixture.spaceTitles().add(expectedTitle);
        fixture.spaceTitles().add(expectedTitle + " (2)");
        RecordingBlueprintContext context = wizard.get().context();

        // When
        target.updateBlueprintContext(context);

        // Then
        assertEquals(expectedTitle + " (3)", context.title());
    }

    @Test
    public void updateBlueprintContext_shouldRefuse_whenNoUserHasTheTeacherName() {
        // Given
        RecordingBlueprintContext context = wizard.get().with("teacher", "nobody").context();

        // When
        WizardInputRejectedException refusal = refusal(context);

        // Then
        assertEquals(Map.of("teacher", List.of("Teacher: \u201cnobody\u201d is not a user name or user key.")),
                refusal.messagesByField());
        assertNull(context.title());
    }

    @Test
    public void updateBlueprintContext_shouldRefuse_whenTheTeacherIsMissing() {
        // Given
        RecordingBlueprintContext context = wizard.get().with("teacher", null).context();

        // When
        WizardInputRejectedException refusal = refusal(context);

        // Then
        assertEquals(Map.of("teacher", List.of("Teacher is required.")), refusal.messagesByField());
    }

    private WizardInputRejectedException refusal(RecordingBlueprintContext context) {
        try {
            target.updateBlueprintContext(context);
        } catch (WizardInputRejectedException expected) {
            return expected;
        }
        fail("The input was accepted");
        return null;
    }
}
