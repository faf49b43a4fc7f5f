package org.coachingconversations.confluence.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.message.LocaleResolver;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.templaterenderer.RenderingException;
import com.atlassian.templaterenderer.TemplateRenderer;
import org.coachingconversations.domain.guide.Guide;
import org.coachingconversations.domain.guide.GuideCatalogue;
import org.coachingconversations.domain.guide.ObservationType;
import org.coachingconversations.domain.guide.ProtocolPhase;
import org.coachingconversations.domain.guide.ProtocolRole;
import org.coachingconversations.domain.settings.InMemorySpaceSettingsStore;
import org.coachingconversations.domain.settings.SpaceSettings;
import org.coachingconversations.domain.settings.SpaceSettingsStore;
import org.coachingconversations.testing.host.RenderedOn;
import org.coachingconversations.testing.i18n.ReaderLanguages;
import org.coachingconversations.testing.velocity.VelocityTemplateRenderer;
import org.jsoup.Jsoup;
import org.junit.Before;
import org.junit.Test;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serializable;
import java.io.Writer;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertThat;

/**
 * The guide macro's rendered-page cache: each part of its key (the reader's language, the selection, the space's
 * rubric name) gives its own page, and a reader is never served a page rendered for another language, selection or
 * rubric. Real Velocity, the real template and the real bundles; every comparison is against a macro without
 * earlier renderings.
 */
public class GuideMacroCacheTest {

    private final GuideCatalogue catalogue = new GuideCatalogue();
    private final ReaderLanguages languages = ReaderLanguages.reading(Locale.ENGLISH);
    private final CountingRenderer renderer = new CountingRenderer(VelocityTemplateRenderer.forPlugin());
    private CountingSettings settings;
    private RenderedGuides rendered;
    private GuideMacro target;

    @Before
    public void setUp() {
        settings = new CountingSettings(new InMemorySpaceSettingsStore(ZoneOffset.UTC));
        rendered = new RenderedGuides();
        target = new GuideMacro(renderer, languages.i18n(), languages, settings, catalogue, rendered);
    }

    @Test
    public void execute_shouldRenderTheTemplateOnce_whenTheSameSelectionIsAskedForAgainInAnotherSpelling()
            throws Exception {
        // Given
        String first = target.execute(Map.of("guide", "mqi"), null, null);

        // When
        String again = target.execute(Map.of("guide", " MQI "), null, null);

        // Then
        assertEquals(first, again);
        assertEquals(1, renderer.renderings.get());
    }

    @Test
    public void execute_shouldServeEachLanguageItsOwnPage_whenReadersOfTwoLanguagesReadTheSameGuide() throws Exception {
        // Given
        Map<String, String> parameters = Map.of("guide", "post-conference", "phase", "before");
        String english = target.execute(parameters, null, null);

        // When
        languages.reader(ReaderLanguages.SPANISH);
        String spanish = target.execute(parameters, null, null);
        languages.reader(Locale.ENGLISH);
        String englishAgain = target.execute(parameters, null, null);

        // Then
        assertNotEquals(english, spanish);
        assertThat(english, containsString("Full, Focused &amp; Short"));
        assertThat(spanish, containsString("Completa, Enfocada y Breve"));
        assertEquals(uncached(ReaderLanguages.SPANISH, parameters, null), spanish);
        assertEquals(english, englishAgain);
        assertEquals(2, renderer.renderings.get());
    }

    @Test
    public void execute_shouldServeEachRubricItsOwnPage_whenSpacesNameDifferentRubrics() throws Exception {
        // Given
        rubric("LES", "Danielson");
        rubric("MATH", "Marzano");
        Map<String, String> parameters = Map.of("guide", "post-conference");

        // When
        String lessons = target.execute(parameters, null, RenderedOn.pageIn("LES"));
        String math = target.execute(parameters, null, RenderedOn.pageIn("MATH"));
        String outside = target.execute(parameters, null, null);
        String lessonsAgain = target.execute(parameters, null, RenderedOn.pageIn("LES"));

        // Then
        assertThat(rateEvidence(lessons), containsString("using the Danielson rubric"));
        assertThat(rateEvidence(math), containsString("using the Marzano rubric"));
        assertThat(rateEvidence(outside), containsString("using the observation rubric"));
        assertEquals(uncached(Locale.ENGLISH, parameters, RenderedOn.pageIn("MATH")), math);
        assertEquals(lessons, lessonsAgain);
        assertEquals(3, renderer.renderings.get());
    }

