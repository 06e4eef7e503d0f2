package pl.vetworkflow.notification;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import pl.vetworkflow.config.VetProperties;

/** Links into Tasklist built from the configured public base URL ({@code vet.public-base-url}). */
@Component
public class TaskLinks {
  private final String tasklist;
  private final String host;

  public TaskLinks(VetProperties properties,
      @Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath,
      @Value("${camunda.bpm.process-engine-name:default}") String engineName) {
    URI base = parseBase(properties.publicBaseUrl());
    String baseText = base.toString().replaceAll("/+$", "");
    String path = webappPath == null || webappPath.isBlank() ? "" : "/" + webappPath.replaceAll("^/+|/+$", "");
    this.tasklist = baseText + path + "/app/tasklist/" + engineName + "/#/?task=";
    this.host = base.getHost();
  }

  /** Direct link to one task in Tasklist. */
  public String task(String taskId) {
    return tasklist + URLEncoder.encode(taskId, StandardCharsets.UTF_8);
  }

  /** Tasklist's start page: the user's task list. */
  public String tasklist() {
    return tasklist.substring(0, tasklist.length() - "?task=".length());
  }

  /** Host name of the public address (domain part of the messages' Message-ID). */
  public String host() {
    return host;
  }

  static URI parseBase(String value) {
    String hint = "vet.public-base-url (VET_PUBLIC_BASE_URL) must be the absolute http(s) address users open,"
        + " e.g. https://vet.example.pl; it is used for the links in notification e-mails";
    if (value == null || value.isBlank()) {
      throw new IllegalStateException(hint + " (it is empty)");
    }
    try {
      URI uri = new URI(value.trim());
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
      if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null
          || uri.getQuery() != null || uri.getFragment() != null || uri.getUserInfo() != null) {
        throw new IllegalStateException(hint + " (it is '" + value + "')");
      }
      return uri;
    } catch (URISyntaxException e) {
      throw new IllegalStateException(hint + " (it is '" + value + "': " + e.getMessage() + ")", e);
    }
  }
}
