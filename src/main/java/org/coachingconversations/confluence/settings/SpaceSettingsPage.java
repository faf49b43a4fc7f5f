package org.coachingconversations.confluence.settings;

import com.atlassian.sal.api.message.I18nResolver;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import org.coachingconversations.domain.calendar.Holiday;
import org.coachingconversations.domain.settings.SpaceSetting;
import org.coachingconversations.domain.settings.SpaceSettings;
import org.coachingconversations.domain.settings.SpaceSettingsForm;
import org.coachingconversations.domain.timeline.SchoolDayWindow;
import org.coachingconversations.domain.timeline.TimelineSettings;

/**
 * What the space settings page shows: the space's current settings as the form's values, the choices of each field
 * and the page's texts. Immutable; plain text and addresses only (the host HTML-encodes every reference), read by
 * {@code settings/space-settings.vm}.
 */
public final class SpaceSettingsPage {

    private final String spaceKey;
    private final String baseUrl;
    private final SpaceSettings settings;
    private final I18nResolver i18n;

    public SpaceSettingsPage(String spaceKey, String baseUrl, SpaceSettings settings, I18nResolver i18n) {
        this.spaceKey = spaceKey;
        this.baseUrl = baseUrl;
        this.settings = settings;
        this.i18n = i18n;
    }

    public String getSpaceKey() {
        return spaceKey;
    }

    public String getBaseUrl() {
        return baseUrl;
    }

    /** The settings resource the form saves to. */
    public String getSettingsUrl() {
        return baseUrl + "/rest/coaching/1.0/spaces/" + pathSegment(spaceKey) + "/settings";
    }

    /** The leaders-group picker's suggestions. */
    public String getGroupsUrl() {
        return baseUrl + "/rest/coaching/1.0/spaces/" + pathSegment(spaceKey) + "/groups";
    }

    /** A personal space's key holds a user name, which may hold characters an address must encode. */
    private static String pathSegment(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }

    public String getText(String key) {
        return i18n.getText(key);
    }

    /** The label of a setting, by its id ({@code time-zone}), from {@link SpaceSetting#labelKey()}. */
    public String label(String settingId) {
        for (SpaceSetting setting : SpaceSetting.values()) {
            if (setting.id().equals(settingId)) {
                return i18n.getText(setting.labelKey());
            }
        }
        throw new IllegalArgumentException("No setting " + settingId);
    }

    public List<Option> getTimeZones() {
        String current = settings.calendar().zone().getId();
        List<String> zones = SpaceSettingsForm.timeZones();
        List<Option> options = new java.util.ArrayList<>();
        if (!zones.contains(current)) {
            options.add(new Option(current, current, true));
        }
        zones.forEach(zone -> options.add(new Option(zone, zone.replace('_', ' '), zone.equals(current))));
        return List.copyOf(options);
    }

    public List<Option> getWeekdays() {
        return java.util.Arrays.stream(DayOfWeek.values())
                .map(day -> new Option(day.name(), day.getDisplayName(TextStyle.FULL, Locale.ENGLISH),
                        settings.calendar().weekendDays().contains(day)))
                .toList();
    }

    public List<HolidayRow> getHolidays() {
        return settings.calendar().holidays().stream().map(HolidayRow::of).toList();
    }

    public List<WindowField> getWindows() {
        TimelineSettings timeline = settings.timeline();
        return List.of(
                window("postConferenceWindow", SpaceSetting.POST_CONFERENCE_WINDOW,
                        timeline.conferenceAfterObservation()),
                window("sharingWindow", SpaceSetting.SHARING_WINDOW, timeline.sharingBeforeConference()),
                window("finalizationWindow", SpaceSetting.FINALIZATION_WINDOW, timeline.finalizationAfterConference()),
                window("acknowledgementWindow", SpaceSetting.ACKNOWLEDGEMENT_WINDOW,
                        timeline.acknowledgementAfterFinalization()));
    }

    public String getDueSoonDays() {
        return Integer.toString(settings.dueSoonDays());
    }

    public String getCoverageWeeks() {
        return Integer.toString(settings.coverageWeeks());
    }

    public String getSpsMinimumResponses() {
        return Integer.toString(settings.spsMinimumResponses());
    }

    public String getLeadersGroup() {
        return settings.leadersGroup();
    }

    public boolean isRestrictCycleRecords() {
        return settings.restrictCycleRecords();
    }

    public String getRubricName() {
        return settings.rubricName();
    }

    /** One element per line, as the textarea shows them. */
    public String getRubricElements() {
        return String.join("\n", settings.rubricElements());
    }

    public boolean isDigestEnabled() {
        return settings.digestEnabled();
    }

    private WindowField window(String field, SpaceSetting setting, SchoolDayWindow window) {
        return new WindowField(field, setting.id(), i18n.getText(setting.labelKey()),
                Integer.toString(window.fewest()), Integer.toString(window.most()));
    }

    /** A choice of a select or a checkbox group. */
    public static final class Option {
        private final String value;
        private final String label;
        private final boolean selected;

        Option(String value, String label, boolean selected) {
            this.value = value;
            this.label = label;
            this.selected = selected;
        }

        public String getValue() {
            return value;
        }

        public String getLabel() {
            return label;
        }

        public boolean isSelected() {
            return selected;
        }
    }

    /** A holiday or break row of the date-range editor. */
    public static final class HolidayRow {
        private final String name;
        private final String first;
        private final String last;

        HolidayRow(String name, String first, String last) {
            this.name = name;
            this.first = first;
            this.last = last;
        }

        static HolidayRow of(Holiday holiday) {
            return new HolidayRow(holiday.name(), holiday.first().toString(), holiday.last().toString());
        }

        public String getName() {
            return name;
        }

        public String getFirst() {
            return first;
        }

        public String getLast() {
            return last;
        }
    }

    /** One of the four post-conference windows: its JSON field, setting id, label and values. */
    public static final class WindowField {
        private final String field;
        private final String id;
        private final String label;
        private final String fewest;
        private final String most;

        WindowField(String field, String id, String label, String fewest, String most) {
            this.field = field;
            this.id = id;
            this.label = label;
            this.fewest = fewest;
            this.most = most;
        }

        public String getField() {
            return field;
        }

        public String getId() {
            return id;
        }

        public String getLabel() {
            return label;
        }

        public String getFewest() {
            return fewest;
        }

        public String getMost() {
            return most;
        }
    }
}
