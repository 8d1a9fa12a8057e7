package com.regionops.org;

import com.regionops.platform.security.ApiUser;
import com.regionops.platform.web.ApiException;
import com.regionops.platform.web.RequestValidator;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Projects as the caller may see and keep them. */
@Service
public class ProjectService {

  private final ProjectMapper projects;
  private final RegionMapper regions;
  private final OrgIdentity identity;
  private final RequestValidator validator;

  public ProjectService(ProjectMapper projects, RegionMapper regions, OrgIdentity identity,
      RequestValidator validator) {
    this.projects = projects;
    this.regions = regions;
    this.identity = identity;
    this.validator = validator;
  }

  public List<Project> list(ApiUser user) {
    List<Project> candidates = projects.findByRegions(user.seesAllRegions() ? null : user.tenants());
    return candidates.stream().filter(p -> user.canSeeProject(p.code(), p.regionCode())).toList();
  }

  /** The project, or 404 when it does not exist or the caller may not see it (no hint which). */
  public Project get(ApiUser user, String code) {
    Project project = projects.findByCode(code);
    if (project == null || !user.canSeeProject(project.code(), project.regionCode())) {
      throw ApiException.notFound("项目不存在或无权查看：" + code);
    }
    return project;
  }

  public ProjectTargets targets(ApiUser user, String code) {
    return projects.findTargets(get(user, code).code());
  }

  /** The project, when the caller may change its master data. */
  public Project getForWrite(ApiUser user, String code) {
    Project project = get(user, code);
    user.requireMasterDataWriter(project.regionCode());
    return project;
  }

  @Transactional
  public Project create(ApiUser user, ProjectRequest request) {
    user.requireMasterDataWriter();
    validator.check(request);
    Region region = regions.findByCode(request.regionCode());
    if (region == null) {
      throw ApiException.badInput("regionCode", "区域不存在：" + request.regionCode());
    }
    user.requireMasterDataWriter(region.code());
    if (projects.findByCode(request.code()) != null) {
      throw ApiException.conflict("code", "项目编码已存在：" + request.code());
    }
    projects.insert(new Project(request.code(), request.name(), region.code(), request.city(),
        request.companyName(), statusOrActive(request), typeOrResidential(request.projectType(), null), null, null));
    identity.ensureOfficeGroup(request.code(), request.name());
    return projects.findByCode(request.code());
  }

  @Transactional
  public Project update(ApiUser user, String code, ProjectRequest request) {
    Project current = getForWrite(user, code);
    validator.check(request);
    if (!current.code().equals(request.code())) {
      throw ApiException.badInput("code", "项目编码不可修改");
    }
    if (!current.regionCode().equals(request.regionCode())) {
      // Running processes carry the region as tenant; moving a project would split its history.
      throw ApiException.badInput("regionCode", "项目所属区域不可修改");
    }
    projects.update(new Project(code, request.name(), current.regionCode(), request.city(),
        request.companyName(), statusOrActive(request), typeOrResidential(request.projectType(), current.projectType()),
        null, null));
    return projects.findByCode(code);
  }

  /** The type asked for; when none, the current one (a new project: 住宅). */
  private static ProjectType typeOrResidential(String requested, ProjectType current) {
    if (requested == null || requested.isBlank()) {
      return current == null ? ProjectType.RESIDENTIAL : current;
    }
    ProjectType type = ProjectType.parse(requested);
    if (type == null) {
      throw ApiException.badInput("projectType", "业态应为 住宅、商业、综合体 或 写字楼");
    }
    return type;
  }

  private static ProjectStatus statusOrActive(ProjectRequest request) {
    return request.status() == null ? ProjectStatus.ACTIVE : request.status();
  }
}
