package org.passerelle;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.context.TestPropertySource;

/**
 * An {@link IntegrationTest} whose mail goes to an SMTP server on 127.0.0.1:3025: register
 * {@code GreenMailSupport.server()} in the test class to receive it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@IntegrationTest
@TestPropertySource(locations = "classpath:greenmail.properties")
public @interface MailIntegrationTest {}
