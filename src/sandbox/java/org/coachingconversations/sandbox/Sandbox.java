package org.coachingconversations.sandbox;

import org.coachingconversations.application.settings.SaveSpaceSettings;
import org.coachingconversations.sandbox.data.DemoSchool;
import org.coachingconversations.sandbox.data.Permissions;
import org.coachingconversations.sandbox.data.SandboxDatabase;
import org.coachingconversations.sandbox.data.SandboxStore;
import org.coachingconversations.sandbox.data.SandboxUser;
import org.coachingconversations.sandbox.plugin.RestHosting;
import org.coachingconversations.sandbox.plugin.RestModule;
import org.coachingconversations.sandbox.plugin.ServletModule;
import org.coachingconversations.sandbox.plugin.SandboxPlugin;
import org.coachingconversations.sandbox.web.PluginServletPages;
import org.coachingconversations.sandbox.web.SignedInUser;
import org.coachingconversations.sandbox.web.ErrorPages;
import org.coachingconversations.sandbox.web.SandboxServlet;
import jakarta.servlet.DispatcherType;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ContextHandler;
import org.eclipse.jetty.server.handler.ContextHandlerCollection;
import org.eclipse.jetty.util.Callback;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.stream.Stream;

/**
 * The sandbox host: the plugin loaded from its descriptor, a demo school in an embedded database, and a small web
 * server on 127.0.0.1 at {@code /confluence}. A development and demo tool; the real host is Confluence.
 */
public final class Sandbox implements AutoCloseable {

    public static final String BIND_ADDRESS = "127.0.0.1";
    /** Written into every data directory the sandbox creates; {@code --reset} deletes only such directories. */
    static final String DATA_MARKER = ".sandbox-data";
    /** Held while a sandbox runs on the directory, so that a second one is refused before it touches the data. */
    static final String LOCK_FILE = "sandbox.lock";

    private final FileLock dataLock;
    private final SandboxDatabase database;
    private final SandboxStore store;
    private final SandboxPlugin plugin;
    private final Server server;
    private final ServerConnector connector;

    private Sandbox(FileLock dataLock, SandboxDatabase database, SandboxStore store, SandboxPlugin plugin,
                    Server server, ServerConnector connector) {
        this.dataLock = dataLock;
        this.database = database;
        this.store = store;
        this.plugin = plugin;
        this.server = server;
        this.connector = connector;
    }

    /**
     * Starts the sandbox and returns once it answers requests.
     *
     * @throws IllegalStateException with a message naming the cause when it cannot start (port taken, data directory
     *                               in use, a plugin module the sandbox cannot create, ...)
     */
    public static Sandbox start(SandboxOptions options, Clock clock) {
        Path dataDirectory = options.dataDirectory().toAbsolutePath().normalize();
        if (options.reset()) {
            requireSandboxData(dataDirectory);
        }
        FileLock dataLock = lock(dataDirectory);
        SandboxDatabase database = null;
        SandboxPlugin plugin = null;
        try {
            if (options.reset()) {
                wipe(dataDirectory);
            }
            mark(dataDirectory);
            database = SandboxDatabase.open(dataDirectory);
            SandboxStore store = new SandboxStore(database, clock);
            store.createTables();
            boolean newSchool = store.isEmpty();
            if (newSchool) {
                DemoSchool.seed(store);
            }
            plugin = SandboxPlugin.load(database, store, clock.getZone(), options.restrictionRefusal());
            if (newSchool) {
                DemoSchool.seedApp(plugin.spaceAdministrators(), plugin.component(SaveSpaceSettings.class));
            }
            Server server = new Server();
            HttpConfiguration http = new HttpConfiguration();
            http.setSendServerVersion(false);
            ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
            connector.setHost(BIND_ADDRESS);
            connector.setPort(options.port());
            server.addConnector(connector);
            ServletContextHandler confluence = new ServletContextHandler(SandboxServlet.CONTEXT_PATH);
            SandboxServlet screenServlet = new SandboxServlet(store, new Permissions(store), plugin, clock.getZone());
            ServletHolder screens = new ServletHolder(screenServlet);
            screens.getRegistration().setMultipartConfig(SandboxServlet.ATTACHMENT_UPLOADS);
            confluence.addServlet(screens, "/*");
            RestHosting rest = plugin.restHosting();
            for (RestModule module : plugin.restModules()) {
                confluence.addServlet(new ServletHolder(module.key(), rest.servlet(module)), module.mountPoint() + "/*");
                confluence.addFilter(new FilterHolder(rest.remoteUserFilter(request ->
                                SignedInUser.of(request, store).map(SandboxUser::username))),
                        module.mountPoint() + "/*", EnumSet.of(DispatcherType.REQUEST));
            }
            for (ServletModule module : plugin.servletModules()) {
                confluence.addServlet(new ServletHolder(module.key(), new PluginServletPages(module, store, plugin, screenServlet)),
                        module.mountPoint());
                confluence.addFilter(new FilterHolder(rest.remoteUserFilter(request ->
                                SignedInUser.of(request, store).map(SandboxUser::username))),
                        module.mountPoint(), EnumSet.of(DispatcherType.REQUEST));
            }
            server.setHandler(handlers(confluence));
            ErrorPages.install(server, confluence);
            try {
                server.start();
            } catch (Exception e) {
                stopQuietly(server);
                throw new IllegalStateException("The sandbox web server cannot start on " + BIND_ADDRESS + ":"
                        + options.port() + ": " + e.getMessage(), e);
            }
            return new Sandbox(dataLock, database, store, plugin, server, connector);
        } catch (RuntimeException e) {
            if (plugin != null) {
                plugin.close();
            }
            if (database != null) {
                database.close();
            }
            release(dataLock);
            throw e;
        }
    }

