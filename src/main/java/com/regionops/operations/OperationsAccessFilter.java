package com.regionops.operations;

import com.regionops.platform.security.ApiAuthenticationFilter;
import com.regionops.platform.security.Groups;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Actuator for operations: anyone (a load balancer, a probe) may ask {@code /actuator/health}
 * whether the app is up; everything else — components, metrics, Prometheus — only camunda-admin,
 * by HTTP Basic against Camunda's identity. An admin's request carries the role so that Spring
 * shows health details ({@code show-details: when-authorized}).
 */
public class OperationsAccessFilter extends OncePerRequestFilter {

  static final String HEALTH = "/actuator/health";

  private final IdentityService identityService;

  public OperationsAccessFilter(IdentityService identityService) {
    this.identityService = identityService;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    boolean publicHealth = HEALTH.equals(request.getRequestURI().substring(request.getContextPath().length()));
    String[] credentials = ApiAuthenticationFilter.basicCredentials(request.getHeader("Authorization"));
    if (credentials == null) {
      if (publicHealth) {
        chain.doFilter(request, response);
      } else {
        ApiAuthenticationFilter.refuse(response, HttpServletResponse.SC_UNAUTHORIZED,
            "请使用管理员账号登录（HTTP Basic）");
      }
      return;
    }
    if (!identityService.checkPassword(credentials[0], credentials[1])) {
      ApiAuthenticationFilter.refuse(response, HttpServletResponse.SC_UNAUTHORIZED, "用户名或密码错误");
      return;
    }
    String userId = credentials[0];
    boolean admin = identityService.createUserQuery().userId(userId).memberOfGroup(Groups.CAMUNDA_ADMIN).count() == 1;
    if (admin) {
      chain.doFilter(new AdminRequest(request, userId), response);
    } else if (publicHealth) {
      chain.doFilter(request, response);
    } else {
      ApiAuthenticationFilter.refuse(response, HttpServletResponse.SC_FORBIDDEN,
          "仅系统管理员（camunda-admin）可查看运行指标");
    }
  }

  /** What Spring's actuator asks to decide whether to show health details. */
  private static final class AdminRequest extends HttpServletRequestWrapper {
    private final Principal principal;

    AdminRequest(HttpServletRequest request, String userId) {
      super(request);
      this.principal = () -> userId;
    }

    @Override
    public Principal getUserPrincipal() {
      return principal;
    }

    @Override
    public boolean isUserInRole(String role) {
      return Groups.CAMUNDA_ADMIN.equals(role);
    }
  }
}
