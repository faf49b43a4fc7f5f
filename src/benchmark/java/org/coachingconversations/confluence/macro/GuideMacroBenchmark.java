package org.coachingconversations.confluence.macro;

import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.templaterenderer.TemplateRenderer;
import org.coachingconversations.domain.guide.AgendaRequest;
import org.coachingconversations.domain.guide.GuideCatalogue;
import org.coachingconversations.domain.guide.GuideRequest;
import org.coachingconversations.domain.guide.GuideSelection;
import org.coachingconversations.domain.guide.MqiAgenda;
import org.coachingconversations.domain.settings.SpaceSettings;
import org.coachingconversations.domain.settings.SpaceSettingsStore;
import org.coachingconversations.testing.i18n.BundleI18nResolver;
import org.coachingconversations.testing.i18n.ReaderLanguages;
import org.coachingconversations.testing.velocity.VelocityTemplateRenderer;

import java.io.StringWriter;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;

/**
 * The guide and agenda macros' rendering time, warm: each case renders through the macro (parameters judged by the
 * catalogue, texts translated, template rendered) and, as the baseline, renders the same Velocity template with a
 * view model built once beforehand. A guide case measures the macro twice: as readers get it, its page kept from
 * the first rendering (cached), and with an empty page cache on every rendering (uncached), so that the cache's
 * gain shows. All through the test renderer (real Velocity 1.7 with Confluence's HTML encoding and allowlist) and
 * the real bundles. Part of {@code ./benchmark}; see docs/benchmark.md.
 */
public final class GuideMacroBenchmark {

    /** The goal per macro rendering, median, warm. */
    public static final double GOAL_MILLIS = 0.2;

    private static final int WARM_UPS = 20_000;
    private static final int SAMPLES = 5_001;

    private final TemplateRenderer renderer = VelocityTemplateRenderer.forPlugin();
    private final I18nResolver i18n = BundleI18nResolver.fromDescriptor();
    private final SpaceSettingsStore settings = new SpaceSettingsStore() {
        @Override
        public SpaceSettings get(String spaceKey) {
            return SpaceSettings.defaults(ZoneOffset.UTC);
        }

        @Override
        public void save(String spaceKey, SpaceSettings value) {
            throw new UnsupportedOperationException("read only");
        }
    };

