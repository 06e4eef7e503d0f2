package pl.vetworkflow.notification;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reading what GreenMail received: recipients, parts, headers. */
final class Mails {
  private Mails() {}

  /** Messages whose subject contains {@code marker} (e.g. the business key of the test's case). */
  static List<MimeMessage> about(GreenMail greenMail, String marker) {
    return Arrays.stream(greenMail.getReceivedMessages()).filter(m -> subject(m).contains(marker)).toList();
  }

  static String subject(MimeMessage message) {
    try {
      return message.getSubject() == null ? "" : message.getSubject();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  static String to(MimeMessage message) {
    try {
      var recipients = message.getAllRecipients();
      if (recipients == null || recipients.length != 1) {
        throw new AssertionError("expected exactly one recipient, got " + Arrays.toString(recipients));
      }
      return ((InternetAddress) recipients[0]).getAddress();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Recipient address → number of messages. */
  static Map<String, Long> countByRecipient(List<MimeMessage> messages) {
    return messages.stream().collect(Collectors.groupingBy(Mails::to, Collectors.counting()));
  }

  static <K> Map<K, Long> countBy(List<MimeMessage> messages, Function<MimeMessage, K> key) {
    return messages.stream().collect(Collectors.groupingBy(key, Collectors.counting()));
  }

  static String header(MimeMessage message, String name) {
    try {
      return message.getHeader(name, ",");
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  static String text(MimeMessage message) {
    return part(message, "text/plain");
  }

  static String html(MimeMessage message) {
    return part(message, "text/html");
  }

  private static String part(Part part, String type) {
    try {
      if (part.isMimeType(type)) {
        return (String) part.getContent();
      }
      if (part.isMimeType("multipart/*")) {
        Multipart multipart = (Multipart) part.getContent();
        for (int i = 0; i < multipart.getCount(); i++) {
          BodyPart body = multipart.getBodyPart(i);
          String found = part(body, type);
          if (found != null) {
            return found;
          }
        }
      }
      return null;
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
