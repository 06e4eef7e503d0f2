package pl.vetworkflow.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.web.servlet.HandlerInterceptor;
import pl.vetworkflow.engine.WebappSessions;

/**
 * Access check of the application's own API under /api (a plain Spring controller is not covered by
 * the webapps' login): only members of the given groups. Two ways in:
 * <ul>
 *   <li>the Camunda webapp session (Cockpit/Admin login; the session cookie has path /); a
 *       state-changing request must then carry the webapp's CSRF token in {@code X-XSRF-TOKEN};
 *   <li>HTTP Basic with a Camunda user's id and password (scripts, monitoring).
 * </ul>
 * Group membership is read from the identity service at each request, not from the session's
 * cached groups, so removing someone from a group takes effect at once.
 * Anonymous or wrong credentials: 401; a user outside the groups: 403.
 */
public class ApiAccess implements HandlerInterceptor {
  static final String REALM = "Basic realm=\"vet-workflow\", charset=\"UTF-8\"";
  /** Request attribute holding the id of the user the request was admitted for. */
  public static final String USER_ATTRIBUTE = ApiAccess.class.getName() + ".user";

  private final ProcessEngine engine;
  private final List<String> groups;
  private final String refusal;

  /** @param refusal the 403 message, e.g. "Administrators only" */
  public ApiAccess(ProcessEngine engine, List<String> groups, String refusal) {
    this.engine = engine;
    this.groups = List.copyOf(groups);
    this.refusal = refusal;
  }

  @Override
  public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
      throws Exception {
    String userId;
    String authorization = request.getHeader("Authorization");
    if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
      userId = basicUser(authorization.substring(6).trim());
      if (userId == null) {
        return refuse(response, HttpServletResponse.SC_UNAUTHORIZED, "Wrong user id or password");
      }
    } else {
      HttpSession session = request.getSession(false);
      userId = session == null ? null : sessionUser(session);
      if (userId == null) {
        return refuse(response, HttpServletResponse.SC_UNAUTHORIZED, "Log in (webapp session or HTTP Basic)");
      }
      if (!isSafe(request.getMethod()) && !csrfTokenMatches(request, session)) {
        return refuse(response, HttpServletResponse.SC_FORBIDDEN, "Missing or wrong X-XSRF-TOKEN");
      }
    }
    IdentityService identity = engine.getIdentityService();
    for (String group : groups) {
      if (identity.createUserQuery().userId(userId).memberOfGroup(group).count() > 0) {
        request.setAttribute(USER_ATTRIBUTE, userId);
        return true;
      }
    }
    return refuse(response, HttpServletResponse.SC_FORBIDDEN, refusal);
  }

  private String basicUser(String encoded) {
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return null;
    }
    int colon = decoded.indexOf(':');
    if (colon <= 0) {
      return null;
    }
    String user = decoded.substring(0, colon);
    String password = decoded.substring(colon + 1);
    // the engine delays repeated wrong passwords of a user (login throttling)
    return engine.getIdentityService().checkPassword(user, password) ? user : null;
  }

  private String sessionUser(HttpSession session) {
    return WebappSessions.user(session, engine.getName());
  }

  private static boolean csrfTokenMatches(HttpServletRequest request, HttpSession session) {
    return WebappSessions.csrfTokenMatches(session, request.getHeader(WebappSessions.CSRF_HEADER));
  }

  private static boolean isSafe(String method) {
    String m = method.toUpperCase(Locale.ROOT);
    return m.equals("GET") || m.equals("HEAD") || m.equals("OPTIONS");
  }

  private static boolean refuse(HttpServletResponse response, int status, String reason) throws java.io.IOException {
    if (status == HttpServletResponse.SC_UNAUTHORIZED) {
      response.setHeader("WWW-Authenticate", REALM);
    }
    response.setStatus(status);
    response.setContentType("application/json;charset=UTF-8");
    response.getWriter().write("{\"error\":\"" + reason + "\"}");
    return false;
  }
}
