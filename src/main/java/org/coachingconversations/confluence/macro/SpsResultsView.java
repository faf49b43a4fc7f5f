package org.coachingconversations.confluence.macro;

import java.util.List;
import java.util.Map;

/**
 * What the SPS results macro shows for an analysed export: plain text and numbers only (the host HTML-encodes every
 * reference, also inside the chart's SVG). Immutable.
 */
public final class SpsResultsView {

    private final String fileName;
    private final String source;
    private final List<Element> elements;
    private final List<Leaders> leaders;
    private final List<Comparison> comparisons;
    private final List<Subgroup> subgroups;
    private final String subgroupsNotShown;
    private final List<Suppressed> suppressed;
    private final String suppressedNotShown;
    private final Map<String, String> texts;

    SpsResultsView(String fileName, String source, List<Element> elements, List<Leaders> leaders,
            List<Comparison> comparisons, List<Subgroup> subgroups, String subgroupsNotShown,
            List<Suppressed> suppressed, String suppressedNotShown, Map<String, String> texts) {
        this.fileName = fileName;
        this.source = source;
        this.elements = List.copyOf(elements);
        this.leaders = List.copyOf(leaders);
        this.comparisons = List.copyOf(comparisons);
        this.subgroups = List.copyOf(subgroups);
        this.subgroupsNotShown = subgroupsNotShown;
        this.suppressed = List.copyOf(suppressed);
        this.suppressedNotShown = suppressedNotShown;
        this.texts = Map.copyOf(texts);
    }

    public String getFileName() {
        return fileName;
    }

    public String getSource() {
        return source;
    }

    public List<Element> getElements() {
        return elements;
    }

    public List<Leaders> getLeaders() {
        return leaders;
    }

    public List<Comparison> getComparisons() {
        return comparisons;
    }

    public List<Subgroup> getSubgroups() {
        return subgroups;
    }

    /** Empty when every subgroup is shown. */
    public String getSubgroupsNotShown() {
        return subgroupsNotShown;
    }

    public List<Suppressed> getSuppressed() {
        return suppressed;
    }

    /** Empty when every suppressed row is listed. */
    public String getSuppressedNotShown() {
        return suppressedNotShown;
    }

    /** A fixed label of the template, e.g. a column heading. */
    public String text(String name) {
        String text = texts.get(name);
        if (text == null) {
            throw new IllegalArgumentException("No text " + name);
        }
        return text;
    }

    /** One element: its figures, its items and their chart. */
    public static final class Element {
        private final String name;
        private final String reportedItems;
        private final String suppressedItems;
        private final String responses;
        private final String percentFavorable;
        private final String itemMean;
        private final String schoolAverage;
        private final String districtAverage;
        private final List<Item> items;
        private final Chart chart;

        Element(String name, String reportedItems, String suppressedItems, String responses, String percentFavorable,
                String itemMean, String schoolAverage, String districtAverage, List<Item> items, Chart chart) {
            this.name = name;
            this.reportedItems = reportedItems;
            this.suppressedItems = suppressedItems;
            this.responses = responses;
            this.percentFavorable = percentFavorable;
            this.itemMean = itemMean;
            this.schoolAverage = schoolAverage;
            this.districtAverage = districtAverage;
            this.items = List.copyOf(items);
            this.chart = chart;
        }

        public String getName() {
            return name;
        }

        public String getReportedItems() {
            return reportedItems;
        }

        public String getSuppressedItems() {
            return suppressedItems;
        }

        public String getResponses() {
            return responses;
        }

        public String getPercentFavorable() {
            return percentFavorable;
        }

        public String getItemMean() {
            return itemMean;
        }

        public String getSchoolAverage() {
            return schoolAverage;
        }

        public String getDistrictAverage() {
            return districtAverage;
        }

        public List<Item> getItems() {
            return items;
        }

        public Chart getChart() {
            return chart;
        }
    }

    /** One reported item of an element, numbered as in its chart. */
    public static final class Item {
        private final String number;
        private final String text;
        private final String percentFavorable;
        private final String schoolAverage;
        private final String districtAverage;
        private final String responses;
        private final String versusSchoolId;
        private final String versusSchool;
        private final String versusDistrictId;
        private final String versusDistrict;

        Item(String number, String text, String percentFavorable, String schoolAverage, String districtAverage,
                String responses, String versusSchoolId, String versusSchool, String versusDistrictId,
                String versusDistrict) {
            this.number = number;
            this.text = text;
            this.percentFavorable = percentFavorable;
            this.schoolAverage = schoolAverage;
            this.districtAverage = districtAverage;
            this.responses = responses;
            this.versusSchoolId = versusSchoolId;
            this.versusSchool = versusSchool;
            this.versusDistrictId = versusDistrictId;
            this.versusDistrict = versusDistrict;
        }

        public String getNumber() {
            return number;
        }

        public String getText() {
            return text;
        }

        public String getPercentFavorable() {
            return percentFavorable;
        }

        public String getSchoolAverage() {
            return schoolAverage;
        }

        public String getDistrictAverage() {
            return districtAverage;
        }

        public String getResponses() {
            return responses;
        }

        /** {@code above}, {@code within} or {@code below}, for styling. */
        public String getVersusSchoolId() {
            return versusSchoolId;
        }

        public String getVersusSchool() {
            return versusSchool;
        }