    private static Handler handlers(ServletContextHandler confluence) {
        ContextHandler root = new ContextHandler(new Handler.Abstract() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) {
                Response.sendRedirect(request, response, callback, SandboxServlet.CONTEXT_PATH + "/");
                return true;
            }
        }, "/");
        return new ContextHandlerCollection(confluence, root);
    }

    /** The port the sandbox listens on (the chosen one when started with port 0). */
    public int port() {
        return connector.getLocalPort();
    }

    /** The address the server socket is bound to. */
    public String boundHost() {
        return connector.getHost();
    }

    /** E.g. {@code http://localhost:1990/confluence}. */
    public URI baseUri() {
        return URI.create("http://localhost:" + port() + SandboxServlet.CONTEXT_PATH);
    }

    public SandboxStore store() {
        return store;
    }

    public SandboxPlugin plugin() {
        return plugin;
    }

    /** Blocks until the server stops. */
    public void join() throws InterruptedException {
        server.join();
    }

    /** Stops the server, the plugin's components and the database, in that order. */
    @Override
    public synchronized void close() {
        if (!server.isStopped()) {
            stopQuietly(server);
            plugin.close();
            database.close();
            release(dataLock);
        }
    }

    private static void stopQuietly(Server server) {
        try {
            server.stop();
        } catch (Exception e) {
            System.err.println("The sandbox web server did not stop cleanly: " + e);
        }
    }

    /** Creates the directory if needed and locks it for this sandbox. */
    private static FileLock lock(Path dataDirectory) {
        FileChannel channel = null;
        try {
            Files.createDirectories(dataDirectory);
            channel = FileChannel.open(dataDirectory.resolve(LOCK_FILE), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw inUse(dataDirectory);
            }
            return lock;
        } catch (OverlappingFileLockException e) {
            closeQuietly(channel);
            throw inUse(dataDirectory);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new UncheckedIOException("Cannot use the sandbox data directory " + dataDirectory + ": "
                    + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly(channel);
            throw e;
        }
    }

    private static IllegalStateException inUse(Path dataDirectory) {
        return new IllegalStateException("The data directory " + dataDirectory + " is in use by another sandbox;"
                + " stop it or choose another directory with --data");
    }

    private static void release(FileLock lock) {
        closeQuietly(lock.channel());
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                System.err.println("Cannot release the sandbox data lock: " + e);
            }
        }
    }

    private static void mark(Path dataDirectory) {
        Path marker = dataDirectory.resolve(DATA_MARKER);
        try {
            if (!Files.exists(marker)) {
                Files.writeString(marker, "Data of the Coaching Conversations sandbox; ./sandbox --reset deletes it.\n");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + marker, e);
        }
    }

    /** --reset deletes only a directory the sandbox made: a mistyped --data must not wipe anything else. */
    private static void requireSandboxData(Path dataDirectory) {
        if (!Files.isDirectory(dataDirectory) || Files.exists(dataDirectory.resolve(DATA_MARKER))) {
            return;
        }
        try (Stream<Path> entries = Files.list(dataDirectory)) {
            if (entries.findAny().isPresent()) {
                throw new IllegalStateException("--reset: " + dataDirectory + " is not a sandbox data directory (it"
                        + " has no " + DATA_MARKER + " file); refusing to delete it");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("--reset: cannot read " + dataDirectory, e);
        }
    }

    /** Deletes everything in the (locked) data directory but the lock itself. */
    private static void wipe(Path dataDirectory) {
        Path lockFile = dataDirectory.resolve(LOCK_FILE);
        try (Stream<Path> files = Files.walk(dataDirectory)) {
            for (Path file : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
                if (!file.equals(dataDirectory) && !file.equals(lockFile)) {
                    Files.delete(file);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("--reset: cannot delete " + dataDirectory + ": " + e.getMessage(), e);
        }
    }
}
