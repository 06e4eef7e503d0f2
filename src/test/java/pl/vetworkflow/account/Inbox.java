package pl.vetworkflow.account;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What GreenMail received for an address: subjects, the text part, the one-time link in it. */
final class Inbox {
  private static final Pattern LINK = Pattern.compile("http://localhost:8080(/account/password\\?token=[A-Za-z0-9_-]+)");

  private Inbox() {}

  static List<MimeMessage> to(GreenMail greenMail, String address) {
    return Arrays.stream(greenMail.getReceivedMessages()).filter(m -> recipient(m).equalsIgnoreCase(address)).toList();
  }

  static String recipient(MimeMessage message) {
    try {
      return ((InternetAddress) message.getAllRecipients()[0]).getAddress();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static String text(Part part) {
    return find(part, "text/plain");
  }

  static String html(Part part) {
    return find(part, "text/html");
  }

  private static String find(Part part, String type) {
    try {
      if (part.isMimeType(type)) {
        return (String) part.getContent();
      }
      if (part.getContent() instanceof Multipart multipart) {
        for (int i = 0; i < multipart.getCount(); i++) {
          String found = find(multipart.getBodyPart(i), type);
          if (found != null) {
            return found;
          }
        }
      }
      return null;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** The path (with its token) of the set-password link in the message, as the test server serves it. */
  static String linkPath(MimeMessage message) {
    Matcher m = LINK.matcher(text(message));
    if (!m.find()) {
      throw new AssertionError("no set-password link in: " + text(message));
    }
    return m.group(1);
  }

  static String token(String linkPath) {
    return linkPath.substring(linkPath.indexOf("token=") + "token=".length());
  }
}
