package pl.vetworkflow.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.util.Date;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Sends the messages of one dispatch run. With Spring's {@link JavaMailSenderImpl} (the one Spring
 * Boot configures from {@code spring.mail.*}) one SMTP connection carries many messages; any other
 * {@link JavaMailSender} sends each message on its own.
 */
abstract class SmtpConnection implements AutoCloseable {
  static final int MESSAGES_PER_CONNECTION = 100;

  static SmtpConnection of(JavaMailSender sender) {
    return sender instanceof JavaMailSenderImpl impl ? new Reused(impl) : new PerMessage(sender);
  }

  /** Returns when the server accepted the message; throws otherwise. */
  abstract void send(MimeMessage message) throws MessagingException;

  @Override
  public abstract void close();

  private static final class PerMessage extends SmtpConnection {
    private final JavaMailSender sender;

    PerMessage(JavaMailSender sender) {
      this.sender = sender;
    }

    @Override
    void send(MimeMessage message) {
      sender.send(message);
    }

    @Override
    public void close() {}
  }

  /** Connects like {@link JavaMailSenderImpl} does, but keeps the connection for the next message. */
  private static final class Reused extends SmtpConnection {
    private static final Logger LOG = LoggerFactory.getLogger(SmtpConnection.class);
    private final JavaMailSenderImpl config;
    private Transport transport;
    private int sentOnConnection;

    Reused(JavaMailSenderImpl config) {
      this.config = config;
    }

    @Override
    void send(MimeMessage message) throws MessagingException {
      prepare(message);
      boolean reused = transport != null && sentOnConnection > 0;
      try {
        connected().sendMessage(message, message.getAllRecipients());
      } catch (SendFailedException e) {
        throw e; // the server refused this message (recipient): the connection is fine
      } catch (MessagingException | RuntimeException e) {
        disconnect();
        if (!reused) {
          throw e;
        }
        // the server may have dropped an idle or busy connection: once more on a fresh one
        LOG.debug("SMTP connection lost after {} message(s), reconnecting: {}", sentOnConnection, e.getMessage());
        connected().sendMessage(message, message.getAllRecipients());
      }
      if (++sentOnConnection >= MESSAGES_PER_CONNECTION) {
        disconnect();
      }
    }

    /** What {@link JavaMailSenderImpl} does before sending: date, headers, explicit Message-ID kept. */
    private static void prepare(MimeMessage message) throws MessagingException {
      if (message.getSentDate() == null) {
        message.setSentDate(new Date());
      }
      String messageId = message.getMessageID();
      message.saveChanges();
      if (messageId != null) {
        message.setHeader("Message-ID", messageId);
      }
    }

    private Transport connected() throws MessagingException {
      if (transport == null || !transport.isConnected()) {
        String protocol = config.getProtocol() == null ? "smtp" : config.getProtocol();
        Transport fresh = config.getSession().getTransport(protocol);
        fresh.connect(config.getHost(), config.getPort(), blankToNull(config.getUsername()),
            blankToNull(config.getPassword()));
        transport = fresh;
        sentOnConnection = 0;
      }
      return transport;
    }

    private void disconnect() {
      if (transport != null) {
        try {
          transport.close();
        } catch (MessagingException e) {
          LOG.debug("Closing the SMTP connection failed: {}", e.getMessage());
        }
        transport = null;
      }
    }

    @Override
    public void close() {
      disconnect();
    }

    private static String blankToNull(String s) {
      return s == null || s.isEmpty() ? null : s;
    }
  }
}
