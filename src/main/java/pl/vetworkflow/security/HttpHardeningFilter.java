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
 * configured, HSTS on every response. A scan attached to a case ({@code POST /api/.../documents})
 * may be larger: its own limit, refused with a Polish message for the person attaching it.
 */
public class HttpHardeningFilter extends HttpFilter {
  /** What a multipart request carries besides the file: its parts' headers and the other fields. */
  static final long UPLOAD_ENVELOPE_BYTES = 64 * 1024;

  private final long maxRequestBytes;
  private final long maxUploadBytes;
  private final String hsts;

  /** @param maxUploadFileBytes the largest file a person may attach to a case */
  public HttpHardeningFilter(VetProperties.Security security, long maxUploadFileBytes) {
    this.maxRequestBytes = security.maxRequestBytes();
    this.maxUploadBytes = Math.max(maxRequestBytes, maxUploadFileBytes + UPLOAD_ENVELOPE_BYTES);
    this.hsts = security.hstsMaxAgeSeconds() > 0
        ? "max-age=" + security.hstsMaxAgeSeconds() + "; includeSubDomains" : null;
  }

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (hsts != null) {
      response.setHeader("Strict-Transport-Security", hsts);
    }
    boolean upload = isUpload(request);
    long limit = upload ? maxUploadBytes : maxRequestBytes;
    if (maxRequestBytes > 0 && request.getContentLengthLong() > limit) {
      if (upload) {
        response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        response.setContentType("application/json;charset=UTF-8");
        response.getWriter().write("{\"error\":\"„Plik”: plik jest za duży, dołączyć można plik do "
            + (limit - UPLOAD_ENVELOPE_BYTES) / (1024 * 1024) + " MB. Zeskanuj dokument w niższej rozdzielczości.\"}");
      } else {
        response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
            "Request body larger than " + limit + " bytes");
      }
      return;
    }
    // chunked bodies have no length up front: count while reading
    chain.doFilter(maxRequestBytes > 0 && request.getContentLengthLong() < 0
        ? new LimitedRequest(request, limit) : request, response);
  }

  private static boolean isUpload(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return "POST".equalsIgnoreCase(request.getMethod()) && path.startsWith("/api/")
        && (path.equals("/api/documents") || path.endsWith("/documents"));
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
