package pl.vetworkflow.formoptions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import pl.vetworkflow.engine.WebappSessions;

/**
 * Gives each user the deployed Camunda Form with the choices that user may make. Tasklist renders
 * start forms without any data from the engine (it never asks for form variables), so the choices
 * cannot come from variables: they are written into the form itself as it is fetched, in Tasklist
 * ({@code /camunda/api/engine/...}) and over REST ({@code /engine-rest/...}) alike.
 *
 * <p>Only successful responses are changed: a request the engine refused (no login, no permission)
 * passes through untouched, so the user of an {@code /engine-rest} request is the one its HTTP Basic
 * header names, already checked by the REST authentication filter.
 */
public class DeployedFormOptionsFilter extends OncePerRequestFilter {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final ProcessEngine engine;
  private final FormOptions options;

  public DeployedFormOptionsFilter(ProcessEngine engine, FormOptions options) {
    this.engine = engine;
    this.options = options;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = request.getRequestURI();
    return !"GET".equals(request.getMethod())
        || !(path.endsWith("/deployed-start-form") || path.endsWith("/deployed-form"));
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
    chain.doFilter(request, wrapper);
    String userId = wrapper.getStatus() == HttpServletResponse.SC_OK ? userId(request) : null;
    if (userId != null) {
      JsonNode form = parse(wrapper.getContentAsByteArray());
      if (form != null && form.has("components")) {
        options.personalize(form, new FormUser(userId, groups(userId)));
        wrapper.resetBuffer();
        wrapper.getOutputStream().write(JSON.writeValueAsBytes(form));
      }
    }
    wrapper.copyBodyToResponse();
  }

  private String userId(HttpServletRequest request) {
    String authorization = request.getHeader("Authorization");
    if (request.getRequestURI().startsWith(request.getContextPath() + "/engine-rest/")) {
      return authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)
          ? basicUser(authorization.substring(6).trim()) : null;
    }
    return WebappSessions.user(request.getSession(false), engine.getName());
  }

  private static String basicUser(String encoded) {
    try {
      String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      return colon > 0 ? decoded.substring(0, colon) : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private List<String> groups(String userId) {
    IdentityService identity = engine.getIdentityService();
    List<String> current = WebappSessions.currentGroups(identity, userId);
    if (current != null) {
      return current; // inside the REST authentication: a group query would be authorization-checked
    }
    return identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
  }

  private static JsonNode parse(byte[] body) {
    try {
      return JSON.readTree(body);
    } catch (IOException e) {
      return null; // not a Camunda Form (an embedded or external form): left as it is
    }
  }
}
