package com.regionops.training;

import com.regionops.document.OwnerAccess;
import com.regionops.document.OwnerType;
import com.regionops.platform.security.ApiUser;
import com.regionops.platform.security.Groups;
import org.springframework.stereotype.Component;

/**
 * Who sees a training session: group-ops (and camunda-admin) every one, a region's staff their region's, anyone else
 * in the region the sessions they were invited to or that name one of their groups. Its materials are read by whoever
 * sees it.
 */
@Component
public class TrainingAccess implements OwnerAccess {

  private final TrainingMapper trainings;

  public TrainingAccess(TrainingMapper trainings) {
    this.trainings = trainings;
  }

  boolean sees(ApiUser user, TrainingSession session) {
    if (user.seesAllRegions()) {
      return true;
    }
    if (!user.tenants().contains(session.regionCode())) {
      return false;
    }
    return user.hasRegionRole() || session.groups().stream().anyMatch(user.groups()::contains)
        || trainings.findParticipant(session.id(), user.id()) != null;
  }

  /** Who reads everyone's registration, attendance and feedback: the region's region-ops and president, group-ops. */
  static boolean manages(ApiUser user, String regionCode) {
    return user.seesAllRegions() || ((user.groups().contains(Groups.REGION_OPS)
        || user.groups().contains(Groups.REGION_PRESIDENT)) && user.tenants().contains(regionCode));
  }

  /** Who arranges a region's sessions and attaches their materials: its region-ops. */
  static boolean organises(ApiUser user, String regionCode) {
    return user.groups().contains(Groups.REGION_OPS) && user.tenants().contains(regionCode);
  }

  @Override
  public OwnerType ownerType() {
    return OwnerType.TRAINING;
  }

  @Override
  public boolean canRead(ApiUser user, String ownerId) {
    if (ownerId == null || !ownerId.matches("[0-9]{1,18}")) {
      return false;
    }
    TrainingSession session = trainings.findSession(Long.parseLong(ownerId));
    return session != null && sees(user, session);
  }
}
