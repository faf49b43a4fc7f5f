package com.atlassian.sal.api.xsrf;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Compile-only stand-in: SAL's XSRF token for a form, an interface with {@code String getXsrfToken(HttpServletRequest
 * request, HttpServletResponse response, boolean create)}; the form sends it back in the field {@code atl_token}.
 * From SAL's API (package com.atlassian.sal.api.xsrf, interfaces XsrfTokenAccessor and XsrfTokenValidator); no page
 * of these two interfaces was readable here, so the signatures are SAL's as used by public Atlassian apps' servlets,
 * with the Platform 8 servlet types.
 */
public interface XsrfTokenAccessor {

    String getXsrfToken(HttpServletRequest request, HttpServletResponse response, boolean create);
}
