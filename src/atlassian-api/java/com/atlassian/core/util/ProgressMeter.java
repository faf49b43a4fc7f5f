package com.atlassian.core.util;

/**
 * Compile-only stand-in: only the type is needed, as a parameter of the space-removal event's constructor.
 * Named as {@code com.atlassian.core.util.ProgressMeter} (a class) on
 * https://docs.atlassian.com/atlassian-confluence/6.3.3/com/atlassian/confluence/event/events/space/SpaceRemoveEvent.html
 */
public class ProgressMeter {
}
