package org.jifen.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * A full-application test: the real service on a random port, over HTTP, on the database the build chose (H2 or
 * PostgreSQL, see {@link TestDatabase}). Every such test shares one application, so each makes its own village.
 * Uploads are compiled in the service itself rather than first in a separate JVM (a few seconds each, hundreds of
 * uploads); {@code HostilePlanUploadsIT} runs the service as configured, with the separate JVM.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"jifen.admin-password=" + Township.ADMIN_PASSWORD, "jifen.data-dir=target/test-data",
            "jifen.plans.check.isolated=false"})
@ContextConfiguration(initializers = TestDatabase.class)
@Import({Township.class, Statements.class})
public @interface AppTest {
}
