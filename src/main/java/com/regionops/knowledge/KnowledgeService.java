package com.regionops.knowledge;

import com.regionops.document.Document;
import com.regionops.document.DocumentService;
import com.regionops.document.OwnerType;
import com.regionops.document.Upload;
import com.regionops.org.Project;
import com.regionops.org.ProjectMapper;
import com.regionops.platform.engine.EngineTime;
import com.regionops.platform.engine.KeyedRow;
import com.regionops.platform.security.ApiUser;
import com.regionops.platform.security.Groups;
import com.regionops.platform.security.SystemCalls;
import com.regionops.platform.web.ApiException;
import com.regionops.platform.web.Inputs;
import com.regionops.policy.PolicyService;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * 知识库: drafting, editing and submitting entries, reading them as each person may, and search. Publication is
 * knowledge-review's last step ({@link #publish}); a published entry is searchable on this node at once and on the
 * others within one sync interval ({@link KnowledgeIndex}).
 */
@Service
public class KnowledgeService {

  public static final int MAX_TITLE = 100;
  /** A process variable holds at most 4000 characters (ACT_RU_VARIABLE.TEXT_): the review form shows the body. */
  public static final int MAX_BODY = 4000;
  public static final int MAX_DOCUMENTS = 10;
  public static final int MAX_QUERY = 100;
  public static final int DEFAULT_LIMIT = 20;
  public static final int MAX_LIMIT = 100;

  private final KnowledgeMapper entries;
  private final KnowledgeTags tags;
  private final KnowledgeIndex index;
  private final KnowledgeAccess access;
  private final ProjectMapper projects;
  private final DocumentService documents;
  private final PolicyService policies;
  private final RuntimeService runtime;
  private final SystemCalls system;

  public KnowledgeService(KnowledgeMapper entries, KnowledgeTags tags, KnowledgeIndex index, KnowledgeAccess access,
      ProjectMapper projects, DocumentService documents, PolicyService policies, RuntimeService runtime,
      SystemCalls system) {
    this.entries = entries;
    this.tags = tags;
    this.index = index;
    this.access = access;
    this.projects = projects;
    this.documents = documents;
    this.policies = policies;
    this.runtime = runtime;
    this.system = system;
  }

  // ---------------------------------------------------------------- views

  /** An entry as a person reads it: the version they may read, its tags by name, files, and its versions. */
  public record Detail(long id, KnowledgeKind kind, String kindName, String scope, String regionCode,
      String projectCode, Long gateReviewId, Long policyId, String author, int version, VersionStatus status,
      String statusName, String title, String body, List<KnowledgeTags.Tag> tags, String reviewComment,
      LocalDateTime publishedAt, Integer publishedVersion, int latestVersion, List<VersionLine> versions,
      List<Document> documents) {
  }

  /** A version in an entry's history. */
  public record VersionLine(int version, VersionStatus status, String title, String editedBy, LocalDateTime createdAt,
      LocalDateTime publishedAt, String reviewedBy) {
  }

  /** A search result: the entry, an excerpt around the first query word, and the score (0 when listed by date). */
  public record Result(long id, KnowledgeKind kind, String kindName, String title, String snippet,
      List<KnowledgeTags.Tag> tags, String scope, String regionCode, String projectCode, String author, int version,
      LocalDateTime publishedAt, float score) {
  }

  // ---------------------------------------------------------------- writing

  @Transactional
  public Detail create(ApiUser user, KnowledgeRequest request) {
    if (request == null) {
      throw ApiException.badInput("body", "请求体不能为空");
    }
    KnowledgeKind kind = Inputs.oneOf(KnowledgeKind.class, request.kind(), "kind",
        "类型应为 LESSON（经验教训）、PRACTICE（优秀做法指引）、GUIDE（工作指引）、TEMPLATE（上会资料模板）或 POLICY（制度）");
    String scope = scope(request.scope());
    String region = homeRegion(user, request.regionCode());
    String project = project(user, region, request.projectCode());
    Text text = text(request);
    checkKind(user, kind, region, text.tags(), request.policyId());
    List<Long> documentIds = documentIds(request.documentIds());
    LocalDateTime now = EngineTime.now();
    KeyedRow<KnowledgeEntry> row = new KeyedRow<>(new KnowledgeEntry(null, kind, scope, region, project, null, null,
        kind == KnowledgeKind.POLICY ? request.policyId() : null, user.id(), function(user), 1, null, now, null));
    entries.insertEntry(row);
    long id = row.getId();
    entries.insertVersion(new KnowledgeVersion(id, 1, text.title(), text.body(), KnowledgeTags.join(text.tags()),
        VersionStatus.DRAFT, user.id(), now, null, null, null, null));
    copyDocuments(user, id, region, documentIds);
    return detail(user, entries.findEntry(id));
  }

