package com.regionops.document;

import com.regionops.platform.security.ApiUser;

/**
 * Who may read the files of an owner that is not a project's or a region's own: what is issued to several
 * regions and projects at once (an instruction's 下发文件) is read by whoever the owner reaches.
 */
public interface OwnerAccess {

  OwnerType ownerType();

  boolean canRead(ApiUser user, String ownerId);
}