    @Test
    public void execute_shouldShowTheNewName_whenASpaceRenamesItsRubric() throws Exception {
        // Given
        rubric("LES", "Danielson");
        target.execute(Map.of("guide", "post-conference"), null, RenderedOn.pageIn("LES"));
        rubric("LES", "Marzano");

        // When
        String page = target.execute(Map.of("guide", "post-conference"), null, RenderedOn.pageIn("LES"));

        // Then
        assertThat(rateEvidence(page), containsString("using the Marzano rubric"));
    }

    @Test
    public void execute_shouldShareOnePageAndReadNoSettings_whenTheGuideShowsNoRubric() throws Exception {
        // Given
        rubric("LES", "Danielson");
        rubric("MATH", "Marzano");
        String lessons = target.execute(Map.of("guide", "coaching"), null, RenderedOn.pageIn("LES"));

        // When
        String math = target.execute(Map.of("guide", "coaching"), null, RenderedOn.pageIn("MATH"));

        // Then
        assertEquals(lessons, math);
        assertEquals(1, renderer.renderings.get());
        assertEquals(0, settings.reads.get());
    }

    @Test
    public void execute_shouldServeEachSelectionItsOwnPage_whenSelectionsDiffer() throws Exception {
        // Given
        List<Map<String, String>> selections = List.of(
                Map.of("guide", "coaching"),
                Map.of("guide", "coaching", "section", "coaching/components"),
                Map.of("guide", "coaching", "section", "coaching/components/successes"),
                Map.of("guide", "coaching", "section", "coaching/components/challenges"),
                Map.of("guide", "post-conference", "phase", "before"),
                Map.of("guide", "post-conference", "phase", "after"),
                Map.of("guide", "post-conference", "phase", "after", "role", "teacher"),
                Map.of("guide", "post-conference", "role", "observer", "observationType", "short"));
        List<String> pages = new ArrayList<>();

        // When
        for (Map<String, String> parameters : selections) {
            pages.add(target.execute(parameters, null, null));
        }

        // Then
        assertEquals(selections.size(), pages.stream().distinct().count());
        for (int i = 0; i < selections.size(); i++) {
            assertEquals(selections.get(i).toString(), uncached(Locale.ENGLISH, selections.get(i), null), pages.get(i));
        }
    }

    @Test
    public void execute_shouldServeWhatAnUncachedMacroRenders_forEveryGuideSectionAndFilterInBothLanguages()
            throws Exception {
        for (Locale locale : List.of(Locale.ENGLISH, ReaderLanguages.SPANISH)) {
            languages.reader(locale);
            for (Map<String, String> parameters : everyRequest()) {
                // When
                String first = target.execute(parameters, null, RenderedOn.pageIn("LES"));
                String again = target.execute(parameters, null, RenderedOn.pageIn("LES"));

                // Then
                String expected = uncached(locale, parameters, RenderedOn.pageIn("LES"));
                assertEquals(locale + " " + parameters, expected, first);
                assertEquals(locale + " " + parameters, expected, again);
            }
        }
        assertThat(rendered.size(), org.hamcrest.Matchers.lessThanOrEqualTo(RenderedGuides.DEFAULT_CAPACITY));
    }

    @Test
    public void execute_shouldRenderTheMessageEachTimeAndKeepNothing_whenAParameterIsRefused() throws Exception {
        // Given
        Map<String, String> parameters = Map.of("guide", "coaching", "section", "<script>x</script>");

        // When
        String first = target.execute(parameters, null, null);
        String again = target.execute(parameters, null, null);

        // Then
        assertEquals(first, again);
        assertThat(first, not(containsString("<script>")));
        assertEquals(2, renderer.renderings.get());
        assertEquals(0, rendered.size());
    }

