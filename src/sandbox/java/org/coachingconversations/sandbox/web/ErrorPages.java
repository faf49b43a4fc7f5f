package org.coachingconversations.sandbox.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.util.Callback;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * The web server's own error pages, replacing Jetty's: the sandbox's look, a plain sentence for the status, and
 * nothing from inside (Jetty's pages name the servlet, the exception and its message). Whatever caused the error
 * was already logged by Jetty or by {@link SandboxServlet}.
 */
public final class ErrorPages {

    private ErrorPages() {
    }

    /** Puts the sandbox's error pages in place of Jetty's, for the server and for the sandbox's servlet context. */
    public static void install(Server server, ServletContextHandler context) {
        server.setErrorHandler(new ServerErrors());
        context.setErrorHandler(new ContextErrors());
    }

    /** The whole page for a status: its title and a sentence that says what the user can do. */
    static String page(String contextPath, int status) {
        return Layout.errorPage(contextPath, title(status), sentence(status));
    }

    static String title(int status) {
        switch (status) {
            case 400:
                return "Bad request";
            case 403:
                return "Not allowed";
            case 404:
                return "Page not found";
            case 405:
                return "Not allowed";
            case 413:
                return "Too large";
            default:
                return status >= 500 ? "Something went wrong" : "Request refused";
        }
    }

    private static String sentence(int status) {
        switch (status) {
            case 400:
                return "The sandbox cannot read this request: its address or form is not one the sandbox makes.";
            case 403:
                return "The sandbox does not answer this request.";
            case 404:
                return "The page you are looking for is not found, or you do not have permission to view it.";
            case 405:
                return "This address does not take this kind of request.";
            case 413:
                return "What was sent is larger than the sandbox accepts.";
            default:
                return status >= 500
                        ? "The sandbox could not answer this request. Nothing was changed by the part that failed;"
                        + " the details are in the sandbox's console."
                        : "The sandbox cannot answer this request (status " + status + ").";
        }
    }

    /** Errors the servlet context answers (a {@code sendError}, an exception that left the servlet). */
    private static final class ContextErrors extends org.eclipse.jetty.ee10.servlet.ErrorHandler {
        /** Jetty writes a page only for GET, POST and HEAD; a refused PUT or DELETE deserves one too. */
        @Override
        public boolean errorPageForMethod(String method) {
            return true;
        }

        @Override
        protected void generateAcceptableResponse(ServletContextRequest baseRequest, HttpServletRequest request,
                                                  HttpServletResponse response, int code, String message)
                throws IOException {
            response.setContentType("text/html;charset=UTF-8");
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.getOutputStream().write(page(request.getContextPath(), code).getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Errors the server answers outside any context (e.g. a request it could not parse). */
    private static final class ServerErrors extends org.eclipse.jetty.server.handler.ErrorHandler {
        @Override
        protected void generateResponse(Request request, Response response, int code, String message,
                                        Throwable cause, Callback callback) {
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/html;charset=UTF-8");
            response.getHeaders().put("X-Content-Type-Options", "nosniff");
            response.write(true, ByteBuffer.wrap(page(SandboxServlet.CONTEXT_PATH, code)
                    .getBytes(StandardCharsets.UTF_8)), callback);
        }
    }
}
