package org.passerelle.shared.web;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.support.FormattingConversionService;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.handler.ConversionServiceExposingInterceptor;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * Server-rendered public pages: their mapping (visitors only, before the app), their language, and their static
 * files under {@code /assets/}, addressed by a content hash ({@code /assets/public-<md5>.css}, see
 * {@link PageModel}) and cached for a year.
 */
@Configuration(proxyBeanMethods = false)
class PublicPagesConfig implements WebMvcConfigurer {

    static final String ASSETS = "/assets/**";

    @Bean
    PublicPageMapping publicPageMapping(@Qualifier("mvcConversionService") FormattingConversionService conversions) {
        var mapping = new PublicPageMapping();
        mapping.setInterceptors(new ConversionServiceExposingInterceptor(conversions));
        return mapping;
    }

    /** Spring MVC's locale for the public pages (the app has its own, per Vaadin session). */
    @Bean
    LocaleResolver localeResolver() {
        return new PageLanguage();
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler(ASSETS)
                .addResourceLocations("classpath:/META-INF/resources/styles/", "classpath:/META-INF/resources/icons/")
                .setCacheControl(
                        CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
                .resourceChain(true)
                .addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
    }
}
