package org.passerelle.shared;

import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

@Configuration(proxyBeanMethods = false)
@EnableAsync
@EnableScheduling
@EnableConfigurationProperties(PasserelleProperties.class)
class PlatformConfig {

    /** Inject this, never call {@code Instant.now()}: tests replace it. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
