package pl.vetworkflow.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import pl.vetworkflow.config.VetProperties;

/**
 * Request-size limit for every endpoint (Tomcat limits only form posts; REST takes JSON) and, when
 * configured, HSTS on every response.
 */
public class HttpHardeningFilter extends HttpFilter {
  private final long maxRequestBytes;
  private final String hsts;

  public HttpHardeningFilter(VetProperties.Security security) {
    this.maxRequestBytes = security.maxRequestBytes();
    this.hsts = security.hstsMaxAgeSeconds() > 0
        ? "max-age=" + security.hstsMaxAgeSeconds() + "; includeSubDomains" : null;
  }

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (hsts != null) {
      response.setHeader("Strict-Transport-Security", hsts);
    }
    if (maxRequestBytes > 0 && request.getContentLengthLong() > maxRequestBytes) {
      response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
          "Request body larger than " + maxRequestBytes + " bytes");
      return;
    }
    // chunked bodies have no length up front: count while reading
    chain.doFilter(maxRequestBytes > 0 && request.getContentLengthLong() < 0
        ? new LimitedRequest(request, maxRequestBytes) : request, response);
  }

  private static final class LimitedRequest extends HttpServletRequestWrapper {
    private final long limit;
    private ServletInputStream stream;

    LimitedRequest(HttpServletRequest request, long limit) {
      super(request);
      this.limit = limit;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (stream == null) {
        stream = new LimitedStream(super.getInputStream(), limit);
      }
      return stream;
    }
  }

  private static final class LimitedStream extends ServletInputStream {
    private final ServletInputStream in;
    private final long limit;
    private long read;

    LimitedStream(ServletInputStream in, long limit) {
      this.in = in;
      this.limit = limit;
    }

    @Override
    public int read() throws IOException {
      int b = in.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = in.read(buffer, offset, length);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    private void count(int n) throws IOException {
      read += n;
      if (read > limit) {
        throw new IOException("Request body larger than " + limit + " bytes");
      }
    }

    @Override
    public boolean isFinished() {
      return in.isFinished();
    }

    @Override
    public boolean isReady() {
      return in.isReady();
    }

    @Override
    public void setReadListener(ReadListener listener) {
      in.setReadListener(listener);
    }
  }
}