        public String getVersusDistrictId() {
            return versusDistrictId;
        }

        public String getVersusDistrict() {
            return versusDistrict;
        }
    }

    /**
     * A horizontal bar chart of an element's items, drawn by the template as SVG from these coordinates (user units
     * of its view box). The title and description are its text alternative; the item table beside it holds the same
     * figures.
     */
    public static final class Chart {
        private final int width;
        private final int height;
        private final String title;
        private final String description;
        private final List<Bar> bars;
        private final List<Tick> ticks;
        private final int axisY;

        Chart(int width, int height, String title, String description, List<Bar> bars, List<Tick> ticks, int axisY) {
            this.width = width;
            this.height = height;
            this.title = title;
            this.description = description;
            this.bars = List.copyOf(bars);
            this.ticks = List.copyOf(ticks);
            this.axisY = axisY;
        }

        public int getWidth() {
            return width;
        }

        public int getHeight() {
            return height;
        }

        public String getTitle() {
            return title;
        }

        public String getDescription() {
            return description;
        }

        public List<Bar> getBars() {
            return bars;
        }

        public List<Tick> getTicks() {
            return ticks;
        }

        public int getAxisY() {
            return axisY;
        }

        /** Where the percent labels of the axis stand, below the bars. */
        public int getLabelY() {
            return axisY + 16;
        }
    }

    /** One item's bar, with where the school and district averages fall on its row. */
    public static final class Bar {
        private final String number;
        private final String value;
        private final String barX;
        private final String barY;
        private final String barWidth;
        private final String barHeight;
        private final String textY;
        private final String valueX;
        private final String schoolX;
        private final String districtX;
        private final String markTop;
        private final String markBottom;

        Bar(String number, String value, String barX, String barY, String barWidth, String barHeight, String textY,
                String valueX, String schoolX, String districtX, String markTop, String markBottom) {
            this.number = number;
            this.value = value;
            this.barX = barX;
            this.barY = barY;
            this.barWidth = barWidth;
            this.barHeight = barHeight;
            this.textY = textY;
            this.valueX = valueX;
            this.schoolX = schoolX;
            this.districtX = districtX;
            this.markTop = markTop;
            this.markBottom = markBottom;
        }

        public String getNumber() {
            return number;
        }

        public String getValue() {
            return value;
        }

        public String getBarX() {
            return barX;
        }

        public String getBarY() {
            return barY;
        }

        public String getBarWidth() {
            return barWidth;
        }

        public String getBarHeight() {
            return barHeight;
        }

        public String getTextY() {
            return textY;
        }

        public String getValueX() {
            return valueX;
        }

        public String getSchoolX() {
            return schoolX;
        }

        public String getDistrictX() {
            return districtX;
        }

        public String getMarkTop() {
            return markTop;
        }

        public String getMarkBottom() {
            return markBottom;
        }
    }

    /** A gridline of the percent axis. */
    public static final class Tick {
        private final String x;
        private final String label;

        Tick(String x, String label) {
            this.x = x;
            this.label = label;
        }

        public String getX() {
            return x;
        }

        public String getLabel() {
            return label;
        }
    }

    /** The items with the largest share of the top or the bottom response option. */
    public static final class Leaders {
        private final String heading;
        private final List<String> items;
        private final String none;

        Leaders(String heading, List<String> items, String none) {
            this.heading = heading;
            this.items = List.copyOf(items);
            this.none = none;
        }

        public String getHeading() {
            return heading;
        }

        public List<String> getItems() {
            return items;
        }

        public String getNone() {
            return none;
        }
    }

    /** The items above and below the school or the district average. */
    public static final class Comparison {
        private final String heading;
        private final String aboveHeading;
        private final List<String> above;
        private final String belowHeading;
        private final List<String> below;
        private final String none;

        Comparison(String heading, String aboveHeading, List<String> above, String belowHeading, List<String> below,
                String none) {
            this.heading = heading;
            this.aboveHeading = aboveHeading;
            this.above = List.copyOf(above);
            this.belowHeading = belowHeading;
            this.below = List.copyOf(below);
            this.none = none;
        }

        public String getHeading() {
            return heading;
        }

        public String getAboveHeading() {
            return aboveHeading;
        }

        public List<String> getAbove() {
            return above;
        }

        public String getBelowHeading() {
            return belowHeading;
        }

        public List<String> getBelow() {
            return below;
        }

        public String getNone() {
            return none;
        }
    }

    /** A subgroup's items set against all students. */
    public static final class Subgroup {
        private final String name;
        private final List<String> differences;

        Subgroup(String name, List<String> differences) {
            this.name = name;
            this.differences = List.copyOf(differences);
        }

        public String getName() {
            return name;
        }

        public List<String> getDifferences() {
            return differences;
        }
    }

    /** A row left out for too few responses: what identifies it, never its figures. */
    public static final class Suppressed {
        private final String line;
        private final String item;
        private final String subgroup;
        private final String reason;

        Suppressed(String line, String item, String subgroup, String reason) {
            this.line = line;
            this.item = item;
            this.subgroup = subgroup;
            this.reason = reason;
        }

        public String getLine() {
            return line;
        }

        public String getItem() {
            return item;
        }

        public String getSubgroup() {
            return subgroup;
        }

        public String getReason() {
            return reason;
        }
    }
}
