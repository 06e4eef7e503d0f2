package pl.vetworkflow.engine;

import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;

/**
 * Who is logged in, as the webapps (Tasklist, Cockpit, Admin) and the engine's REST authentication
 * keep it: read from their session and thread state, classes of theirs that are not public API.
 */
public final class WebappSessions {
  /** The header a state-changing webapp request carries its CSRF token in. */
  public static final String CSRF_HEADER = CsrfConstants.CSRF_TOKEN_HEADER_NAME;

  private WebappSessions() {}

  /** The user logged in to the webapps in this session for engine {@code engineName}; null if none. */
  public static String user(HttpSession session, String engineName) {
    if (session == null || session.getAttribute("authenticatedUser") == null) {
      return null;
    }
    var authentication = AuthenticationUtil.getAuthsFromSession(session).getAuthenticationForProcessEngine(engineName);
    return authentication == null ? null : authentication.getName();
  }

  /** Whether {@code given} is this session's webapp CSRF token. */
  public static boolean csrfTokenMatches(HttpSession session, String given) {
    Object expected = session.getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME);
    return expected instanceof String token && given != null
        && MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The groups the engine's current authentication of this thread gives {@code userId} (set by the
   * REST authentication), or null when the thread runs for nobody or for another user.
   */
  public static List<String> currentGroups(IdentityService identity, String userId) {
    Authentication current = identity.getCurrentAuthentication();
    return current != null && userId.equals(current.getUserId()) ? current.getGroupIds() : null;
  }
}
