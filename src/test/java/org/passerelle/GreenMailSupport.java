package org.passerelle;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/** A GreenMail SMTP server on port 3025 (the test profile's mail server) and helpers to read what arrived. */
public final class GreenMailSupport {

    private static final Pattern LINK = Pattern.compile("http://localhost:\\d+/\\S+");

    private GreenMailSupport() {}

    public static GreenMailExtension server() {
        return new GreenMailExtension(ServerSetupTest.SMTP).withPerMethodLifecycle(false);
    }

    /** Waits (bounded) for a mail to this address and returns the latest one. */
    public static MimeMessage awaitMailTo(GreenMailExtension greenMail, String recipient) {
        var deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline) {
            var found = mailsTo(greenMail, recipient);
            if (!found.isEmpty()) {
                return found.getLast();
            }
            greenMail.waitForIncomingEmail(500, greenMail.getReceivedMessages().length + 1);
        }
        throw new AssertionError("No mail to " + recipient + " within 30 s");
    }

    /**
     * Waits (bounded) until this address has received at least {@code count} mails with this subject, and returns
     * the latest of them. Other mails to the same address (sent asynchronously, in any order) do not count.
     */
    public static MimeMessage awaitMail(GreenMailExtension greenMail, String recipient, String subject, int count) {
        var deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline) {
            var found = mailsTo(greenMail, recipient).stream()
                    .filter(m -> subject.equals(subject(m)))
                    .toList();
            if (found.size() >= count) {
                return found.getLast();
            }
            greenMail.waitForIncomingEmail(500, greenMail.getReceivedMessages().length + 1);
        }
        throw new AssertionError(count + " mail(s) \"" + subject + "\" to " + recipient + " expected within 30 s");
    }

    public static List<MimeMessage> mailsTo(GreenMailExtension greenMail, String recipient) {
        return Arrays.stream(greenMail.getReceivedMessages())
                .filter(m -> recipients(m).contains(recipient))
                .toList();
    }

    public static String body(MimeMessage message) {
        try {
            return String.valueOf(message.getContent());
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first link in the mail's body. */
    public static String link(MimeMessage message) {
        var matcher = LINK.matcher(body(message));
        if (!matcher.find()) {
            throw new AssertionError("No link in mail: " + body(message));
        }
        return matcher.group();
    }

    /** The token query parameter of the first link in the mail. */
    public static String token(MimeMessage message) {
        var link = link(message);
        return link.substring(link.indexOf("token=") + "token=".length());
    }

    private static String recipients(MimeMessage message) {
        try {
            return Arrays.toString(message.getRecipients(Message.RecipientType.TO));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
