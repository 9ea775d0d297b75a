package org.passerelle.directory.ui;

import java.util.regex.Pattern;

/** The same rule as {@code ProfileLink}'s constraint, for the editor's immediate feedback. */
final class Links {

    private static final Pattern HTTP = Pattern.compile("https?://[^\\s<>\"]+");

    private Links() {}

    static boolean valid(String url) {
        return url != null && url.length() <= 500 && HTTP.matcher(url).matches();
    }
}
