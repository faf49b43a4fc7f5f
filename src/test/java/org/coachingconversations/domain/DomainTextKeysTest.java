package org.coachingconversations.domain;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.coachingconversations.testing.i18n.BundleI18nResolver;
import org.junit.Test;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

/**
 * Domain enums name their text by key ({@code nameKey()}, {@code textKey()}, ...). Keys built by concatenation escape
 * the descriptor test's scan, so every constant's keys are resolved here against the shipped bundles.
 */
public class DomainTextKeysTest {

    @Test
    public void everyKeyADomainEnumNames_shouldBeInTheBundles() throws Exception {
        // Given
        BundleI18nResolver bundles = BundleI18nResolver.fromDescriptor();
        Set<String> checked = new TreeSet<>();
        Set<String> missing = new TreeSet<>();

        // When
        for (JavaClass javaClass : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.coachingconversations.domain")) {
            Class<?> type = javaClass.reflect();
            if (!type.isEnum()) {
                continue;
            }
            for (Method method : type.getMethods()) {
                if (method.getName().endsWith("Key") && method.getParameterCount() == 0
                        && method.getReturnType() == String.class && !Modifier.isStatic(method.getModifiers())) {
                    for (Object constant : type.getEnumConstants()) {
                        String key = (String) method.invoke(constant);
                        checked.add(key);
                        if (!bundles.hasKey(key)) {
                            missing.add(type.getSimpleName() + "." + constant + "." + method.getName() + "() = " + key);
                        }
                    }
                }
            }
        }

        // Then
        assertFalse("No enum keys found; the scan is broken", checked.isEmpty());
        assertEquals(List.of(), List.copyOf(missing));
    }
}
