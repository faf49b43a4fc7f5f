package org.coachingconversations.sandbox.plugin;

import com.atlassian.confluence.macro.Macro;

/** An {@code xhtml-macro} module with the instance the sandbox created, as Confluence creates one per module. */
public record MacroModule(String name, String key, Macro macro) {
}
