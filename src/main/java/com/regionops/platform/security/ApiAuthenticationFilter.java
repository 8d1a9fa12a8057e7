package com.regionops.platform.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.regionops.platform.web.ProblemHandler;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * HTTP Basic against Camunda's identity for /api/v1/**: the same users, groups and tenants as
 * Tasklist and engine REST. The caller becomes an {@link ApiUser} request attribute, and the
 * engine sees them as the authenticated user for the request, so authorization and tenant
 * checks apply to whatever our API asks of the engine.
 *
 * <p>Our Tasklist plugins call the same API with the person's Tasklist session instead
 * (PLATFORM-NOTES 19: a Basic challenge would open the browser's password dialog): a request
 * without an Authorization header is taken as the session's user, and one that changes anything
 * must carry the session's CSRF token in {@code X-XSRF-TOKEN}, as Camunda's own webapp calls do.
 * Such a call is never answered with a Basic challenge.
 */
public class ApiAuthenticationFilter extends OncePerRequestFilter {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String REALM = "Basic realm=\"RegionOps\", charset=\"UTF-8\"";

  private final IdentityService identityService;

  public ApiAuthenticationFilter(IdentityService identityService) {
    this.identityService = identityService;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String header = request.getHeader("Authorization");
    String fromSession = header == null ? sessionUser(request) : null;
    String userId;
    if (fromSession != null) {
      userId = fromSession;
      if (!SAFE_METHODS.contains(request.getMethod()) && !csrfTokenMatches(request)) {
        refuse(response, HttpServletResponse.SC_FORBIDDEN, "会话校验失败（X-XSRF-TOKEN），请刷新页面后重试");
        return;
      }
    } else {
      String[] credentials = basicCredentials(header);
      if (credentials == null || !identityService.checkPassword(credentials[0], credentials[1])) {
        if (request.getHeader(CsrfConstants.CSRF_TOKEN_HEADER_NAME) != null) {
          refuse(response, HttpServletResponse.SC_UNAUTHORIZED, "登录已过期，请重新登录 Tasklist", false);
        } else {
          unauthorized(response);
        }
        return;
      }
      userId = credentials[0];
    }
    Set<String> groups = identityService.createGroupQuery().groupMember(userId).list().stream()
        .map(Group::getId).collect(Collectors.toSet());
    Set<String> tenants = identityService.createTenantQuery().userMember(userId).includingGroupsOfUser(true).list()
        .stream().map(Tenant::getId).collect(Collectors.toSet());
    request.setAttribute(ApiUser.ATTRIBUTE, new ApiUser(userId, groups, tenants));
    identityService.setAuthentication(userId, List.copyOf(groups), List.copyOf(tenants));
    try {
      chain.doFilter(request, response);
    } finally {
      identityService.clearAuthentication();
    }
  }

  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

  /** The user logged in to the webapps (Tasklist) on the default engine, or null. */
  private static String sessionUser(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session == null) {
      return null;
    }
    Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
    Authentication authentication = authentications == null ? null
        : authentications.getAuthenticationForProcessEngine(ENGINE);
    return authentication instanceof UserAuthentication user ? user.getIdentityId() : null;
  }

  private static boolean csrfTokenMatches(HttpServletRequest request) {
    Object expected = request.getSession().getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME);
    String sent = request.getHeader(CsrfConstants.CSRF_TOKEN_HEADER_NAME);
    return expected instanceof String token && sent != null
        && java.security.MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8));
  }

  private static final String ENGINE = "default";

  /** User and password of an HTTP Basic header, or null when there is none or it is malformed. */
  public static String[] basicCredentials(String header) {
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return null;
    }
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return null;
    }
    int colon = decoded.indexOf(':');
    if (colon <= 0) {
      return null;
    }
    return new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
  }

  private static void unauthorized(HttpServletResponse response) throws IOException {
    refuse(response, HttpServletResponse.SC_UNAUTHORIZED, "请使用 RegionOps 账号登录（HTTP Basic）");
  }

  /** A 401 (with the Basic challenge) or 403 as problem+json, for filters that answer before Spring MVC. */
  public static void refuse(HttpServletResponse response, int status, String detail) throws IOException {
    refuse(response, status, detail, true);
  }

  private static void refuse(HttpServletResponse response, int status, String detail, boolean challenge)
      throws IOException {
    response.setStatus(status);
    if (status == HttpServletResponse.SC_UNAUTHORIZED && challenge) {
      response.setHeader("WWW-Authenticate", REALM);
    }
    response.setContentType("application/problem+json;charset=UTF-8");
    Map<String, Object> problem = new LinkedHashMap<>();
    problem.put("type", ProblemHandler.PROBLEM_BASE + status);
    problem.put("title", org.springframework.http.HttpStatus.valueOf(status).getReasonPhrase());
    problem.put("status", status);
    problem.put("detail", detail);
    response.getWriter().write(JSON.writeValueAsString(problem));
  }
}