    @Test
    public void execute_shouldServeEachThreadItsOwnReadersPage_whenReadersOfTwoLanguagesReadAtOnce() throws Exception {
        // Given: a cache smaller than the pages in use, so that pages are evicted while others are read
        ThreadLocal<Locale> reader = ThreadLocal.withInitial(() -> Locale.ENGLISH);
        I18nResolver english = ReaderLanguages.reading(Locale.ENGLISH).i18n();
        I18nResolver spanish = ReaderLanguages.reading(ReaderLanguages.SPANISH).i18n();
        RenderedGuides small = new RenderedGuides(4);
        target = new GuideMacro(VelocityTemplateRenderer.forPlugin(),
                new ThreadReaderI18n(reader, english, spanish), new ThreadReader(reader), settings, catalogue, small);
        List<Map<String, String>> selections = List.of(Map.of("guide", "mqi"), Map.of("guide", "coaching"),
                Map.of("guide", "post-conference", "phase", "before"), Map.of("guide", "sps"));
        Map<String, String> expected = new java.util.HashMap<>();
        for (Locale locale : List.of(Locale.ENGLISH, ReaderLanguages.SPANISH)) {
            for (Map<String, String> parameters : selections) {
                expected.put(locale + " " + parameters, uncached(locale, parameters, null));
            }
        }
        java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(4);
        List<java.util.concurrent.Future<Integer>> mismatches = new ArrayList<>();

        // When
        try {
            for (int thread = 0; thread < 4; thread++) {
                Locale locale = thread % 2 == 0 ? Locale.ENGLISH : ReaderLanguages.SPANISH;
                int offset = thread;
                mismatches.add(threads.submit(() -> {
                    reader.set(locale);
                    int wrong = 0;
                    for (int i = 0; i < 400; i++) {
                        Map<String, String> parameters = selections.get((i + offset) % selections.size());
                        if (!expected.get(locale + " " + parameters).equals(target.execute(parameters, null, null))) {
                            wrong++;
                        }
                    }
                    return wrong;
                }));
            }
            // Then
            for (java.util.concurrent.Future<Integer> wrong : mismatches) {
                assertEquals(Integer.valueOf(0), wrong.get(2, java.util.concurrent.TimeUnit.MINUTES));
            }
        } finally {
            threads.shutdownNow();
        }
        assertEquals(4, small.size());
    }

    /** Every guide, with each section choice (its id and its short name, in upper case) and every filter. */
    private List<Map<String, String>> everyRequest() {
        List<Map<String, String>> requests = new ArrayList<>();
        for (Guide guide : catalogue.guides()) {
            boolean filtered = catalogue.protocolGuideIds().contains(guide.id());
            List<String> sections = new ArrayList<>();
            sections.add(null);
            for (String choice : catalogue.sectionChoices(guide)) {
                sections.add(choice);
                sections.add(choice.substring(guide.id().length() + 1).toUpperCase(Locale.ROOT));
            }
            for (String section : sections) {
                for (String role : filtered ? ids(ProtocolRole.values(), ProtocolRole::id) : none()) {
                    for (String phase : filtered ? ids(ProtocolPhase.values(), ProtocolPhase::id) : none()) {
                        for (String type : filtered ? ids(ObservationType.values(), ObservationType::id) : none()) {
                            Map<String, String> parameters = new LinkedHashMap<>();
                            parameters.put("guide", guide.id());
                            put(parameters, "section", section);
                            put(parameters, "role", role);
                            put(parameters, "phase", phase);
                            put(parameters, "observationType", type);
                            requests.add(parameters);
                        }
                    }
                }
            }
        }
        return requests;
    }

    private static void put(Map<String, String> parameters, String name, String value) {
        if (value != null) {
            parameters.put(name, value);
        }
    }

