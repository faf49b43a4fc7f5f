package com.atlassian.sal.api.xsrf;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Compile-only stand-in: checks the {@code atl_token} a form posted, {@code boolean
 * validateFormEncodedToken(HttpServletRequest request)}. See {@link XsrfTokenAccessor} for what was checked.
 */
public interface XsrfTokenValidator {

    boolean validateFormEncodedToken(HttpServletRequest request);
}
