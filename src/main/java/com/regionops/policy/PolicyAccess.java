package com.regionops.policy;

import com.regionops.document.OwnerAccess;
import com.regionops.document.OwnerType;
import com.regionops.platform.security.ApiUser;
import org.springframework.stereotype.Component;

/**
 * Who sees a policy: group-ops (and camunda-admin) every one, a region's staff the group's and their region's,
 * an office those that apply to it. Its 制度文件 are read by whoever sees it.
 */
@Component
public class PolicyAccess implements OwnerAccess {

  private final PolicyMapper policies;

  public PolicyAccess(PolicyMapper policies) {
    this.policies = policies;
  }

  boolean sees(ApiUser user, Policy policy) {
    if (user.seesAllRegions()) {
      return true;
    }
    if (!policy.byGroup() && !user.tenants().contains(policy.regionCode())) {
      return false;
    }
    return user.hasRegionRole() || appliesTo(user, policy);
  }

  /** It names one of the caller's groups (project-office, their own office-{code}), or it asked the caller. */
  boolean appliesTo(ApiUser user, Policy policy) {
    return policy.groups().stream().anyMatch(user.groups()::contains)
        || policies.findAcknowledgement(policy.id(), user.id()) != null;
  }

  @Override
  public OwnerType ownerType() {
    return OwnerType.POLICY;
  }

  @Override
  public boolean canRead(ApiUser user, String ownerId) {
    if (ownerId == null || !ownerId.matches("[0-9]{1,18}")) {
      return false;
    }
    Policy policy = policies.findById(Long.parseLong(ownerId));
    return policy != null && sees(user, policy);
  }
}
