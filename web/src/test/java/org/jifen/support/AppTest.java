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
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"jifen.admin-password=" + Township.ADMIN_PASSWORD, "jifen.data-dir=target/test-data"})
@ContextConfiguration(initializers = TestDatabase.class)
@Import(Township.class)
public @interface AppTest {
}
