package org.coachingconversations.sandbox.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.coachingconversations.sandbox.data.InvalidInputException;
import org.coachingconversations.sandbox.data.Permissions;
import org.coachingconversations.sandbox.data.SandboxAttachments;
import org.coachingconversations.sandbox.data.StoredPage;
import org.coachingconversations.sandbox.render.Html;

/**
 * A page's attachments in the sandbox: the list and the upload form under the page, the upload
 * ({@code POST /pages/doattachfile.action?pageId=}, as Confluence's address) and the download
 * ({@code GET /download/attachments/<page id>/<file name>}). Whoever may view the page sees and downloads its
 * files; whoever may edit it attaches them. Refusals are {@link Refused} with the status to answer.
 */
final class AttachmentScreens {

    static final String UPLOAD_PATH = "/pages/doattachfile.action";
    static final String DOWNLOAD_PREFIX = "/download/attachments/";
    static final String FILE_FIELD = "file";
    /** The multipart request may carry the form's few other bytes besides the file. */
    static final long MAX_REQUEST_BYTES = SandboxAttachments.MAX_BYTES + 64 * 1024;

    /** A request the sandbox refuses, with the status and a message saying why; nothing was changed. */
    static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final int status;
        private final String title;

        Refused(int status, String title, String message) {
            super(message);
            this.status = status;
            this.title = title;
        }

        int status() {
            return status;
        }

        String title() {
            return title;
        }
    }

    private final SandboxAttachments attachments;
    private final Permissions permissions;

    AttachmentScreens(SandboxAttachments attachments, Permissions permissions) {
        this.attachments = attachments;
        this.permissions = permissions;
    }

    /** The list of the page's files, and the upload form for someone who may edit the page. */
    String section(String contextPath, StoredPage page, boolean mayAttach) {
        List<SandboxAttachments.Attached> files = attachments.of(page.id());
        StringBuilder html = new StringBuilder("<section class=\"sandbox-attachments\" id=\"attachments\">")
                .append("<h2>Attachments</h2>");
        if (files.isEmpty()) {
            html.append("<p class=\"sandbox-attachments-empty\">No files are attached to this page.</p>");
        } else {
            html.append("<table class=\"aui sandbox-attachment-list\"><thead><tr><th>File</th><th>Size</th>")
                    .append("<th>Attached by</th></tr></thead><tbody>");
            for (SandboxAttachments.Attached file : files) {
                html.append("<tr class=\"sandbox-attachment-row\"><td><a href=\"").append(contextPath)
                        .append(downloadPath(page.id(), file.fileName())).append("\">")
                        .append(Html.text(file.fileName())).append("</a></td><td>").append(Html.text(size(file.bytes())))
                        .append("</td><td>").append(Html.text(file.creator())).append("</td></tr>");
            }
            html.append("</tbody></table>");
        }
        if (mayAttach) {
            html.append("<form class=\"aui sandbox-attach-form\" method=\"post\" enctype=\"multipart/form-data\"")
                    .append(" action=\"").append(contextPath).append(UPLOAD_PATH).append("?pageId=").append(page.id())
                    .append("\"><label for=\"sandbox-attach-file\">Attach a file (up to ")
                    .append(SandboxAttachments.MAX_BYTES / (1024 * 1024)).append(" MB; a file of the same name is")
                    .append(" replaced)</label> <input type=\"file\" id=\"sandbox-attach-file\" name=\"")
                    .append(FILE_FIELD).append("\" required> <button class=\"aui-button\" type=\"submit\">Attach")
                    .append("</button></form>");
        }
        return html.append("</section>").toString();
    }

    /**
     * Attaches the posted file to the page and answers with the page. Empty when the user may not view the page
     * (the caller answers "not found", as for a page that does not exist).
     */
    Optional<Long> upload(HttpServletRequest request, String username, long pageId) throws IOException {
        Optional<StoredPage> page = permissions.viewablePage(username, pageId);
        if (page.isEmpty()) {
            return Optional.empty();
        }
        if (!permissions.canEdit(username, page.get())) {
            throw new Refused(403, "Not permitted", "You may view this page but not attach files to it: its space or"
                    + " its restrictions let you view it only. Nothing was attached.");
        }
        if (request.getContentLengthLong() > MAX_REQUEST_BYTES) {
            throw tooLarge();
        }
        String contentType = request.getContentType();
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
            throw new InvalidInputException("file: send the file as multipart/form-data, as the page's Attach form"
                    + " does. Nothing was attached.");
        }
        Part part;
        try {
            part = request.getPart(FILE_FIELD);
        } catch (IllegalStateException e) {
            throw tooLarge();
        } catch (ServletException | IOException e) {
            throw new InvalidInputException("file: the upload could not be read as a form. Nothing was attached.");
        }
        if (part == null || part.getSubmittedFileName() == null) {
            throw new InvalidInputException("file: choose a file to attach. Nothing was attached.");
        }
        if (part.getSize() > SandboxAttachments.MAX_BYTES) {
            throw tooLarge();
        }
        byte[] content;
        try (InputStream in = part.getInputStream()) {
            content = in.readNBytes((int) SandboxAttachments.MAX_BYTES + 1);
        }
        attachments.attach(pageId, baseName(part.getSubmittedFileName()), part.getContentType(), content, username);
        return Optional.of(pageId);
    }

    /**
     * Sends the file, as a download (never shown inline, so a file's markup cannot run in the sandbox's pages). False
     * when the page is not one the user may view or has no such file.
     */
    boolean download(HttpServletResponse response, String username, String rest) throws IOException {
        int slash = rest.indexOf('/');
        if (slash <= 0) {
            return false;
        }
        long pageId;
        try {
            pageId = Long.parseLong(rest.substring(0, slash));
        } catch (NumberFormatException e) {
            return false;
        }
        String fileName = rest.substring(slash + 1);
        if (permissions.viewablePage(username, pageId).isEmpty()) {
            return false;
        }
        Optional<SandboxAttachments.Attached> file = attachments.named(pageId, fileName);
        Optional<byte[]> content = file.flatMap(found -> attachments.content(found.id()));
        if (content.isEmpty()) {
            return false;
        }
        response.setStatus(200);
        response.setContentType("application/octet-stream");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''" + encode(fileName));
        response.setContentLengthLong(content.get().length);
        response.getOutputStream().write(content.get());
        return true;
    }

    static String downloadPath(long pageId, String fileName) {
        return DOWNLOAD_PREFIX + pageId + "/" + encode(fileName);
    }

    private static String encode(String fileName) {
        return URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Browsers send a bare name; an old one sent the whole path. */
    private static String baseName(String submitted) {
        int cut = Math.max(submitted.lastIndexOf('/'), submitted.lastIndexOf('\\'));
        return cut < 0 ? submitted : submitted.substring(cut + 1);
    }

    private static Refused tooLarge() {
        return new Refused(413, "File too large", "file: the file is larger than the sandbox's limit of "
                + SandboxAttachments.MAX_BYTES / (1024 * 1024) + " MB. Nothing was attached.");
    }

    private static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ENGLISH, "%.1f kB", bytes / 1024.0);
        }
        return String.format(Locale.ENGLISH, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
