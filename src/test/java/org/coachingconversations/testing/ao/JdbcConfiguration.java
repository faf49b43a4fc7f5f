package org.coachingconversations.testing.ao;

import net.java.ao.test.jdbc.AbstractJdbcConfiguration;

import java.util.Locale;

/**
 * The database AO tests run on. By default an in-memory HSQLDB; set {@value #URL_PROPERTY} (or the environment
 * variable {@value #URL_ENV}) with its {@code .user}/{@code _USER} and {@code .password}/{@code _PASSWORD}
 * companions to use a real server such as PostgreSQL. System properties win over environment variables.
 * AO's test runner creates this class through its no-arg constructor.
 */
public final class JdbcConfiguration extends AbstractJdbcConfiguration {

    public static final String URL_PROPERTY = "coaching.test.jdbc.url";
    public static final String USER_PROPERTY = "coaching.test.jdbc.user";
    public static final String PASSWORD_PROPERTY = "coaching.test.jdbc.password";
    public static final String URL_ENV = "COACHING_TEST_JDBC_URL";
    public static final String USER_ENV = "COACHING_TEST_JDBC_USER";
    public static final String PASSWORD_ENV = "COACHING_TEST_JDBC_PASSWORD";

    static final String EMBEDDED_URL = "jdbc:hsqldb:mem:coaching";

    public JdbcConfiguration() {
        super(configuredUrl(), configuredUser(), configuredPassword(), null);
    }

    /** True when the tests run on a database server named by the settings rather than on the embedded one. */
    public static boolean isConfigured() {
        return configuredUrl() != null;
    }

    @Override
    protected String getDefaultUrl() {
        return EMBEDDED_URL;
    }

    @Override
    protected String getDefaultUsername() {
        return "sa";
    }

    @Override
    protected String getDefaultPassword() {
        return "";
    }

    /**
     * HSQLDB and H2 need their upper-case default schema named; PostgreSQL must get none, so that AO works in
     * the user's search path ({@code public}) rather than quoting a {@code "PUBLIC"} schema that does not exist.
     */
    @Override
    protected String getDefaultSchema() {
        String url = configuredUrl() == null ? EMBEDDED_URL : configuredUrl().toLowerCase(Locale.ROOT);
        return url.startsWith("jdbc:hsqldb:") || url.startsWith("jdbc:h2:") ? "PUBLIC" : null;
    }

    private static String configuredUrl() {
        return setting(URL_PROPERTY, URL_ENV);
    }

    /** The embedded database's defaults apply unless a URL is configured; a configured URL needs a user. */
    private static String configuredUser() {
        if (configuredUrl() == null) {
            return null;
        }
        String user = setting(USER_PROPERTY, USER_ENV);
        if (user == null) {
            throw new IllegalStateException(URL_PROPERTY + " (" + URL_ENV + ") is set, so " + USER_PROPERTY
                    + " (" + USER_ENV + ") must be set too");
        }
        return user;
    }

    private static String configuredPassword() {
        return configuredUrl() == null ? null : setting(PASSWORD_PROPERTY, PASSWORD_ENV);
    }

    private static String setting(String property, String environmentVariable) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(environmentVariable);
        }
        return value == null || value.isBlank() ? null : value.trim();
    }
}