    private static <T> List<String> ids(T[] values, Function<T, String> id) {
        List<String> ids = new ArrayList<>(Arrays.stream(values).map(id).toList());
        ids.add(null);
        return ids;
    }

    private static List<String> none() {
        List<String> none = new ArrayList<>();
        none.add(null);
        return none;
    }

    private String uncached(Locale locale, Map<String, String> parameters, ConversionContext context) throws Exception {
        ReaderLanguages reader = ReaderLanguages.reading(locale);
        return new GuideMacro(VelocityTemplateRenderer.forPlugin(), reader.i18n(), reader, settings, catalogue,
                new RenderedGuides()).execute(parameters, null, context);
    }

    private void rubric(String spaceKey, String name) {
        settings.save(spaceKey, SpaceSettings.defaults(ZoneOffset.UTC).toBuilder().rubricName(name).build());
    }

    private static String rateEvidence(String html) {
        return Jsoup.parse(html).selectFirst("[data-item=rate-evidence]").text();
    }


    /** SAL's LocaleResolver answering each thread's reader, as Confluence answers each request's user. */
    private static final class ThreadReader implements LocaleResolver {

        private final ThreadLocal<Locale> reader;

        ThreadReader(ThreadLocal<Locale> reader) {
            this.reader = reader;
        }

        @Override
        public Locale getLocale(HttpServletRequest request) {
            return reader.get();
        }

        @Override
        public Locale getLocale() {
            return reader.get();
        }

        @Override
        public Locale getLocale(UserKey userKey) {
            return Locale.ENGLISH;
        }

        @Override
        public Set<Locale> getSupportedLocales() {
            return Set.of(Locale.ENGLISH, ReaderLanguages.SPANISH);
        }
    }

    /** The host's I18nResolver translating into each thread's reader's language. */
    private static final class ThreadReaderI18n implements I18nResolver {

        private final ThreadLocal<Locale> reader;
        private final I18nResolver english;
        private final I18nResolver spanish;

        ThreadReaderI18n(ThreadLocal<Locale> reader, I18nResolver english, I18nResolver spanish) {
            this.reader = reader;
            this.english = english;
            this.spanish = spanish;
        }

        private I18nResolver current() {
            return ReaderLanguages.SPANISH.equals(reader.get()) ? spanish : english;
        }

        @Override
        public String getText(String key, Serializable... arguments) {
            return current().getText(key, arguments);
        }

        @Override
        public String getText(String key) {
            return current().getText(key);
        }

        @Override
        public String getText(Locale locale, String key, Serializable... arguments) {
            return current().getText(locale, key, arguments);
        }
    }

    /** The real renderer, counting the templates it renders. */
    private static final class CountingRenderer implements TemplateRenderer {

        private final TemplateRenderer renderer;
        private final AtomicInteger renderings = new AtomicInteger();

        CountingRenderer(TemplateRenderer renderer) {
            this.renderer = renderer;
        }

        @Override
        public void render(String templateName, Map<String, Object> context, Writer writer)
                throws RenderingException, IOException {
            renderings.incrementAndGet();
            renderer.render(templateName, context, writer);
        }

        @Override
        public void render(String templateName, Writer writer) throws RenderingException, IOException {
            renderings.incrementAndGet();
            renderer.render(templateName, writer);
        }

        @Override
        public String renderFragment(String fragment, Map<String, Object> context) {
            return renderer.renderFragment(fragment, context);
        }

        @Override
        public boolean resolve(String templateName) {
            return renderer.resolve(templateName);
        }
    }

    /** The in-memory settings, counting the reads. */
    private static final class CountingSettings implements SpaceSettingsStore {

        private final SpaceSettingsStore settings;
        private final AtomicInteger reads = new AtomicInteger();

        CountingSettings(SpaceSettingsStore settings) {
            this.settings = settings;
        }

        @Override
        public SpaceSettings get(String spaceKey) {
            reads.incrementAndGet();
            return settings.get(spaceKey);
        }

        @Override
        public void save(String spaceKey, SpaceSettings value) {
            settings.save(spaceKey, value);
        }
    }
}
