package org.passerelle.shared;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Site-wide settings ({@code passerelle.*}).
 *
 * @param baseUrl the public address of the site, used in links sent by e-mail
 */
@ConfigurationProperties("passerelle")
public record PasserelleProperties(String baseUrl) {

    /** The absolute address of a path of this site, e.g. {@code link("verify-email?token=x")}. */
    public String link(String path) {
        var base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        return base + "/" + (path.startsWith("/") ? path.substring(1) : path);
    }
}
