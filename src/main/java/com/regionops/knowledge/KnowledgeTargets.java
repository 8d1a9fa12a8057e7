package com.regionops.knowledge;

import com.regionops.kpi.KnowledgeContributions;
import com.regionops.kpi.KnowledgeFigure;
import com.regionops.kpi.KpiRate;
import com.regionops.org.Project;
import com.regionops.org.ProjectMapper;
import com.regionops.org.Region;
import com.regionops.org.RegionMapper;
import com.regionops.platform.engine.EngineTime;
import com.regionops.platform.security.ApiUser;
import com.regionops.platform.security.Groups;
import com.regionops.platform.web.ApiException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 知识指标: region-ops sets each project's and function's yearly contribution (published entries); achievement is
 * counted from the entries first published that year: a project's by its project of origin, a function's by its
 * author's function. The annual assessment and the board read {@link #report}.
 */
@Service
public class KnowledgeTargets implements KnowledgeContributions {

  public static final int MAX_TARGET = 50;

  /** PUT body: the whole set of a year (lines not given are removed). */
  public record Request(Integer year, List<Line> targets) {
  }

  public record Line(String ownerType, String ownerCode, Integer target) {
  }

  /** A project's or function's line: target (null: none set), published so far, rate (null without a target). */
  public record Row(String ownerType, String ownerCode, String ownerName, Integer target, int published,
      BigDecimal rate, String rateText, boolean achieved) {
  }

  public record Report(String regionCode, int year, List<Row> rows) {
  }

  private final KnowledgeMapper mapper;
  private final ProjectMapper projects;
  private final RegionMapper regions;

  public KnowledgeTargets(KnowledgeMapper mapper, ProjectMapper projects, RegionMapper regions) {
    this.mapper = mapper;
    this.projects = projects;
    this.regions = regions;
  }

  @Transactional
  public Report set(ApiUser user, String regionCode, Request request) {
    user.requireMasterDataWriter(regionCode);
    Region region = region(regionCode);
    if (request == null) {
      throw ApiException.badInput("body", "请求体不能为空");
    }
    int year = year(request.year());
    if (request.targets() == null) {
      throw ApiException.badInput("targets", "必填：各项目、职能部门的年度知识贡献目标");
    }
    Map<String, String> projectNames = projectNames(region.code());
    Set<String> seen = new HashSet<>();
    List<KnowledgeTarget> rows = new ArrayList<>();
    for (int i = 0; i < request.targets().size(); i++) {
      Line line = request.targets().get(i);
      String field = "targets[" + i + "]";
      if (line == null) {
        throw ApiException.badInput(field, "不能为空");
      }
      String type = line.ownerType() == null ? null : line.ownerType().strip();
      String code = line.ownerCode() == null ? null : line.ownerCode().strip();
      if (KnowledgeTarget.PROJECT.equals(type)) {
        if (code == null || !projectNames.containsKey(code)) {
          throw ApiException.badInput(field + ".ownerCode", "本区域没有这个项目：" + code);
        }
      } else if (KnowledgeTarget.FUNCTION.equals(type)) {
        if (code == null || !Groups.isFunction(code) || !Groups.NAMES.containsKey(code)) {
          throw ApiException.badInput(field + ".ownerCode", "没有这个职能部门：" + code);
        }
      } else {
        throw ApiException.badInput(field + ".ownerType", "应为 PROJECT（项目）或 FUNCTION（职能部门）");
      }
      if (line.target() == null || line.target() < 0 || line.target() > MAX_TARGET) {
        throw ApiException.badInput(field + ".target", "应为 0–" + MAX_TARGET + " 条");
      }
      if (!seen.add(type + ":" + code)) {
        throw ApiException.badInput(field + ".ownerCode", "重复：" + code);
      }
      rows.add(new KnowledgeTarget(region.code(), year, type, code, line.target(), user.id(), EngineTime.now()));
    }
    mapper.deleteTargets(region.code(), year);
    rows.forEach(mapper::insertTarget);
    return report(user, region.code(), year);
  }

