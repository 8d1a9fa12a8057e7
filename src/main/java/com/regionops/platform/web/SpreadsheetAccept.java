package com.regionops.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code Accept: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet} on a list the
 * department keeps in Excel answers with its {@code .xlsx} sibling ({@code /kpi} → {@code /kpi.xlsx}).
 * Done by path rather than by produces-conditions on the handlers: with {@code Accept: *}{@code /*}
 * Spring would prefer a handler that names a type, and every JSON client would get a workbook.
 */
@Component
public class SpreadsheetAccept extends OncePerRequestFilter {

  static final List<Pattern> LISTS = List.of(
      Pattern.compile("/api/v1/projects/[^/]+/plan"),
      Pattern.compile("/api/v1/certificates"),
      Pattern.compile("/api/v1/regions/[^/]+/target-decompositions/[^/]+/[^/]+"),
      Pattern.compile("/api/v1/risk/checks/[^/.]+"),
      Pattern.compile("/api/v1/kpi"));

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String accept = request.getHeader("Accept");
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if ("GET".equals(request.getMethod()) && accept != null && accept.contains(Downloads.XLSX)
        && LISTS.stream().anyMatch(p -> p.matcher(path).matches())) {
      String sibling = request.getRequestURI() + ".xlsx";
      chain.doFilter(new HttpServletRequestWrapper(request) {
        @Override
        public String getRequestURI() {
          return sibling;
        }

        @Override
        public StringBuffer getRequestURL() {
          StringBuffer url = super.getRequestURL();
          return url.append(".xlsx");
        }

        @Override
        public String getServletPath() {
          return super.getServletPath().isEmpty() ? "" : super.getServletPath() + ".xlsx";
        }
      }, response);
      return;
    }
    chain.doFilter(request, response);
  }
}
