package pl.vetworkflow.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;

/**
 * Refuses the webapps' "create the first admin" endpoint. In 7.24.0 CE it accepts an anonymous
 * request whenever camunda-admin has no direct member (CVE-2026-77226); this product creates its
 * administrator from configuration, so the endpoint has no legitimate use.
 */
public class SetupEndpointGuard extends HttpFilter {
  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    // normalise: no case tricks, no doubled slashes, no path parameters (;jsessionid=...)
    String path = request.getRequestURI().substring(request.getContextPath().length())
        .toLowerCase(Locale.ROOT).replaceAll(";[^/]*", "").replaceAll("/{2,}", "/");
    if (path.contains("/api/admin/setup")) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN, "Setup is disabled");
      return;
    }
    chain.doFilter(request, response);
  }
}
