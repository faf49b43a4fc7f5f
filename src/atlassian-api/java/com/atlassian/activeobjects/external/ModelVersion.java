package com.atlassian.activeobjects.external;

/**
 * Compile-only stand-in. Checked against the source view
 * https://docs.atlassian.com/activeobjects-plugin-parent-pom/2.0.1-0fc30df/xref/com/atlassian/activeobjects/external/ModelVersion.html
 * (AO plugin 2.0.1). Unlike most stand-ins it keeps that page's few lines of value semantics
 * (an integer, compared; {@code valueOf(null)} is 0): tests ask an upgrade task for its version and
 * compare it, and a stand-in that could not be compared would make those tests meaningless.
 */
public final class ModelVersion implements Comparable<ModelVersion> {

    private final int version;

    private ModelVersion(int version) {
        this.version = version;
    }

    @Override
    public int compareTo(ModelVersion mv) {
        return version - mv.version;
    }

    public boolean isOlderThan(ModelVersion mv) {
        return compareTo(mv) < 0;
    }

    public boolean isNewerThan(ModelVersion mv) {
        return compareTo(mv) > 0;
    }

    public boolean isSame(ModelVersion mv) {
        return compareTo(mv) == 0;
    }

    @Override
    public String toString() {
        return String.valueOf(version);
    }

    public static ModelVersion valueOf(String s) {
        return s == null ? new ModelVersion(0) : new ModelVersion(Integer.parseInt(s));
    }
}