    /** The macro and the template with a prebuilt view model disagree: the comparison would be meaningless. */
    public static final class DifferentPagesException extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        DifferentPagesException(String message) {
            super(message);
        }
    }

    /** @param uncached the macro with an empty page cache each time, or null for a macro without one */
    private record Case(String name, Callable<String> macro, Callable<String> uncached, Callable<String> prebuilt) {
    }

    /** Measures every case, prints a line for each, and answers the summary for the ratios line. */
    public static String measure() throws Exception {
        return new GuideMacroBenchmark().run();
    }

    private String run() throws Exception {
        System.out.println();
        System.out.printf("guide and agenda macros: %,d warm-up renderings, then the median of %,d timed ones%n",
                WARM_UPS, SAMPLES);
        List<String> summary = new ArrayList<>();
        for (Case benchmarkCase : cases()) {
            String viaMacro = benchmarkCase.macro().call();
            String viaView = benchmarkCase.prebuilt().call();
            if (!Objects.equals(viaMacro, viaView)) {
                throw new DifferentPagesException(benchmarkCase.name()
                        + ": the macro and the prebuilt view model render different pages");
            }
            if (benchmarkCase.uncached() != null && !Objects.equals(viaMacro, benchmarkCase.uncached().call())) {
                throw new DifferentPagesException(benchmarkCase.name()
                        + ": the macro renders another page with its page cache than without");
            }
            double[] macro = sample(benchmarkCase.macro());
            double[] prebuilt = sample(benchmarkCase.prebuilt());
            String label = benchmarkCase.uncached() == null ? "macro" : "cached";
            System.out.printf("  %-46s %-8s median %6.3f ms (p90 %6.3f)   template with prebuilt view %6.3f ms"
                            + " (p90 %6.3f)   %,7d characters%n", benchmarkCase.name(), label, median(macro),
                    percentile(macro, 0.9), median(prebuilt), percentile(prebuilt, 0.9), viaMacro.length());
            String uncachedSummary = "";
            if (benchmarkCase.uncached() != null) {
                double[] uncached = sample(benchmarkCase.uncached());
                System.out.printf("  %-46s %-8s median %6.3f ms (p90 %6.3f)   cached / uncached %.2f%n",
                        benchmarkCase.name(), "uncached", median(uncached), percentile(uncached, 0.9),
                        median(macro) / median(uncached));
                uncachedSummary = String.format(", uncached %.3f ms", median(uncached));
            }
            summary.add(String.format("%s=%.3f ms (template %.3f ms%s)%s", benchmarkCase.name(), median(macro),
                    median(prebuilt), uncachedSummary, median(macro) <= GOAL_MILLIS ? "" : " MISSED"));
        }
        return "macros (goal <= " + GOAL_MILLIS + " ms): " + String.join(" ", summary);
    }

    private List<Case> cases() throws Exception {
        ReaderLanguages english = ReaderLanguages.reading(Locale.ENGLISH);
        GuideMacro guideMacro = new GuideMacro(renderer, i18n, english, settings);
        AgendaMacro agendaMacro = new AgendaMacro(renderer, i18n,
                new org.coachingconversations.confluence.i18n.ReaderDates(ReaderLanguages.reading(Locale.ENGLISH)));
        GuideCatalogue catalogue = new GuideCatalogue();
        List<Case> cases = new ArrayList<>();
        for (GuideRequest request : List.of(
                new GuideRequest("coaching", "coaching/components/successes", null, null, null),
                new GuideRequest("post-conference", null, "teacher", null, "short"),
                new GuideRequest("mqi", "mqi/agenda", null, null, null),
                GuideRequest.whole("coaching"),
                GuideRequest.whole("mqi"))) {
            Map<String, String> parameters = parameters(request);
            GuideView view = new GuideViews(new GuideTexts(i18n, () -> SpaceSettings.DEFAULT_RUBRIC_NAME))
                    .view((GuideSelection.Shown) catalogue.select(request));
            cases.add(new Case("guide " + describe(parameters), () -> guideMacro.execute(parameters, null, null),
                    () -> new GuideMacro(renderer, i18n, english, settings, catalogue, new RenderedGuides())
                            .execute(parameters, null, null),
                    () -> render(GuideMacro.TEMPLATE, view)));
        }
        Map<String, String> agendaParameters = Map.of("start", "15:30", "note3", "Stock clip: Ms. Adams, fractions",
                "note9", "Maya types the log");
        AgendaView agendaView = agendaMacro.view((MqiAgenda.Planned) MqiAgenda.plan(
                new AgendaRequest("15:30", Map.of("note3", "Stock clip: Ms. Adams, fractions",
                        "note9", "Maya types the log"))));
        cases.add(new Case("agenda start + 2 notes", () -> agendaMacro.execute(agendaParameters, null, null), null,
                () -> render(AgendaMacro.TEMPLATE, agendaView)));
        Map<String, String> none = Map.of();
        AgendaView plainView = agendaMacro.view((MqiAgenda.Planned) MqiAgenda.plan(new AgendaRequest(null, none)));
        cases.add(new Case("agenda without parameters", () -> agendaMacro.execute(none, null, null), null,
                () -> render(AgendaMacro.TEMPLATE, plainView)));
        return cases;
    }

    private String render(String template, Object view) throws Exception {
        StringWriter out = new StringWriter();
        renderer.render(template, Map.of("view", view), out);
        return out.toString();
    }

    private static double[] sample(Callable<String> rendering) throws Exception {
        long sink = 0;
        for (int i = 0; i < WARM_UPS; i++) {
            sink += rendering.call().length();
        }
        double[] millis = new double[SAMPLES];
        for (int i = 0; i < SAMPLES; i++) {
            long start = System.nanoTime();
            sink += rendering.call().length();
            millis[i] = (System.nanoTime() - start) / 1_000_000.0;
        }
        if (sink == 42) {
            System.out.println();
        }
        Arrays.sort(millis);
        return millis;
    }

    private static double median(double[] sorted) {
        return sorted[sorted.length / 2];
    }

    private static double percentile(double[] sorted, double fraction) {
        return sorted[(int) Math.min(sorted.length - 1, Math.round(fraction * (sorted.length - 1)))];
    }

    private static Map<String, String> parameters(GuideRequest request) {
        Map<String, String> parameters = new java.util.LinkedHashMap<>();
        parameters.put(GuideRequest.GUIDE, request.guide());
        if (request.section() != null) {
            parameters.put(GuideRequest.SECTION, request.section());
        }
        if (request.role() != null) {
            parameters.put(GuideRequest.ROLE, request.role());
        }
        if (request.observationType() != null) {
            parameters.put(GuideRequest.OBSERVATION_TYPE, request.observationType());
        }
        return parameters;
    }

    private static String describe(Map<String, String> parameters) {
        return String.join(" ", parameters.values());
    }
}