  /** A region's lines for the year (default: this year); an office sees its own projects' only. */
  public Report report(ApiUser user, String regionCode, Integer requestedYear) {
    Region region = region(regionCode);
    boolean office = !user.canSeeRegion(region.code());
    if (office && !(user.tenants().contains(region.code()) && !user.officeProjects().isEmpty())) {
      throw ApiException.notFound("区域不存在或不在您的范围内：" + regionCode);
    }
    int year = requestedYear == null ? EngineTime.today().getYear() : year(requestedYear);
    return new Report(region.code(), year, rows(region.code(), year).stream()
        .filter(row -> !office || (KnowledgeTarget.PROJECT.equals(row.ownerType())
            && user.officeProjects().contains(row.ownerCode())))
        .toList());
  }

  /** Every project's and function's line of the region, with or without a target. */
  public List<Row> rows(String regionCode, int year) {
    Map<String, Integer> published = new HashMap<>();
    LocalDate first = LocalDate.of(year, 1, 1);
    for (KnowledgeMapper.Contribution c : mapper.countContributions(regionCode, first.atStartOfDay(),
        first.plusYears(1).atStartOfDay())) {
      published.put(c.ownerType() + ":" + c.ownerCode(), c.published());
    }
    Map<String, Integer> targets = new HashMap<>();
    for (KnowledgeTarget t : mapper.findTargets(regionCode, year)) {
      targets.put(t.ownerType() + ":" + t.ownerCode(), t.target());
    }
    Map<String, String[]> owners = new LinkedHashMap<>();
    projectNames(regionCode).forEach((code, name) -> owners.put(KnowledgeTarget.PROJECT + ":" + code,
        new String[] {KnowledgeTarget.PROJECT, code, name}));
    Groups.NAMES.forEach((group, name) -> {
      if (Groups.isFunction(group)) {
        owners.put(KnowledgeTarget.FUNCTION + ":" + group, new String[] {KnowledgeTarget.FUNCTION, group, name});
      }
    });
    List<Row> rows = new ArrayList<>();
    owners.forEach((key, owner) -> {
      Integer target = targets.get(key);
      int count = published.getOrDefault(key, 0);
      if (target == null && count == 0) {
        return;
      }
      BigDecimal rate = target == null ? null : KpiRate.of(count, target, 1, RoundingMode.FLOOR);
      rows.add(new Row(owner[0], owner[1], owner[2], target, count, rate,
          target == null ? "未设目标" : target == 0 ? "目标为 0" : KpiRate.text(rate),
          target != null && count >= target));
    });
    return rows;
  }

  /** The annual assessment's 知识贡献: each project's line of its region's year. */
  @Override
  public Map<String, KnowledgeFigure> ofProjects(int year, java.util.Collection<String> projectCodes) {
    Set<String> wanted = new HashSet<>(projectCodes);
    Set<String> regionCodes = new java.util.TreeSet<>();
    for (String code : wanted) {
      Project project = projects.findByCode(code);
      if (project != null) {
        regionCodes.add(project.regionCode());
      }
    }
    Map<String, KnowledgeFigure> figures = new HashMap<>();
    for (String region : regionCodes) {
      for (Row row : rows(region, year)) {
        if (KnowledgeTarget.PROJECT.equals(row.ownerType()) && wanted.contains(row.ownerCode())) {
          figures.put(row.ownerCode(), new KnowledgeFigure(row.target(), row.published(), row.rate(), row.rateText()));
        }
      }
    }
    return figures;
  }

  private Map<String, String> projectNames(String regionCode) {
    Map<String, String> names = new LinkedHashMap<>();
    for (Project p : projects.findByRegions(List.of(regionCode))) {
      names.put(p.code(), p.name());
    }
    return names;
  }

  private Region region(String code) {
    Region region = code == null ? null : regions.findByCode(code);
    if (region == null) {
      throw ApiException.notFound("区域不存在或不在您的范围内：" + code);
    }
    return region;
  }

  private static int year(Integer year) {
    int now = EngineTime.today().getYear();
    if (year == null || year < now - 1 || year > now + 1) {
      throw ApiException.badInput("year", "年度应为 " + (now - 1) + "–" + (now + 1));
    }
    return year;
  }
}
