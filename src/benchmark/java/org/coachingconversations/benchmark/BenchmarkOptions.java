package org.coachingconversations.benchmark;

import java.util.Optional;
import org.coachingconversations.domain.sps.GeneratedSpsExport;

/**
 * What {@code ./benchmark} was asked to do: the action-step case, the SPS case, or both ({@code --only}). PostgreSQL is measured only when it is named, on the command line or
 * through {@value #URL_ENV}, {@value #USER_ENV} and {@value #PASSWORD_ENV}.
 */
record BenchmarkOptions(int steps, int spaces, int bigSpaceSteps, Optional<ServerDatabase> postgres, boolean keep,
                        boolean actionSteps, boolean sps, int spsRows, boolean macros) {

    static final String URL_ENV = "COACHING_BENCH_JDBC_URL";
    static final String USER_ENV = "COACHING_BENCH_JDBC_USER";
    static final String PASSWORD_ENV = "COACHING_BENCH_JDBC_PASSWORD";

    static final String USAGE = """
            usage: ./benchmark [--only steps|sps|macros] [--steps N] [--spaces N] [--big-space N]
                               [--postgres URL USER PASSWORD] [--keep] [--sps-rows N]
              --only steps    only the action-step case (dashboard queries, overdue scan)
              --only sps      only the SPS case (analysis of a large export: time and peak heap)
              --only macros   only the guide and agenda macros (rendering time, warm)
              --steps N       action steps to seed (default 1000000)
              --spaces N      spaces they belong to (default 1000)
              --big-space N   steps of the one large space that is measured (default 50000)
              --postgres URL USER PASSWORD
                              also measure on this PostgreSQL database (or set COACHING_BENCH_JDBC_URL,
                              COACHING_BENCH_JDBC_USER, COACHING_BENCH_JDBC_PASSWORD). Its coaching tables
                              (AO_16E8C7_*) are dropped and seeded again: give it a database of its own.
              --keep          reuse data seeded by an earlier run with the same sizes
              --sps-rows N    rows of the large SPS export, a multiple of 40 (default 200000)""";

    /** A database server named by URL, user and password. */
    record ServerDatabase(String url, String user, String password) {
    }

    BenchmarkOptions {
        if (spaces < 1) {
            throw new IllegalArgumentException("--spaces: " + spaces + " must be at least 1.");
        }
        if (bigSpaceSteps < 1) {
            throw new IllegalArgumentException("--big-space: " + bigSpaceSteps + " must be at least 1.");
        }
        if (steps < bigSpaceSteps) {
            throw new IllegalArgumentException("--steps: " + steps + " cannot be fewer than the big space's "
                    + bigSpaceSteps + ".");
        }
        if (spsRows < GeneratedSpsExport.ITEMS || spsRows % GeneratedSpsExport.ITEMS != 0) {
            throw new IllegalArgumentException("--sps-rows: " + spsRows + " must be a positive multiple of "
                    + GeneratedSpsExport.ITEMS + " (the export's items).");
        }
        if (spaces > 1 && steps - bigSpaceSteps < spaces - 1) {
            throw new IllegalArgumentException("--steps: " + steps + " leave " + (steps - bigSpaceSteps)
                    + " steps for the other " + (spaces - 1) + " spaces; give each at least one.");
        }
    }

    static BenchmarkOptions parse(String[] args) {
        int steps = 1_000_000;
        int spaces = 1_000;
        int bigSpace = 50_000;
        boolean keep = false;
        boolean actionSteps = true;
        boolean sps = true;
        boolean macros = true;
        int spsRows = 200_000;
        Optional<ServerDatabase> postgres = fromEnvironment();
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            switch (option) {
                case "--steps" -> steps = number(option, args, ++i);
                case "--spaces" -> spaces = number(option, args, ++i);
                case "--big-space" -> bigSpace = number(option, args, ++i);
                case "--keep" -> keep = true;
                case "--sps-rows" -> spsRows = number(option, args, ++i);
                case "--only" -> {
                    String only = i + 1 < args.length ? args[++i] : "";
                    if (!only.equals("steps") && !only.equals("sps") && !only.equals("macros")) {
                        throw new IllegalArgumentException("--only needs \"steps\", \"sps\" or \"macros\".");
                    }
                    actionSteps = only.equals("steps");
                    sps = only.equals("sps");
                    macros = only.equals("macros");
                }
                case "--postgres" -> {
                    if (i + 3 >= args.length) {
                        throw new IllegalArgumentException("--postgres needs a URL, a user and a password.");
                    }
                    postgres = Optional.of(new ServerDatabase(args[i + 1], args[i + 2], args[i + 3]));
                    i += 3;
                }
                default -> throw new IllegalArgumentException("Unknown option " + option + ".");
            }
        }
        postgres.ifPresent(BenchmarkOptions::checkPostgresUrl);
        return new BenchmarkOptions(steps, spaces, bigSpace, postgres, keep, actionSteps, sps, spsRows, macros);
    }

    private static Optional<ServerDatabase> fromEnvironment() {
        String url = System.getenv(URL_ENV);
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        String user = System.getenv(USER_ENV);
        if (user == null || user.isBlank()) {
            throw new IllegalArgumentException(URL_ENV + " is set, so " + USER_ENV + " must be set too.");
        }
        String password = System.getenv(PASSWORD_ENV);
        return Optional.of(new ServerDatabase(url.trim(), user.trim(), password == null ? "" : password));
    }

    private static void checkPostgresUrl(ServerDatabase database) {
        if (!database.url().startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("--postgres: \"" + database.url()
                    + "\" is not a PostgreSQL JDBC URL (jdbc:postgresql://host:port/database).");
        }
    }

    private static int number(String option, String[] args, int index) {
        if (index >= args.length) {
            throw new IllegalArgumentException(option + " needs a number.");
        }
        try {
            return Integer.parseInt(args[index].replace("_", "").replace(",", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + ": \"" + args[index] + "\" is not a whole number.", e);
        }
    }
}
