package org.jifen.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.stereotype.Controller;

/**
 * A controller of the people's pages (Thymeleaf views, form login): its errors are Chinese pages ({@link PageErrors}),
 * not JSON problems, and its views get the signed-in user ({@link PageModel}).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Controller
public @interface PageController {
}
