package org.coachingconversations.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.BeforeClass;
import org.junit.Test;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The app calls no host member the host has deprecated (as far as the stand-ins record it): a deprecated member may
 * go in the next Confluence release, and usually has a supported replacement.
 */
public class DeprecatedHostApiTest {

    private static final String BASE = "org.coachingconversations";

    private static JavaClasses mainClasses;

    @BeforeClass
    public static void importClasses() {
        mainClasses = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(BASE);
    }

    @Test
    public void mainCode_shouldCallNoDeprecatedHostMember() {
        noClasses().that().resideInAPackage(BASE + "..")
                .should().callCodeUnitWhere(describe("a deprecated member of a host type", call ->
                        call.getTargetOwner().getPackageName().startsWith("com.atlassian")
                                && call.getTarget().resolveMember()
                                .map(member -> member.isAnnotatedWith(Deprecated.class)).orElse(false)))
                .because("the blueprint context providers must use AbstractBlueprintContextProvider's supported"
                        + " constructor, and the app no deprecated host API")
                .check(mainClasses);
    }
}
