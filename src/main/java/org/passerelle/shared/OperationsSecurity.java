package org.passerelle.shared;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.expression.WebExpressionAuthorizationManager;

/**
 * Who may read the operations endpoints: {@code /actuator/health} anyone (its status only; details need an
 * administrator), everything else ({@code /actuator/prometheus}, {@code /actuator/info}) the machine itself and
 * private networks only (the monitoring system; the public reverse proxy must not forward {@code /actuator}).
 */
@Configuration(proxyBeanMethods = false)
class OperationsSecurity {

    static final String PRIVATE_NETWORKS = "hasIpAddress('127.0.0.1') or hasIpAddress('::1')"
            + " or hasIpAddress('10.0.0.0/8') or hasIpAddress('172.16.0.0/12') or hasIpAddress('192.168.0.0/16')";

    @Bean
    @Order(2)
    SecurityFilterChain operations(HttpSecurity http) throws Exception {
        http.securityMatcher("/actuator/**")
                .authorizeHttpRequests(requests -> requests.requestMatchers("/actuator/health", "/actuator/health/**")
                        .permitAll()
                        .anyRequest()
                        .access(new WebExpressionAuthorizationManager(PRIVATE_NETWORKS)))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable());
        return http.build();
    }
}
