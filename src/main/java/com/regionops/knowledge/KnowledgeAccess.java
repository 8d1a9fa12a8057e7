package com.regionops.knowledge;

import com.regionops.document.OwnerAccess;
import com.regionops.document.OwnerType;
import com.regionops.platform.security.ApiUser;
import com.regionops.platform.security.Groups;
import java.util.HashSet;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Who reads and works on an entry. Published: a group entry everyone, a region's entry whoever works in that region
 * (its staff and its project offices). Not yet published: its author, the home region's region-ops (they review it)
 * and, for a group entry, group-ops. An entry's files are read by whoever reads the entry.
 */
@Component
public class KnowledgeAccess implements OwnerAccess {

  private final KnowledgeMapper entries;

  public KnowledgeAccess(KnowledgeMapper entries) {
    this.entries = entries;
  }

  /** The visibility codes of the index a reader may see (null: every entry). */
  public static Set<String> visibleTo(ApiUser user) {
    if (user.seesAllRegions()) {
      return null;
    }
    Set<String> visible = new HashSet<>(user.tenants());
    visible.add(KnowledgeEntry.GROUP);
    return visible;
  }

  boolean readsPublished(ApiUser user, KnowledgeEntry entry) {
    return entry.publishedVersion() != null && (entry.forGroup() || user.seesAllRegions()
        || user.tenants().contains(entry.regionCode()));
  }

  /** The author, the home region's region-ops, group-ops for a group entry (and process admins). */
  boolean works(ApiUser user, KnowledgeEntry entry) {
    return user.id().equals(entry.author()) || reviews(user, entry)
        || (entry.forGroup() && user.groups().contains(Groups.GROUP_OPS));
  }

  static boolean reviews(ApiUser user, KnowledgeEntry entry) {
    return user.isAdmin() || (user.groups().contains(Groups.REGION_OPS) && user.tenants().contains(entry.regionCode()));
  }

  boolean sees(ApiUser user, KnowledgeEntry entry) {
    return readsPublished(user, entry) || works(user, entry);
  }

  @Override
  public OwnerType ownerType() {
    return OwnerType.KNOWLEDGE;
  }

  @Override
  public boolean canRead(ApiUser user, String ownerId) {
    if (ownerId == null || !ownerId.matches("[0-9]{1,18}")) {
      return false;
    }
    KnowledgeEntry entry = entries.findEntry(Long.parseLong(ownerId));
    return entry != null && sees(user, entry);
  }
}
