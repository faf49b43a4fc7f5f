/**
 * The app's REST resources ({@code rest} module {@code coaching}, version 1.0, at {@code /rest/coaching/1.0/}): thin
 * adapters that read the caller from SAL, check the page permission first (a page the caller cannot view answers
 * 404, like one that does not exist), call one use case and map its result or refusal to JSON. Every resource class
 * carries an access annotation; the host checks XSRF on every write. docs/rest-api.md describes each endpoint.
 */
package org.coachingconversations.confluence.rest;