  /**
   * Edits the latest version while it is a draft; a published entry gets a new draft version (the published one
   * stays what readers see until the new one is published).
   */
  @Transactional
  public Detail update(ApiUser user, long id, KnowledgeRequest request) {
    if (request == null) {
      throw ApiException.badInput("body", "请求体不能为空");
    }
    KnowledgeEntry entry = workable(user, id, true);
    if (request.kind() != null && !request.kind().strip().equals(entry.kind().name())) {
      throw ApiException.badInput("kind", "条目类型不可修改");
    }
    if (request.scope() != null && !scope(request.scope()).equals(entry.scope())) {
      throw ApiException.badInput("scope", "共享范围不可修改");
    }
    Text text = text(request);
    checkKind(user, entry.kind(), entry.regionCode(), text.tags(), entry.policyId());
    List<Long> documentIds = documentIds(request.documentIds());
    KnowledgeVersion latest = entries.findVersion(id, entry.latestVersion());
    switch (latest.status()) {
      case DRAFT -> entries.updateText(id, latest.versionNo(), text.title(), text.body(),
          KnowledgeTags.join(text.tags()), user.id());
      case PUBLISHED -> {
        int next = latest.versionNo() + 1;
        entries.insertVersion(new KnowledgeVersion(id, next, text.title(), text.body(), KnowledgeTags.join(text.tags()),
            VersionStatus.DRAFT, user.id(), EngineTime.now(), null, null, null, null));
        entries.setLatestVersion(id, next);
      }
      default -> throw ApiException.conflict("status", "条目正在审核中，请在退回后的修改任务中修改");
    }
    copyDocuments(user, id, entry.regionCode(), documentIds);
    return detail(user, entries.findEntry(id));
  }

  /** Sends the latest draft to knowledge-review. */
  @Transactional
  public Detail submit(ApiUser user, long id) {
    KnowledgeEntry entry = workable(user, id, true);
    KnowledgeVersion latest = entries.findVersion(id, entry.latestVersion());
    if (latest.status() != VersionStatus.DRAFT) {
      throw ApiException.conflict("status", "只有草稿可以提交审核（当前：" + latest.status().label() + "）");
    }
    startReview(entry, latest, authorGroup(user));
    return detail(user, entries.findEntry(id));
  }

  /** 资料: a file uploaded to the entry, by its author or its reviewers. */
  @Transactional
  public Document attach(ApiUser user, long id, Upload file) {
    KnowledgeEntry entry = workable(user, id, false);
    return documents.fileIssued(user, OwnerType.KNOWLEDGE, Long.toString(id), entry.regionCode(), file);
  }

