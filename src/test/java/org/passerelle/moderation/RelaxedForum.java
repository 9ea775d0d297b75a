package org.passerelle.moderation;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * For tests of the forum itself ({@code @ExtendWith(RelaxedForum.class)} on a Spring test): every member posts straight
 * away and as fast as the test does ({@link ForumSettings#relax()}); the site's settings are put back after each test.
 */
public class RelaxedForum implements BeforeEachCallback, AfterEachCallback {

    @Override
    public void beforeEach(ExtensionContext context) {
        settings(context).relax();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        settings(context).restore();
    }

    private static ForumSettings settings(ExtensionContext context) {
        return SpringExtension.getApplicationContext(context).getBean(ForumSettings.class);
    }
}
