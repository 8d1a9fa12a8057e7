package com.regionops.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Cockpit's data ({@code /camunda/api/cockpit/plugin/{plugin}/{engine}/...}) only for users who may
 * open Cockpit (camunda-admin). Camunda's own rule for these paths asks only for a webapp login, so
 * a Tasklist user's session read process statistics, instances and incidents within their engine
 * authorizations. The plugins' static files stay public (the login page loads them); a request
 * without a login is left to Camunda, which answers 401.
 */
class CockpitAccessFilter extends OncePerRequestFilter {

  static final String COCKPIT = "cockpit";

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String engine = engineOf(request.getRequestURI().substring(request.getContextPath().length()));
    HttpSession session = request.getSession(false);
    if (engine != null && session != null) {
      Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
      Authentication authentication = authentications == null ? null
          : authentications.getAuthenticationForProcessEngine(engine);
      if (authentication instanceof UserAuthentication user && !user.isAuthorizedForApp(COCKPIT)) {
        ApiAuthenticationFilter.refuse(response, HttpServletResponse.SC_FORBIDDEN,
            "仅流程管理员（camunda-admin）可查看 Cockpit 数据");
        return;
      }
    }
    chain.doFilter(request, response);
  }

  /** The engine of a plugin data path, or null for the plugins' static files and anything else. */
  static String engineOf(String path) {
    // /camunda/api/cockpit/plugin/{plugin}/{engine}/...
    String[] parts = path.split("/");
    int plugin = java.util.Arrays.asList(parts).indexOf("plugin");
    if (plugin < 0 || parts.length <= plugin + 2 || "static".equals(parts[plugin + 2])) {
      return null;
    }
    return parts[plugin + 2];
  }
}
