package pl.vetworkflow.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Base64;

/**
 * Real HTTP against the running test application: /engine-rest with HTTP Basic, and the webapps'
 * own API with a logged-in session (XSRF token re-read before each POST, as the webapps do).
 */
public final class Http {
  private final String baseUrl;
  private final HttpClient client;
  private final CookieManager cookies = new CookieManager();
  private String basicAuth;

  private Http(int port) {
    this.baseUrl = "http://localhost:" + port;
    this.client = HttpClient.newBuilder().cookieHandler(cookies).build();
  }

  /** Anonymous client. */
  public static Http anonymous(int port) {
    return new Http(port);
  }

  /** Client sending HTTP Basic credentials on every request (integrators' way into /engine-rest). */
  public static Http basic(int port, String user, String password) {
    Http http = new Http(port);
    http.basicAuth = "Basic " + Base64.getEncoder()
        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    return http;
  }

  /** Client logged in to a webapp (tasklist, cockpit, admin) like a browser. */
  public static Http webappSession(int port, String app, String user, String password) {
    Http http = new Http(port);
    http.get("/camunda/app/" + app + "/");
    HttpResponse<String> login = http.postForm("/camunda/api/admin/auth/user/default/login/" + app,
        "username=" + enc(user) + "&password=" + enc(password));
    if (login.statusCode() != 200) {
      throw new IllegalStateException("login of " + user + " to " + app + " failed: " + login.statusCode());
    }
    return http;
  }

  public HttpResponse<String> get(String path) {
    return send(request(path).GET());
  }

  /** GET asking for HAL, as Tasklist reads a task (with its process definition embedded). */
  public HttpResponse<String> getHal(String path) {
    return send(request(path).setHeader("Accept", "application/hal+json").GET());
  }

  public HttpResponse<String> postJson(String path, String json) {
    return send(request(path).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  /** POST of a JSON body asking for HAL, as Tasklist lists a filter's tasks (with their card variables). */
  public HttpResponse<String> postJsonForHal(String path, String json) {
    return send(request(path).header("Content-Type", "application/json").setHeader("Accept", "application/hal+json")
        .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  public HttpResponse<String> putJson(String path, String json) {
    return send(request(path).header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString(json)));
  }

  public HttpResponse<String> postForm(String path, String form) {
    return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form)));
  }

  /** A multipart form as a browser sends it: text fields and one file in the part {@code file}. */
  public HttpResponse<String> postFile(String path, Map<String, String> fields, String fileName, String contentType,
      byte[] content) {
    String boundary = "----vet" + java.util.UUID.randomUUID();
    java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
    fields.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
        + name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
    body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
        + "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    body.writeBytes(content);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
  }

  /** The body as bytes (a downloaded file). */
  public HttpResponse<byte[]> getBytes(String path) {
    try {
      return client.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path))
        .header("Accept", "application/json, text/plain, */*");
    if (basicAuth != null) {
      builder.header("Authorization", basicAuth);
    }
    String xsrf = cookie("XSRF-TOKEN");
    if (xsrf != null) {
      builder.header("X-XSRF-TOKEN", xsrf);
    }
    return builder;
  }

  private String cookie(String name) {
    return cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals(name)).map(HttpCookie::getValue).findFirst().orElse(null);
  }

  private HttpResponse<String> send(HttpRequest.Builder builder) {
    try {
      return client.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
