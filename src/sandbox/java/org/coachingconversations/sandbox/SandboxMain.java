package org.coachingconversations.sandbox;

import org.coachingconversations.sandbox.plugin.PluginModule;

import java.time.Clock;
import java.util.stream.Collectors;

/** {@code ./sandbox [--port N] [--data DIR] [--reset]}: starts the sandbox and serves until Ctrl-C. */
public final class SandboxMain {

    private SandboxMain() {
    }

    public static void main(String[] arguments) throws InterruptedException {
        // Jetty and the plugin's libraries log through slf4j-simple; only warnings matter on the console.
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel",
                System.getProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn"));
        SandboxOptions options;
        try {
            options = SandboxOptions.parse(arguments);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(SandboxOptions.USAGE);
            System.exit(2);
            return;
        }
        Sandbox sandbox;
        try {
            sandbox = Sandbox.start(options, Clock.systemDefaultZone());
        } catch (RuntimeException e) {
            System.err.println("The sandbox cannot start: " + e.getMessage());
            System.exit(1);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            sandbox.close();
            System.out.println("Sandbox stopped.");
        }, "sandbox-shutdown"));
        String skipped = sandbox.plugin().modules().stream().filter(module -> !module.runBySandbox())
                .map(module -> module.type() + " " + module.key()).collect(Collectors.joining(", "));
        System.out.println("Sandbox \u2014 not Confluence. Plugin " + sandbox.plugin().key() + " loaded with "
                + sandbox.plugin().modules().stream().filter(PluginModule::runBySandbox).count() + " modules"
                + (skipped.isEmpty() ? "" : "; not run here: " + skipped) + ".");
        System.out.println("Data: " + options.dataDirectory().toAbsolutePath().normalize()
                + (options.reset() ? " (reset to the demo school)" : ""));
        System.out.println("Ready: " + sandbox.baseUri() + "   (Ctrl-C stops it)");
        sandbox.join();
    }
}
