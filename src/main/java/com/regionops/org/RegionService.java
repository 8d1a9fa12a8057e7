package com.regionops.org;

import com.regionops.platform.engine.ProjectTenantIdProvider;
import com.regionops.platform.security.ApiUser;
import com.regionops.platform.web.ApiException;
import com.regionops.platform.web.PlainText;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class RegionService {

  private final RegionMapper regions;
  private final OrgIdentity identity;

  public RegionService(RegionMapper regions, OrgIdentity identity) {
    this.regions = regions;
    this.identity = identity;
  }

  public List<Region> list(ApiUser user) {
    return regions.findAll().stream().filter(r -> user.canSeeRegion(r.code()) || user.tenants().contains(r.code()))
        .toList();
  }

  /** The region when it exists and the caller may see it; otherwise 404, never a hint that it exists. */
  public Region visible(ApiUser user, String regionCode) {
    Region region = regionCode == null ? null : regions.findByCode(regionCode);
    if (region == null || !user.canSeeRegion(regionCode)) {
      throw ApiException.notFound("区域不存在或无权查看：" + regionCode);
    }
    return region;
  }

  /** A new region is a new tenant; only camunda-admin creates one. */
  @Transactional
  public Region create(ApiUser user, Region region) {
    if (!user.isAdmin()) {
      throw ApiException.forbidden("仅流程管理员可新建区域");
    }
    if (region.code() == null || !region.code().matches("[A-Z][A-Z0-9_]{1,15}")) {
      throw ApiException.badInput("code", "区域编码为 2–16 位大写字母、数字或下划线");
    }
    if (ProjectTenantIdProvider.PLATFORM.equals(region.code())) {
      // the tenant of the engine's all-region instances: its members would read every timer's run
      throw ApiException.badInput("code", "区域编码 " + ProjectTenantIdProvider.PLATFORM + " 为平台保留");
    }
    if (region.name() == null || region.name().isBlank() || region.name().length() > 64) {
      throw ApiException.badInput("name", "必填，不超过 64 个字符");
    }
    if (!region.name().matches(PlainText.REGEXP)) {
      throw ApiException.badInput("name", PlainText.MESSAGE);
    }
    if (regions.findByCode(region.code()) != null) {
      throw ApiException.conflict("code", "区域已存在：" + region.code());
    }
    regions.insert(region);
    identity.ensureTenant(region.code(), region.name());
    return region;
  }
}
