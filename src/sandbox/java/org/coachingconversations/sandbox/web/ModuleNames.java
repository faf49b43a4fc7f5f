package org.coachingconversations.sandbox.web;

import org.coachingconversations.sandbox.plugin.PluginModule;
import org.coachingconversations.testing.i18n.BundleI18nResolver;

/**
 * How the Plugin modules page names a module: the text of its i18n name key (web items, blueprints, content
 * templates name themselves by key), a macro by its macro-browser label and name, anything else as declared.
 */
final class ModuleNames {

    private final BundleI18nResolver i18n = BundleI18nResolver.fromDescriptor();
    private final MacroBrowser macros;

    ModuleNames(MacroBrowser macros) {
        this.macros = macros;
    }

    String of(PluginModule module) {
        String name = module.name() == null ? "" : module.name();
        if (module.type().equals("xhtml-macro")) {
            String label = macros.label(name);
            return label.equals(name) ? name : label + " (" + name + ")";
        }
        return !name.isEmpty() && i18n.hasKey(name) ? i18n.getText(name) : name;
    }
}