  void startReview(KnowledgeEntry entry, KnowledgeVersion version, String authorGroup) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(KnowledgeProcess.REGION_CODE, entry.regionCode());
    variables.put(KnowledgeProcess.ENTRY_ID, entry.id());
    variables.put(KnowledgeProcess.VERSION_NO, version.versionNo());
    variables.put(KnowledgeProcess.SCOPE, entry.forGroup() ? "集团共享" : "本区域");
    variables.put(KnowledgeProcess.FOR_GROUP, entry.forGroup());
    variables.put(KnowledgeProcess.AUTHOR, entry.author());
    variables.put(KnowledgeProcess.AUTHOR_GROUP, authorGroup);
    variables.put(KnowledgeProcess.KIND_NAME, entry.kind().label());
    variables.put(KnowledgeProcess.TITLE, version.title());
    variables.put(KnowledgeProcess.BODY, version.body());
    variables.put(KnowledgeProcess.TAG_NAMES, tagNames(version.tags()));
    variables.put(KnowledgeProcess.ORIGIN, origin(entry));
    if (entries.setVersionStatus(entry.id(), version.versionNo(), VersionStatus.DRAFT, VersionStatus.IN_REVIEW) != 1) {
      throw ApiException.conflict("status", "该版本已提交审核");
    }
    // started by the application only (ProjectTenantIdProvider.INTERNAL): over engine REST a review could start
    // without its version being locked for review
    String pid = system.asSystem(() -> runtime.startProcessInstanceByKey(KnowledgeProcess.KEY,
        KnowledgeProcess.businessKey(entry.id(), version.versionNo()), variables).getId());
    entries.startReview(entry.id(), version.versionNo(), pid);
  }

  // ---------------------------------------------------------------- review steps (knowledge-review)

  /** 退回: the comment and who returned it, kept on the version. */
  public void returned(long entryId, int versionNo, String comment, String reviewer) {
    entries.recordReview(entryId, versionNo, comment, reviewer);
  }

  /** 修改知识条目: the author's revision of a returned version. */
  public void revise(long entryId, int versionNo, String title, String body, String editor) {
    KnowledgeVersion version = entries.findVersion(entryId, versionNo);
    entries.updateText(entryId, versionNo, title, body, version.tags(), editor);
  }

  /**
   * 发布: the version becomes the one readers see, the one before is superseded, and every node's index learns it
   * from the change row; this node's index at once after the commit.
   */
  public void publish(long entryId, int versionNo, String reviewer) {
    KnowledgeEntry entry = entries.findEntryForUpdate(entryId);
    LocalDateTime now = EngineTime.now();
    if (entries.publishVersion(entryId, versionNo, now) != 1) {
      return; // published already: a retried job
    }
    if (entry.publishedVersion() != null) {
      entries.setVersionStatus(entryId, entry.publishedVersion(), VersionStatus.PUBLISHED, VersionStatus.SUPERSEDED);
    }
    if (reviewer != null) {
      entries.recordReview(entryId, versionNo, null, reviewer);
    }
    entries.setPublished(entryId, versionNo, now);
    entries.insertChange(entryId, KnowledgeIndex.changeTime());
    afterCommit(() -> index.apply(List.of(entryId)));
  }

  private static void afterCommit(Runnable work) {
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCommit() {
          work.run();
        }
      });
    } else {
      work.run();
    }
  }

  // ---------------------------------------------------------------- 后评估会 lessons

  /** A lesson as the minutes give it: its number on the form, title and body. */
  public record Lesson(int slot, String title, String body) {
  }

  /**
   * The 经验教训 a 后评估会's minutes record (checked by the caller's task listener): one draft per lesson number, created or updated (minutes recorded
   * again after 退回 change their drafts instead of adding more); lesson numbers left empty drop nothing already
   * submitted.
   */
  public void draftLessons(long gateReviewId, String projectCode, String gateCode, String author, List<Lesson> lessons) {
    Project project = projects.findByCode(projectCode);
    ProjectTypeTag type = ProjectTypeTag.of(project);
    for (Lesson lesson : lessons) {
      String title = lesson.title();
      String body = lesson.body();
      List<String> codes = new ArrayList<>(List.of(gateCode));
      if (type.code() != null) {
        codes.add(type.code());
      }
      KnowledgeEntry existing = entries.findByOrigin(gateReviewId, lesson.slot());
      if (existing != null) {
        entries.updateText(existing.id(), existing.latestVersion(), title, body, KnowledgeTags.join(codes), author);
        continue;
      }
      LocalDateTime now = EngineTime.now();
      KeyedRow<KnowledgeEntry> row = new KeyedRow<>(new KnowledgeEntry(null, KnowledgeKind.LESSON, KnowledgeEntry.REGION,
          project.regionCode(), projectCode, gateReviewId, lesson.slot(), null, author, null, 1, null, now, null));
      entries.insertEntry(row);
      entries.insertVersion(new KnowledgeVersion(row.getId(), 1, title, body, KnowledgeTags.join(codes),
          VersionStatus.DRAFT, author, now, null, null, null, null));
    }
  }

  /** How many lessons a 后评估会 round has drafted. */
  public int lessonCount(long gateReviewId) {
    return entries.findByGateReview(gateReviewId).size();
  }

  /** Approved minutes: the round's lesson drafts go to knowledge-review (those already there stay as they are). */
  public int submitLessons(long gateReviewId) {
    int submitted = 0;
    for (KnowledgeEntry entry : entries.findByGateReview(gateReviewId)) {
      KnowledgeVersion latest = entries.findVersion(entry.id(), entry.latestVersion());
      if (latest.status() == VersionStatus.DRAFT) {
        startReview(entry, latest, Groups.REGION_OPS);
        submitted++;
      }
    }
    return submitted;
  }

  /** The project's type as a tag code (null when the project has none). */
  record ProjectTypeTag(String code) {
    static ProjectTypeTag of(Project project) {
      return new ProjectTypeTag(project == null || project.projectType() == null ? null : project.projectType().name());
    }
  }

  // ---------------------------------------------------------------- reading

  public Detail get(ApiUser user, long id) {
    KnowledgeEntry entry = entries.findEntry(id);
    if (entry == null || !access.sees(user, entry)) {
      throw ApiException.notFound("知识条目不存在或不在您的范围内：" + id);
    }
    return detail(user, entry);
  }

  /** Search over the published library the caller may read; a list, best first (newest first without q). */
  public List<Result> search(ApiUser user, String q, String kind, String gate, String category, String projectType,
      String function, String region, Integer limit) {
    if (!index.isReady()) {
      throw new ApiException(org.springframework.http.HttpStatus.SERVICE_UNAVAILABLE,
          "知识库索引正在建立（节点刚启动），请稍后再试", List.of());
    }
    String query = q == null ? null : q.strip();
    if (query != null && query.length() > MAX_QUERY) {
      throw ApiException.badInput("q", "检索词不超过 " + MAX_QUERY + " 个字");
    }
    KnowledgeKind wantedKind = kind == null || kind.isBlank() ? null : Inputs.oneOf(KnowledgeKind.class, kind, "kind",
        "类型应为 LESSON、PRACTICE、GUIDE、TEMPLATE 或 POLICY");
    List<String> filterTags = new ArrayList<>();
    filterTag(filterTags, gate, "gate", "GATE");
    filterTag(filterTags, category, "category", "CATEGORY");
    filterTag(filterTags, projectType, "projectType", "PROJECT_TYPE");
    filterTag(filterTags, function, "function", "FUNCTION");
    String regionCode = region == null || region.isBlank() ? null : region.strip();
    int max = limit == null ? DEFAULT_LIMIT : limit;
    if (max < 1 || max > MAX_LIMIT) {
      throw ApiException.badInput("limit", "应为 1–" + MAX_LIMIT);
    }
    List<KnowledgeIndex.Hit> hits = index.search(query, new KnowledgeIndex.Filter(wantedKind, filterTags, regionCode,
        KnowledgeAccess.visibleTo(user)), max);
    List<String> words = query == null || query.isBlank() ? List.of() : index.words(query);
    Map<String, KnowledgeTags.Tag> vocabulary = tags.vocabulary();
    return hits.stream().map(hit -> result(hit, words, vocabulary)).toList();
  }

  /** Published entries of these kinds for a gate, those of the project's type first. */
  public List<Result> forGate(ApiUser user, String gateCode, String projectType, Set<KnowledgeKind> kinds, int limit) {
    if (!index.isReady()) {
      return List.of(); // advice, not a rule: a node just started shows none rather than failing the task
    }
    Map<String, KnowledgeTags.Tag> vocabulary = tags.vocabulary();
    return index.forGate(gateCode, projectType, kinds, user == null ? null : KnowledgeAccess.visibleTo(user), limit)
        .stream().map(hit -> result(hit, List.of(), vocabulary)).toList();
  }

  /** Drafts and entries in review the caller wrote, or reviews (region-ops of the home region). */
  public List<KnowledgeMapper.WorkingEntry> working(ApiUser user) {
    Set<String> reviewed = new LinkedHashSet<>();
    if (user.groups().contains(Groups.REGION_OPS)) {
      reviewed.addAll(user.tenants());
    }
    return entries.findWorking(user.id(), reviewed, user.isAdmin());
  }

  public List<KnowledgeTags.Tag> vocabulary() {
    return List.copyOf(tags.vocabulary().values());
  }

  private Result result(KnowledgeIndex.Hit hit, List<String> words, Map<String, KnowledgeTags.Tag> vocabulary) {
    return new Result(hit.id(), hit.kind(), hit.kind().label(), hit.title(), KnowledgeIndex.snippet(hit.body(), words, 120),
        hit.tags().stream().map(code -> vocabulary.getOrDefault(code, new KnowledgeTags.Tag("UNKNOWN", code, code)))
            .toList(), hit.scope(), hit.regionCode(), hit.projectCode(), hit.author(), hit.version(),
        hit.publishedAt(), hit.score());
  }

  private void filterTag(List<String> into, String value, String field, String dimension) {
    if (value == null || value.isBlank()) {
      return;
    }
    KnowledgeTags.Tag tag = KnowledgeTags.find(tags.vocabulary(), value);
    if (tag == null || !tag.dimension().equals(dimension)) {
      throw ApiException.badInput(field, "没有这个" + DIMENSION_NAMES.get(dimension) + "：" + value.strip());
    }
    into.add(tag.code());
  }

  private static final Map<String, String> DIMENSION_NAMES = Map.of("GATE", "节点会议", "CATEGORY", "节点类别",
      "PROJECT_TYPE", "业态", "FUNCTION", "职能部门");

  private Detail detail(ApiUser user, KnowledgeEntry entry) {
    boolean works = access.works(user, entry);
    int shown = works || entry.publishedVersion() == null ? entry.latestVersion() : entry.publishedVersion();
    KnowledgeVersion version = entries.findVersion(entry.id(), shown);
    List<VersionLine> versions = entries.findVersions(entry.id()).stream()
        .filter(v -> works || v.status() == VersionStatus.PUBLISHED || v.status() == VersionStatus.SUPERSEDED)
        .map(v -> new VersionLine(v.versionNo(), v.status(), v.title(), v.editedBy(), v.createdAt(), v.publishedAt(),
            v.reviewedBy()))
        .toList();
    return new Detail(entry.id(), entry.kind(), entry.kind().label(), entry.scope(), entry.regionCode(),
        entry.projectCode(), entry.gateReviewId(), entry.policyId(), entry.author(), version.versionNo(),
        version.status(), version.status().label(), version.title(), version.body(),
        KnowledgeTags.describe(tags.vocabulary(), version.tags()), works ? version.reviewComment() : null,
        entry.publishedAt(), entry.publishedVersion(), entry.latestVersion(), versions,
        documents.ofOwner(OwnerType.KNOWLEDGE, Long.toString(entry.id())));
  }

  String tagNames(String stored) {
    return String.join("、", KnowledgeTags.describe(tags.vocabulary(), stored).stream().map(KnowledgeTags.Tag::label)
        .toList());
  }

  private String origin(KnowledgeEntry entry) {
    StringBuilder text = new StringBuilder();
    if (entry.projectCode() != null) {
      Project project = projects.findByCode(entry.projectCode());
      text.append(project == null ? entry.projectCode() : project.name() + "（" + project.code() + "）");
    }
    if (entry.gateReviewId() != null) {
      text.append(text.length() > 0 ? "，" : "").append("后评估会纪要");
    }
    return text.length() == 0 ? "—" : text.toString();
  }

  // ---------------------------------------------------------------- checks

  /** The entry, when the caller may work on it (author or home region-ops; group-ops for a group entry). */
  private KnowledgeEntry workable(ApiUser user, long id, boolean lock) {
    KnowledgeEntry entry = lock ? entries.findEntryForUpdate(id) : entries.findEntry(id);
    if (entry == null || !access.sees(user, entry)) {
      throw ApiException.notFound("知识条目不存在或不在您的范围内：" + id);
    }
    if (!access.works(user, entry)) {
      throw ApiException.forbidden("只有作者或本区域运营管理部可以修改知识条目");
    }
    return entry;
  }

  private record Text(String title, String body, List<String> tags) {
  }

  private Text text(KnowledgeRequest request) {
    String title = Inputs.required(request.title(), "title", "请填写标题", MAX_TITLE);
    String body = Inputs.required(request.body(), "body", "请填写正文", MAX_BODY);
    return new Text(title, body, tags.resolve(request.tags()));
  }

  private static String scope(String scope) {
    if (scope == null || scope.isBlank()) {
      return KnowledgeEntry.REGION;
    }
    String wanted = scope.strip();
    if (!wanted.equals(KnowledgeEntry.REGION) && !wanted.equals(KnowledgeEntry.GROUP)) {
      throw ApiException.badInput("scope", "共享范围应为 REGION（本区域）或 GROUP（集团共享）");
    }
    return wanted;
  }

  /** The region the entry belongs to: the one asked for, among the caller's; or the caller's only one. */
  private static String homeRegion(ApiUser user, String requested) {
    if (requested != null && !requested.isBlank()) {
      String code = requested.strip();
      if (!user.tenants().contains(code)) {
        throw ApiException.badInput("regionCode", "只能在本人所在区域起草知识条目：" + code);
      }
      return code;
    }
    if (user.tenants().size() == 1) {
      return user.tenants().iterator().next();
    }
    throw ApiException.badInput("regionCode", user.tenants().isEmpty() ? "您不属于任何区域，不能起草知识条目"
        : "您在多个区域工作，请指定所属区域 regionCode");
  }

  /** The project of origin: optional for the region's staff, one of its own for a project office. */
  private String project(ApiUser user, String region, String requested) {
    boolean office = !user.hasRegionRole() && !user.seesAllRegions();
    if (requested == null || requested.isBlank()) {
      if (office && user.officeProjects().size() == 1) {
        return user.officeProjects().iterator().next();
      }
      if (office) {
        throw ApiException.badInput("projectCode", "请指定项目");
      }
      return null;
    }
    String code = requested.strip();
    Project project = projects.findByCode(code);
    if (project == null || !project.regionCode().equals(region)
        || (office && !user.officeProjects().contains(code))) {
      throw ApiException.badInput("projectCode", "项目不存在或不在您的范围内：" + code);
    }
    return code;
  }

  private void checkKind(ApiUser user, KnowledgeKind kind, String region, List<String> codes, Long policyId) {
    if (kind.keptByOps() && !user.isAdmin() && !user.groups().contains(Groups.GROUP_OPS)
        && !(user.groups().contains(Groups.REGION_OPS) && user.tenants().contains(region))) {
      throw ApiException.forbidden(kind.label() + "条目由区域运营管理部或集团运营中心维护");
    }
    if (kind == KnowledgeKind.TEMPLATE && codes.stream().noneMatch(code -> "GATE".equals(
        tags.vocabulary().get(code).dimension()))) {
      throw ApiException.badInput("tags", "上会资料模板须标注所属节点会议");
    }
    if (kind == KnowledgeKind.POLICY) {
      if (policyId == null) {
        throw ApiException.badInput("policyId", "制度条目须关联一项已发布的制度");
      }
      try {
        policies.get(user, policyId);
      } catch (ApiException e) {
        throw ApiException.badInput("policyId", "制度不存在或不在您的范围内：" + policyId);
      }
    }
  }

  private static List<Long> documentIds(List<Long> ids) {
    if (ids == null) {
      return List.of();
    }
    if (ids.size() > MAX_DOCUMENTS) {
      throw ApiException.badInput("documentIds", "一次最多引用 " + MAX_DOCUMENTS + " 个文件");
    }
    if (ids.stream().anyMatch(id -> id == null)) {
      throw ApiException.badInput("documentIds", "文件编号不能为空");
    }
    return List.copyOf(new LinkedHashSet<>(ids));
  }

  private void copyDocuments(ApiUser user, long entryId, String region, List<Long> ids) {
    for (Long sourceId : ids) {
      try {
        documents.get(user, sourceId);
      } catch (ApiException e) {
        throw ApiException.badInput("documentIds", "文件不存在或无权查看：" + sourceId);
      }
    }
    for (Long sourceId : ids) {
      documents.fileCopy(user, sourceId, OwnerType.KNOWLEDGE, Long.toString(entryId), region);
    }
  }

  /** The 职能 group a contribution counts for: the author's first fn-… group, else none. */
  private static String function(ApiUser user) {
    return user.groups().stream().filter(Groups::isFunction).sorted().findFirst().orElse(null);
  }

  /** Who else may pick up a returned version: the author's own office, function or department. */
  static String authorGroup(ApiUser user) {
    if (!user.officeProjects().isEmpty()) {
      return Groups.office(user.officeProjects().iterator().next());
    }
    String function = function(user);
    if (function != null) {
      return function;
    }
    for (String group : List.of(Groups.REGION_OPS, Groups.REGION_PRESIDENT, Groups.GROUP_OPS)) {
      if (user.groups().contains(group)) {
        return group;
      }
    }
    return Groups.REGION_OPS;
  }
}
