package org.coachingconversations.sandbox.plugin;

import com.atlassian.annotations.security.UnlicensedSiteAccess;
import jakarta.servlet.DispatcherType;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

/**
 * The sandbox's REST host checks what Confluence's REST layer checks before a resource runs: the access annotation
 * (signed-in users only for {@code @UnlicensedSiteAccess}; nothing without an annotation) and the XSRF header on
 * writes; and the request's user is SAL's remote user inside the resource.
 */
public class RestHostingTest {

    private static final RemoteUser REMOTE_USER = new RemoteUser();
    private static Server server;
    private static URI base;
    private final HttpClient client = HttpClient.newHttpClient();

    @BeforeClass
    public static void startServer() throws Exception {
        RestHosting hosting = new RestHosting(REMOTE_USER);
        RestModule module = new RestModule("test-rest", "test", "1.0",
                List.of(new WhoAmIResource(REMOTE_USER), new UnannotatedResource()));
        server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler("/confluence");
        context.addServlet(new ServletHolder(hosting.servlet(module)), module.mountPoint() + "/*");
        context.addFilter(new FilterHolder(hosting.remoteUserFilter(request ->
                        Optional.ofNullable(request.getHeader("X-Test-User")))), module.mountPoint() + "/*",
                EnumSet.of(DispatcherType.REQUEST));
        server.setHandler(context);
        server.start();
        base = URI.create("http://127.0.0.1:" + connector.getLocalPort() + "/confluence/rest/test/1.0/");
    }

    @AfterClass
    public static void stopServer() throws Exception {
        server.stop();
    }

    @Test
    public void get_shouldAnswerAsTheRemoteUser_whenSignedIn() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(base.resolve("whoami")).header("X-Test-User", "ana.ruiz").GET());

        assertThat(response.statusCode(), is(200));
        assertThat(response.body(), is("{\"username\":\"ana.ruiz\"}"));
    }

    @Test
    public void get_shouldAnswer401_whenAnonymous() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(base.resolve("whoami")).GET());

        assertThat(response.statusCode(), is(401));
    }

    @Test
    public void post_shouldAnswer403_whenTheXsrfHeaderIsMissing() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(base.resolve("whoami"))
                .header("X-Test-User", "ana.ruiz").POST(HttpRequest.BodyPublishers.noBody()));

        assertThat(response.statusCode(), is(403));
        assertThat(response.body(), containsString("XSRF check failed"));
    }

    @Test
    public void post_shouldRun_whenTheXsrfHeaderIsSent() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(base.resolve("whoami"))
                .header("X-Test-User", "ana.ruiz").header("X-Atlassian-Token", "no-check")
                .POST(HttpRequest.BodyPublishers.noBody()));

        assertThat(response.statusCode(), is(200));
    }

    @Test
    public void get_shouldStayClosed_whenTheResourceHasNoAccessAnnotation() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(base.resolve("open")).header("X-Test-User", "ana.ruiz").GET());

        assertThat(response.statusCode(), is(403));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    public record Caller(String username) {
    }

    @Path("/whoami")
    @UnlicensedSiteAccess
    @Produces(MediaType.APPLICATION_JSON)
    public static class WhoAmIResource {
        private final RemoteUser remoteUser;

        WhoAmIResource(RemoteUser remoteUser) {
            this.remoteUser = remoteUser;
        }

        @GET
        public Caller get() {
            return new Caller(remoteUser.username().orElse(null));
        }

        @POST
        public Caller post() {
            return get();
        }
    }

    @Path("/open")
    public static class UnannotatedResource {
        @GET
        public String get() {
            return "should never be reached";
        }
    }
}
