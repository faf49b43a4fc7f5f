package org.coachingconversations.architecture;

import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.security.ContentPermission;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.event.api.EventListener;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import org.junit.Test;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * Details of the compile-only stand-ins that code compiled against them could come to depend on (an enum's order, a
 * constructor's visibility, an annotation's elements, an overload), as the host declares them. Where each was
 * checked is named in the stand-in's javadoc.
 */
public class StandInShapeTest {

    @Test
    public void macroEnums_shouldDeclareTheirConstantsInTheHostsOrder() {
        // Given / When
        List<Macro.BodyType> bodyTypes = List.of(Macro.BodyType.values());
        List<Macro.OutputType> outputTypes = List.of(Macro.OutputType.values());

        // Then
        assertEquals(List.of(Macro.BodyType.PLAIN_TEXT, Macro.BodyType.RICH_TEXT, Macro.BodyType.NONE), bodyTypes);
        assertEquals(List.of(Macro.OutputType.INLINE, Macro.OutputType.BLOCK), outputTypes);
    }

    @Test
    public void contentPermission_shouldHaveTheHostsConstructors() throws NoSuchMethodException {
        // Given / When
        Constructor<ContentPermission> noArgument = ContentPermission.class.getDeclaredConstructor();
        Constructor<ContentPermission> copy = ContentPermission.class.getDeclaredConstructor(ContentPermission.class);
        Constructor<ContentPermission> typed = ContentPermission.class.getDeclaredConstructor(String.class,
                String.class, ConfluenceUser.class);

        // Then
        assertTrue(Modifier.isPublic(noArgument.getModifiers()));
        assertTrue(Modifier.isPublic(copy.getModifiers()));
        assertTrue(Modifier.isProtected(typed.getModifiers()));
        assertEquals(3, ContentPermission.class.getDeclaredConstructors().length);
    }

    @Test
    public void eventListener_shouldHaveTheOptionalScopeElement() throws NoSuchMethodException {
        // Given / When
        Method scope = EventListener.class.getDeclaredMethod("scope");

        // Then
        assertEquals(String.class, scope.getReturnType());
        assertEquals("", scope.getDefaultValue());
    }

    @Test
    public void userManager_shouldFindProfilesByNameAndByKey() throws NoSuchMethodException {
        // Given / When
        Method byName = UserManager.class.getDeclaredMethod("getUserProfile", String.class);
        Method byKey = UserManager.class.getDeclaredMethod("getUserProfile", UserKey.class);

        // Then
        assertEquals(UserProfile.class, byName.getReturnType());
        assertEquals(UserProfile.class, byKey.getReturnType());
    }
}
