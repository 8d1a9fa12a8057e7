package com.regionops.instruction;

import com.regionops.document.OwnerAccess;
import com.regionops.document.OwnerType;
import com.regionops.instruction.InstructionMapper.ItemRow;
import com.regionops.platform.security.ApiUser;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Whose copies of instructions a caller sees: group-ops (and camunda-admin) every copy, the region's staff
 * their region's, a project office its own projects' copies. An instruction's 下发文件 are read by whoever sees
 * one of its copies.
 */
@Component
public class InstructionAccess implements OwnerAccess {

  private final InstructionMapper instructions;

  public InstructionAccess(InstructionMapper instructions) {
    this.instructions = instructions;
  }

  /** Regions and projects whose copies the caller sees: null lists mean every one; null: none at all. */
  record Scope(Set<String> regions, Set<String> projects) {
  }

  static Scope scopeOf(ApiUser user) {
    if (user.seesAllRegions()) {
      return new Scope(null, null);
    }
    if (user.hasRegionRole()) {
      return user.tenants().isEmpty() ? null : new Scope(user.tenants(), null);
    }
    Set<String> offices = user.officeProjects();
    if (offices.isEmpty() || user.tenants().isEmpty()) {
      return null;
    }
    return new Scope(user.tenants(), offices);
  }

  /** The caller's copies, narrowed as InstructionMapper.findRows says. */
  List<ItemRow> rows(ApiUser user, Long instructionId, Boolean open, ItemStatus status, String color) {
    Scope scope = scopeOf(user);
    return scope == null ? List.of()
        : instructions.findRows(scope.regions(), scope.projects(), instructionId, open, status, color);
  }

  @Override
  public OwnerType ownerType() {
    return OwnerType.INSTRUCTION;
  }

  @Override
  public boolean canRead(ApiUser user, String ownerId) {
    return ownerId != null && ownerId.matches("[0-9]{1,18}") && !rows(user, Long.valueOf(ownerId), null, null, null)
        .isEmpty();
  }
}
