package com.regionops.org;

import com.regionops.platform.security.Groups;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Outside the demo there is no default password: the first administrator comes from
 * configuration, and without one (and none in the database) the app does not start.
 * Runs after the demo seeding, which brings its own admin.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 10)
class AdminGuard implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(AdminGuard.class);

  private final OrgIdentity identity;
  private final String adminId;
  private final String adminPassword;

  AdminGuard(OrgIdentity identity, @Value("${regionops.admin.id:}") String adminId,
      @Value("${regionops.admin.password:}") String adminPassword) {
    this.identity = identity;
    this.adminId = adminId;
    this.adminPassword = adminPassword;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (!adminId.isBlank()) {
      if (adminPassword.length() < 8) {
        throw new IllegalStateException("REGIONOPS_ADMIN_PASSWORD must have at least 8 characters for admin user '"
            + adminId + "'");
      }
      identity.ensureUser(adminId, "流程", "管理员", adminPassword);
      identity.ensureMembership(adminId, Groups.CAMUNDA_ADMIN);
      LOG.info("Administrator '{}' is in place", adminId);
    }
    if (!identity.hasMembers(Groups.CAMUNDA_ADMIN)) {
      throw new IllegalStateException("RegionOps has no administrator. Set REGIONOPS_ADMIN_USER and "
          + "REGIONOPS_ADMIN_PASSWORD (at least 8 characters) for the first start, or run with the demo profile.");
    }
  }
}
