package com.regionops.platform.web;

import com.regionops.platform.security.ApiAuthenticationFilter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * First in the chain: a race or a database outage that escapes any later filter or servlet
 * (the authentication filters look users up in the database; the webapps and engine REST have
 * their own handlers) is answered 409 or 503 as problem+json rather than a 500 or a hang.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class FaultFilter extends OncePerRequestFilter {

  private static final Logger LOG = LoggerFactory.getLogger(FaultFilter.class);

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    try {
      chain.doFilter(request, response);
    } catch (ServletException | RuntimeException e) {
      Faults.Fault fault = Faults.of(e).orElse(null);
      if (fault == null || response.isCommitted()) {
        throw e;
      }
      LOG.warn("{} {} answered {}: {}", request.getMethod(), request.getRequestURI(), fault.status(), e.toString());
      write(response, fault);
    }
  }

  static void write(HttpServletResponse response, Faults.Fault fault) throws IOException {
    response.resetBuffer();
    if (fault.status() == HttpServletResponse.SC_SERVICE_UNAVAILABLE) {
      response.setHeader("Retry-After", "10");
    }
    ApiAuthenticationFilter.refuse(response, fault.status(), fault.message());
  }
}
