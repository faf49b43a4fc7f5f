package com.atlassian.sal.api.websudo;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Compile-only stand-in: SAL's secure administrator sessions ("websudo"), an interface with {@code boolean
 * canExecuteRequest(HttpServletRequest)}, {@code void enforceWebSudoProtection(HttpServletRequest,
 * HttpServletResponse)} (Confluence redirects to its password prompt, authenticate.action) and {@code void
 * willExecuteWebSudoRequest(HttpServletRequest) throws WebSudoSessionException}. Checked against Confluence's
 * implementation https://docs.atlassian.com/ConfluenceServer/javadoc/7.19.14/com/atlassian/sal/confluence/websudo/ConfluenceWebSudoManager.html
 * with the servlet types of Platform 8 (Confluence 10 moved {@code javax.servlet} to {@code jakarta.servlet}).
 */
public interface WebSudoManager {

    boolean canExecuteRequest(HttpServletRequest request);

    void enforceWebSudoProtection(HttpServletRequest request, HttpServletResponse response);

    void willExecuteWebSudoRequest(HttpServletRequest request) throws WebSudoSessionException;
}
