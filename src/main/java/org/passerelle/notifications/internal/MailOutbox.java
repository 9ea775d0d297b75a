package org.passerelle.notifications.internal;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import org.passerelle.notifications.OutboxMail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.task.TaskExecutor;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox: mails are stored in the database first, then sent by this dispatcher — right after the storing
 * transaction commits, and again on a schedule for those whose earlier attempts failed. When no SMTP server is
 * configured ({@code spring.mail.host} unset), mails go to the log and stay readable in the dev outbox.
 */
@Component
public class MailOutbox {

    private static final Logger log = LoggerFactory.getLogger(MailOutbox.class);
    private static final int BATCH = 50;

    private final OutgoingMailRepository mails;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final TransactionTemplate transactions;
    private final TaskExecutor executor;
    private final Clock clock;
    private final String from;
    private final ReentrantLock sending = new ReentrantLock();
    private final AtomicBoolean requested = new AtomicBoolean();

    MailOutbox(
            OutgoingMailRepository mails,
            ObjectProvider<JavaMailSender> mailSender,
            TransactionTemplate transactions,
            @Qualifier("applicationTaskExecutor") TaskExecutor executor,
            Clock clock,
            @Value("${passerelle.mail.from}") String from) {
        this.mails = mails;
        this.mailSender = mailSender;
        this.transactions = transactions;
        this.executor = executor;
        this.clock = clock;
        this.from = from;
    }

    /** Stores the mail in the current transaction; it is sent once that transaction commits. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void enqueue(ComposedMail mail) {
        mails.save(new OutgoingMail(mail, clock.instant()));
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                executor.execute(MailOutbox.this::sendDue);
            }
        });
    }

    public boolean logMode() {
        return mailSender.getIfAvailable() == null;
    }

    public List<OutboxMail> latest(Pageable page) {
        var withBody = logMode();
        return mails.latest(page).stream().map(m -> m.toDetails(withBody)).toList();
    }

    public long count() {
        return mails.count();
    }

    /** Sends every mail that is due. Concurrent calls coalesce: one runs, the others ask it to run again. */
    @Scheduled(fixedDelayString = "${passerelle.mail.retry-interval:30s}")
    public void sendDue() {
        requested.set(true);
        while (requested.get() && sending.tryLock()) {
            try {
                requested.set(false);
                List<Long> due;
                do {
                    due = mails.findDue(clock.instant(), PageRequest.of(0, BATCH));
                    due.forEach(this::sendOne);
                } while (due.size() == BATCH);
            } finally {
                sending.unlock();
            }
        }
    }

    private void sendOne(Long id) {
        // locked and checked again: with several application nodes, each mail is sent by one of them
        transactions.executeWithoutResult(tx -> mails.lockById(id)
                .filter(m -> m.dueAt(clock.instant()))
                .ifPresent(mail -> {
                    var sender = mailSender.getIfAvailable();
                    if (sender == null) {
                        log.info(
                                "Mail (no SMTP server configured, see the admin Dev outbox)\nTo: {}\nSubject: {}\n\n{}",
                                mail.recipient(),
                                mail.subject(),
                                mail.body());
                        mail.logged(clock.instant());
                        return;
                    }
                    try {
                        var message = new SimpleMailMessage();
                        message.setFrom(from);
                        message.setTo(mail.recipient());
                        message.setSubject(mail.subject());
                        message.setText(mail.body());
                        sender.send(message);
                        mail.sent(clock.instant());
                    } catch (RuntimeException e) {
                        mail.failed(e.getClass().getSimpleName() + ": " + e.getMessage(), clock.instant());
                        log.warn("Mail {} to {} not sent, will retry: {}", id, mail.recipient(), e.getMessage());
                    }
                }));
    }
}
