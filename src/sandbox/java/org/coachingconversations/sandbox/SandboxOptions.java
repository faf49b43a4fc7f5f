package org.coachingconversations.sandbox;

import org.coachingconversations.sandbox.plugin.RestrictionRefusal;

import java.nio.file.Path;
import java.util.Objects;

/**
 * How the sandbox was asked to run: {@code --port N} (default 1990, as {@code atlas-run}), {@code --data DIR}
 * (default {@code sandbox-data} in the working directory) and {@code --reset} (wipe the data directory and start
 * again with the demo school). Tests may also make the host refuse page restrictions
 * ({@link #refusingRestrictions}), which the command line does not offer.
 */
public record SandboxOptions(int port, Path dataDirectory, boolean reset, RestrictionRefusal restrictionRefusal) {

    public static final int DEFAULT_PORT = 1990;
    public static final Path DEFAULT_DATA_DIRECTORY = Path.of("sandbox-data");

    public static final String USAGE = "Usage: ./sandbox [--port N] [--data DIR] [--reset]\n"
            + "  --port N    port on 127.0.0.1 (default " + DEFAULT_PORT + "; 0 picks a free one)\n"
            + "  --data DIR  where the sandbox keeps its database (default " + DEFAULT_DATA_DIRECTORY + ")\n"
            + "  --reset     delete that data and start again with the demo school";

    public SandboxOptions {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("--port: " + port + " is not a port number (0-65535)");
        }
        Objects.requireNonNull(restrictionRefusal, "restrictionRefusal");
    }

    public SandboxOptions(int port, Path dataDirectory, boolean reset) {
        this(port, dataDirectory, reset, RestrictionRefusal.NONE);
    }

    /** The same options, with a content permission manager that refuses as told (for tests of the fallbacks). */
    public SandboxOptions refusingRestrictions(RestrictionRefusal refusal) {
        return new SandboxOptions(port, dataDirectory, reset, refusal);
    }

    /** @throws IllegalArgumentException naming the option that is wrong */
    public static SandboxOptions parse(String... arguments) {
        int port = DEFAULT_PORT;
        Path data = DEFAULT_DATA_DIRECTORY;
        boolean reset = false;
        for (int i = 0; i < arguments.length; i++) {
            String argument = arguments[i];
            switch (argument) {
                case "--port":
                    String value = valueOf(arguments, i++, argument);
                    try {
                        port = Integer.parseInt(value);
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException("--port: \"" + value + "\" is not a number");
                    }
                    break;
                case "--data":
                    String directory = valueOf(arguments, i++, argument);
                    if (directory.isBlank()) {
                        throw new IllegalArgumentException("--data: the directory name is empty");
                    }
                    data = Path.of(directory);
                    break;
                case "--reset":
                    reset = true;
                    break;
                default:
                    throw new IllegalArgumentException("Unknown option \"" + argument + "\"");
            }
        }
        return new SandboxOptions(port, data, reset);
    }

    private static String valueOf(String[] arguments, int index, String option) {
        if (index + 1 >= arguments.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return arguments[index + 1];
    }
}
